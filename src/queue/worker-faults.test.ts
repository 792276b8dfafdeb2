// `fogline worker` as child processes against a real PostgreSQL: killed with SIGKILL mid-ingest again and
// again, then restarted; and two workers on one queue. Each time the ledger must equal one clean ingest
// of the same feed: nothing lost, nothing twice.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import { createPipeline } from "../pipeline.js";
import { groupKey } from "../reconcile/index.js";
import { openPostgresStore } from "../store/postgres/postgres-store.js";
import { dropTestSchemas, freshSchemaUrl, PG_SKIP } from "../store/postgres/pg-test-database.js";
import { pollFeed } from "./feed-poller.js";
import { runWorker } from "./ingest-worker.js";
import { createPool } from "../store/postgres/pg-driver.js";
import { openJobQueue, RECONCILE_LOCK_CLASS, type Job } from "./job-queue.js";
import { articlePages, ledgerSnapshot, startTestSite, type TestSite } from "./queue-test-site.js";

const ARTICLES = 30;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const KILLS = 6;
const bin = fileURLToPath(new URL("../../bin/fogline.js", import.meta.url));
const WORKER_ARGS = ["--concurrency", "2", "--host-interval", "0", "--idle", "50ms", "--retry-after", "100ms", "--allow-private"];

interface Child { exited: Promise<{ code: number | null; signal: string | null; stderr: string }>; kill(): void; firstDone: Promise<void> }

/** A short lease, so that a killed worker's jobs are taken again soon; a lease is not renewed while a CPU-bound
 * extraction holds the event loop, so a worker left alive gets a long one. */
function startWorker(db: string, extra: string[] = [], lease = "1s"): Child {
  const child = spawn(process.execPath, [bin, "worker", "--db", db, "--lease", lease, ...WORKER_ARGS, ...extra], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, FOGLINE_DB: "" } });
  let stderr = "";
  let onDone: () => void = () => {};
  const firstDone = new Promise<void>((resolve) => (onDone = resolve));
  child.stderr.on("data", (d: Buffer) => { stderr += d.toString(); if (/^done /m.test(stderr)) onDone(); });
  const exited = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) =>
    child.on("exit", (code, signal) => { onDone(); resolve({ code, signal, stderr }); }));
  return { exited, firstDone, kill: () => child.kill("SIGKILL") };
}

describe("workers as processes", { skip: PG_SKIP }, () => {
  let site: TestSite;
  let feed: string;
  let clean: unknown;
  /** Every reconcile scope of the feed's articles: holding their locks stops each worker after its commit. */
  let scopes: string[] = [];

  before(async () => {
    site = await startTestSite();
    for (const [path, page] of Object.entries(articlePages(ARTICLES, 10, site.base))) site.pages.set(path, page);
    feed = `${site.base}/feed.xml`;
    const url = freshSchemaUrl();
    const [store, queue] = [await openPostgresStore(url), await openJobQueue(url)];
    const pipeline = createPipeline();
    try {
      await pollFeed(queue, feed, { allowPrivateAddresses: true });
      await runWorker(queue, store, pipeline, { allowPrivateAddresses: true, untilEmpty: true, idleMs: 20, hostIntervalMs: 0, concurrency: 1 });
      clean = await ledgerSnapshot(store);
      scopes = pipeline.reconcileScopes((await store.claims({ limit: Number.MAX_SAFE_INTEGER })).map(groupKey));
    } finally {
      await queue.close();
      await store.close();
    }
  });
  after(async () => {
    await site.close();
    await dropTestSchemas();
  });

  // More tries than kills: a job that every kill interrupts is otherwise parked, as a page that crashes
  // its worker every time should be.
  async function queued(): Promise<string> {
    const url = freshSchemaUrl();
    const queue = await openJobQueue(url, { maxAttempts: KILLS + 4 });
    await pollFeed(queue, feed, { allowPrivateAddresses: true });
    await queue.close();
    return url;
  }

  async function outcome(url: string): Promise<{ snapshot: unknown; jobs: Job[] }> {
    const [store, queue] = [await openPostgresStore(url), await openJobQueue(url)];
    try {
      return { snapshot: await ledgerSnapshot(store), jobs: await queue.list(["queued", "running", "failed", "parked", "done"]) };
    } finally {
      await queue.close();
      await store.close();
    }
  }

  /** Workers waiting for a reconcile lock of this schema's scopes: each has stored its article, not reconciled it. */
  async function waitingToReconcile(url: string): Promise<number> {
    const schema = new URL(url).searchParams.get("schema")!;
    const pool = await createPool({ connectionString: url.replace(/\?.*$/, ""), max: 1, options: `-c search_path=${schema}` });
    try {
      const { rows } = await pool.query<{ n: number }>(`SELECT count(DISTINCT pid)::int AS n FROM pg_locks WHERE locktype = 'advisory'
        AND NOT granted AND classid = $1 AND objid IN (SELECT (hashtext(current_schema() || '|' || s) & 2147483647)::bigint::oid
        FROM unnest($2::text[]) AS s)`, [RECONCILE_LOCK_CLASS, scopes]);
      return rows[0].n;
    } finally {
      await pool.end();
    }
  }

  // Odd kills land anywhere (fetching, extracting, inside the article's transaction); even ones exactly
  // between an article's commit and its reconciliation, the test holding every reconcile lock meanwhile.
  it("ends with the ledger of one clean ingest after a worker is killed mid-ingest again and again", async () => {
    assert.equal((clean as { articles: unknown[] }).articles.length, ARTICLES);
    const url = await queued();
    const queue = await openJobQueue(url);
    let leftRunning = 0;
    let storedNotReconciled = 0;
    try {
      for (let k = 0; k < KILLS; k++) {
        if (k % 2 === 0) {
          await queue.reconciling(scopes, async () => {
            const worker = startWorker(url);
            for (let waited = 0; waited < 10_000 && (await waitingToReconcile(url)) === 0; waited += 25) await sleep(25);
            storedNotReconciled += await waitingToReconcile(url);
            worker.kill();
            await worker.exited;
          });
        } else {
          const worker = startWorker(url);
          await worker.firstDone;
          await sleep(5 + ((k * 17) % 40));
          worker.kill();
          assert.equal((await worker.exited).signal, "SIGKILL", "killed, not finished");
        }
        leftRunning += (await queue.list(["running"])).length;
      }
    } finally {
      await queue.close();
    }
    assert.ok(leftRunning > 0, "some kills left a job taken and unfinished");
    assert.ok(storedNotReconciled >= KILLS / 2, `killed between store and reconcile: ${storedNotReconciled}`);
    const last = await startWorker(url, ["--until-empty"]).exited;
    assert.equal(last.code, 0, last.stderr);
    const { snapshot, jobs } = await outcome(url);
    assert.deepEqual(jobs.map((j) => j.status), Array(ARTICLES).fill("done"), JSON.stringify(jobs.filter((j) => j.status !== "done")));
    assert.ok(jobs.some((j) => j.attempts > 1), "an interrupted job was taken again");
    assert.deepEqual(snapshot, clean);
  });

  it("shares one queue between two workers: each job taken once, the ledger that of one clean ingest", async () => {
    const url = await queued();
    const results = await Promise.all([1, 2].map(() => startWorker(url, ["--until-empty"], "30s").exited));
    for (const r of results) assert.equal(r.code, 0, r.stderr);
    const { snapshot, jobs } = await outcome(url);
    assert.deepEqual(jobs.map((j) => [j.status, j.attempts]), Array(ARTICLES).fill(["done", 1]));
    assert.equal(new Set(jobs.map((j) => j.worker)).size, 2, "both workers took jobs");
    assert.deepEqual(snapshot, clean);
  });
});
