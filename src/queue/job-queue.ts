// The job queue: one PostgreSQL table taken with FOR UPDATE SKIP LOCKED. A job is leased to one worker
// until its run_at (kept moving by heartbeats); a worker that dies stops renewing it and the job is taken
// again once the lease runs out. Every change to a taken job is fenced by its attempt number, so a worker
// whose lease was taken over cannot complete or fail the job it lost.
import { FoglineError } from "../claims/index.js";
import { createPool, type Pool } from "../store/postgres/pg-driver.js";
import { toPgFoglineError } from "../store/postgres/pg-errors.js";
import { isPostgresUrl, parsePostgresUrl } from "../store/postgres/postgres-url.js";
import { ensureQueueSchema } from "./queue-schema.js";

export const JOB_STATUSES = ["queued", "running", "failed", "parked", "done"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** A feed item to follow to its full article; the feed's fields fill what the page does not say. */
export interface NewJob {
  url: string;
  feed?: string | null;
  title?: string | null;
  published?: string | null;
  outlet?: string | null;
}

export interface Job extends Required<NewJob> {
  id: number;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  leaseUntil: Date | null;
  worker: string | null;
  reason: string | null;
  docId: string | null;
  claims: number | null;
}

export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
}

export interface JobQueueOptions {
  /** Tries before a job is parked (default 5). */
  maxAttempts?: number;
}

interface JobRow {
  id: number; url: string; feed: string | null; title: string | null; published: string | null; outlet: string | null;
  status: JobStatus; attempts: number; max_attempts: number; run_at: Date; worker: string | null;
  reason: string | null; doc_id: string | null; claims: number | null;
}

const toJob = (r: JobRow): Job => ({
  id: r.id, url: r.url, feed: r.feed, title: r.title, published: r.published, outlet: r.outlet, status: r.status,
  attempts: r.attempts, maxAttempts: r.max_attempts, runAt: r.run_at, leaseUntil: r.status === "running" ? r.run_at : null, worker: r.worker,
  reason: r.reason, docId: r.doc_id, claims: r.claims,
});

/**
 * Advisory locks under which workers reconcile: (this constant, a hash of the schema and the scope), one
 * per scope (a place or a proposition group), so that workers touching different places reconcile at once
 * and ledgers in different schemas of one database never wait for each other.
 */
export const RECONCILE_LOCK_CLASS = 730_155;

export const queueNeedsPostgres = (location: string): FoglineError => new FoglineError("queue-needs-postgres",
  "the job queue needs PostgreSQL: --db postgres://…", `${location} is a SQLite ledger`);

/** Connects to the queue in the ledger's database (and schema), creating its tables when missing. */
export async function openJobQueue(url: string, options: JobQueueOptions & { poolSize?: number } = {}): Promise<JobQueue> {
  if (!isPostgresUrl(url)) throw queueNeedsPostgres(url);
  const target = parsePostgresUrl(url);
  const pool = await createPool({
    connectionString: target.connectionString, connectionTimeoutMillis: 5000, max: options.poolSize ?? 4,
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
  });
  try {
    if (target.schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS "${target.schema}"`);
    await ensureQueueSchema(pool);
  } catch (e) {
    await pool.end().catch(() => {});
    throw toPgFoglineError(e, target.display, "open");
  }
  return new JobQueue(pool, options.maxAttempts ?? 5);
}

export class JobQueue {
  private closed = false;

  constructor(private readonly pool: Pool, private readonly maxAttempts: number) {}

  /** Adds the jobs whose URL is not queued yet (in any status); gives how many were new. */
  async enqueue(jobs: NewJob[]): Promise<number> {
    if (jobs.length === 0) return 0;
    const column = (f: keyof NewJob) => jobs.map((j) => j[f] ?? null);
    const { rowCount } = await this.pool.query(`INSERT INTO queue_jobs (url, feed, title, published, outlet, max_attempts)
      SELECT u, f, t, p, o, $6 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS x(u, f, t, p, o)
      ON CONFLICT (url) DO NOTHING`, [column("url"), column("feed"), column("title"), column("published"), column("outlet"), this.maxAttempts]);
    return rowCount ?? 0;
  }

  /**
   * Leases the next ready job to `worker` for `leaseMs`: a queued job, a failed one whose backoff is over,
   * or a running one whose worker stopped renewing its lease (a running job's run_at is its lease's end).
   * A job whose lease ran out on its last try is parked instead (the worker died on it every time).
   */
  async take(worker: string, leaseMs: number): Promise<Job | null> {
    for (;;) {
      const { rows } = await this.pool.query<JobRow>(`WITH next AS (
          SELECT id FROM queue_jobs WHERE status IN ('queued', 'failed', 'running') AND run_at <= now()
          ORDER BY run_at, id FOR UPDATE SKIP LOCKED LIMIT 1),
        given AS (SELECT j.id, j.status = 'running' AND j.attempts >= j.max_attempts AS spent FROM queue_jobs j JOIN next USING (id))
        UPDATE queue_jobs j SET
          status = CASE WHEN spent THEN 'parked' ELSE 'running' END,
          attempts = CASE WHEN spent THEN attempts ELSE attempts + 1 END,
          worker = CASE WHEN spent THEN worker ELSE $1 END,
          run_at = CASE WHEN spent THEN run_at ELSE now() + $2 * interval '1 millisecond' END,
          reason = CASE WHEN spent THEN 'worker stopped mid-job on every try (lease ran out ' || attempts || ' times); last: '
            || coalesce(reason, 'no error') ELSE reason END,
          updated_at = now()
        FROM given WHERE j.id = given.id RETURNING j.*`, [worker, leaseMs]);
      if (!rows[0]) return null;
      if (rows[0].status === "running") return toJob(rows[0]);
    }
  }

  /** Extends the lease of a job still held; false when it was lost (taken over after the lease ran out). */
  async renew(job: Job, leaseMs: number): Promise<boolean> {
    const { rowCount } = await this.pool.query(`UPDATE queue_jobs SET run_at = now() + $3 * interval '1 millisecond'
      WHERE id = $1 AND attempts = $2 AND status = 'running'`, [job.id, job.attempts, leaseMs]);
    return rowCount === 1;
  }

  async complete(job: Job, docId: string | null, claims: number, note: string | null = null): Promise<boolean> {
    const { rowCount } = await this.pool.query(`UPDATE queue_jobs SET status = 'done', doc_id = $3, claims = $4,
      reason = $5, updated_at = now() WHERE id = $1 AND attempts = $2 AND status = 'running'`, [job.id, job.attempts, docId, claims, note]);
    return rowCount === 1;
  }

  /**
   * Records a failure: retried after `retryInMs` while tries remain, else parked. A permanent failure (404,
   * refused by robots.txt, no language pack) is parked at once.
   */
  async fail(job: Job, reason: string, retryInMs: number, permanent = false): Promise<JobStatus | null> {
    const { rows } = await this.pool.query<{ status: JobStatus }>(`UPDATE queue_jobs SET
        status = CASE WHEN $4 OR attempts >= max_attempts THEN 'parked' ELSE 'failed' END,
        run_at = now() + $3 * interval '1 millisecond', reason = $5, updated_at = now()
      WHERE id = $1 AND attempts = $2 AND status = 'running' RETURNING status`, [job.id, job.attempts, retryInMs, permanent, reason]);
    return rows[0]?.status ?? null;
  }

  /** Jobs in these statuses (all but done when none given), oldest first. */
  async list(statuses: JobStatus[] = ["queued", "running", "failed", "parked"], limit = 1000): Promise<Job[]> {
    const { rows } = await this.pool.query<JobRow>("SELECT * FROM queue_jobs WHERE status = ANY($1::text[]) ORDER BY id LIMIT $2",
      [statuses, limit]);
    return rows.map(toJob);
  }

  async counts(): Promise<Record<JobStatus, number>> {
    const { rows } = await this.pool.query<{ status: JobStatus; n: number }>("SELECT status, count(*) AS n FROM queue_jobs GROUP BY status");
    const counts = Object.fromEntries(JOB_STATUSES.map((s) => [s, 0])) as Record<JobStatus, number>;
    for (const r of rows) counts[r.status] = r.n;
    return counts;
  }

  /** Whether any job is waiting or leased (a failed one waiting out its backoff counts). */
  async hasPending(): Promise<boolean> {
    const { rows } = await this.pool.query("SELECT 1 FROM queue_jobs WHERE status IN ('queued', 'running', 'failed') LIMIT 1");
    return rows.length > 0;
  }

  async feedState(url: string): Promise<FeedState> {
    const { rows } = await this.pool.query<{ etag: string | null; last_modified: string | null }>(
      "SELECT etag, last_modified FROM queue_feeds WHERE url = $1", [url]);
    return { url, etag: rows[0]?.etag ?? null, lastModified: rows[0]?.last_modified ?? null };
  }

  /** Remembers a poll: the validators for the next conditional request (kept when not given) and what it found. */
  async recordPoll(state: FeedState, status: string, enqueued: number): Promise<void> {
    await this.pool.query(`INSERT INTO queue_feeds (url, etag, last_modified, polled_at, last_status, items_enqueued)
      VALUES ($1, $2, $3, now(), $4, $5) ON CONFLICT (url) DO UPDATE SET etag = coalesce(excluded.etag, queue_feeds.etag),
      last_modified = coalesce(excluded.last_modified, queue_feeds.last_modified), polled_at = now(), last_status = $4,
      items_enqueued = queue_feeds.items_enqueued + $5`, [state.url, state.etag, state.lastModified, status, enqueued]);
  }

  /**
   * Reserves the next fetch slot for `host`, `intervalMs` after the last one any worker reserved; gives the
   * milliseconds to wait before fetching (0 when the host is free).
   */
  async reserveHostSlot(host: string, intervalMs: number): Promise<number> {
    const { rows } = await this.pool.query<{ wait: number }>(`INSERT INTO queue_hosts AS h (host, next_at)
      VALUES ($1, now() + $2 * interval '1 millisecond')
      ON CONFLICT (host) DO UPDATE SET next_at = greatest(h.next_at, now()) + $2 * interval '1 millisecond'
      RETURNING greatest(0, extract(epoch FROM (h.next_at - $2 * interval '1 millisecond' - now())) * 1000)::float8 AS wait`,
    [host, intervalMs]);
    return Math.ceil(rows[0].wait);
  }

  /**
   * Runs `fn` holding the reconcile locks of `scopes` (pipeline.reconcileScopes): one worker at a time per
   * place or group, so that one that read a group's claims never overwrites another's newer propositions.
   * Taken in hash order (no deadlock between two workers), on one session, released if the worker dies.
   */
  async reconciling<T>(scopes: string[], fn: () => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      const { rows } = await client.query<{ h: number }>(`SELECT DISTINCT hashtext(current_schema() || '|' || s) & 2147483647 AS h
        FROM unnest($1::text[]) AS s ORDER BY h`, [scopes]);
      try {
        for (const { h } of rows) await client.query("SELECT pg_advisory_lock($1, $2)", [RECONCILE_LOCK_CLASS, h]);
        return await fn();
      } finally {
        await client.query("SELECT pg_advisory_unlock_all()").catch(() => (broken = true));
      }
    } finally {
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
