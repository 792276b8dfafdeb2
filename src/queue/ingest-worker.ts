// The worker loop: take a job, ask robots.txt, wait for the host's rate-limit slot, fetch the full article,
// store it through the pipeline (one transaction), reconcile its groups under their places' locks, and mark
// the job done. Any step may die: the article is stored whole or not at all (content-hash idempotent),
// the job's lease runs out and another try stores nothing twice and reconciles the groups again.
import { hostname } from "node:os";
import { FoglineError } from "../claims/index.js";
import type { FoglinePipeline } from "../pipeline.js";
import { problemReason } from "../read/read-problem.js";
import type { LedgerStore } from "../store/ledger-store.js";
import { fetchArticle } from "./article-fetch.js";
import type { Job, JobQueue, JobStatus } from "./job-queue.js";
import { backoffMs, isPermanentFailure, RETRY_DEFAULTS, type RetryPolicy } from "./retry-policy.js";
import { createRobotsCheck, type RobotsCheck } from "./robots-check.js";

export interface WorkerOptions {
  /** Jobs in flight at once in this process (default 2). */
  concurrency?: number;
  /** How long a taken job stays this worker's without a heartbeat (default 60 s; renewed every third of it). */
  leaseMs?: number;
  /** Wait before asking again when no job is ready (default 2 s). */
  idleMs?: number;
  /** Least time between two fetches from one host, across all workers (default 1 s). */
  hostIntervalMs?: number;
  retry?: RetryPolicy;
  /** Ask each site's robots.txt first (default true). */
  robots?: boolean;
  allowPrivateAddresses?: boolean;
  fetchTimeoutMs?: number;
  /** Stop once no job is queued, running or waiting for a retry (default false: run until aborted). */
  untilEmpty?: boolean;
  /** Stop taking jobs; the ones in flight are finished. */
  signal?: AbortSignal;
  /** Recorded on each job taken (default host:pid). */
  workerId?: string;
  onEvent?: (event: WorkerEvent) => void;
}

export type WorkerEvent =
  | { type: "done"; job: Job; docId: string; claims: number; added: boolean }
  | { type: "failed"; job: Job; status: JobStatus | null; reason: string };

export interface WorkerSummary {
  done: number;
  added: number;
  failed: number;
  parked: number;
}

const sleep = (ms: number, signal?: AbortSignal) => new Promise<void>((resolve) => {
  if (ms <= 0 || signal?.aborted) return resolve();
  const timer = setTimeout(done, ms);
  function done() { clearTimeout(timer); signal?.removeEventListener("abort", done); resolve(); }
  signal?.addEventListener("abort", done, { once: true });
});

export async function runWorker(queue: JobQueue, store: LedgerStore, pipeline: FoglinePipeline, options: WorkerOptions = {}): Promise<WorkerSummary> {
  const leaseMs = options.leaseMs ?? 60_000;
  const worker = options.workerId ?? `${hostname()}:${process.pid}`;
  const limits = { allowPrivateAddresses: options.allowPrivateAddresses, timeoutMs: options.fetchTimeoutMs };
  const robots: RobotsCheck | null = options.robots === false ? null : createRobotsCheck(limits);
  const summary: WorkerSummary = { done: 0, added: 0, failed: 0, parked: 0 };

  async function work(job: Job): Promise<void> {
    const heartbeat = setInterval(() => { queue.renew(job, leaseMs).catch(() => {}); }, Math.max(100, leaseMs / 3));
    try {
      await robots?.check(job.url);
      await sleep(await queue.reserveHostSlot(new URL(job.url).host, options.hostIntervalMs ?? 1000));
      const article = await fetchArticle(job, limits);
      const stored = await pipeline.storeArticle(store, article);
      if (stored.problem) throw new FoglineError("no-language-pack", stored.problem.reason);
      await queue.reconciling(pipeline.reconcileScopes(stored.groupKeys), () => pipeline.reconcileGroups(store, stored.groupKeys));
      const { docId, claims, added } = stored.result;
      await queue.complete(job, docId, claims, added ? null : "already stored");
      summary.done++;
      if (added) summary.added++;
      options.onEvent?.({ type: "done", job, docId, claims, added });
    } catch (error) {
      const reason = problemReason(error);
      const status = await queue.fail(job, reason, backoffMs(job.attempts, options.retry ?? RETRY_DEFAULTS), isPermanentFailure(error));
      if (status === "parked") summary.parked++;
      else summary.failed++;
      options.onEvent?.({ type: "failed", job, status, reason });
    } finally {
      clearInterval(heartbeat);
    }
  }

  async function slot(): Promise<void> {
    while (!options.signal?.aborted) {
      const job = await queue.take(worker, leaseMs);
      if (job) { await work(job); continue; }
      if (options.untilEmpty && !(await queue.hasPending())) return;
      await sleep(options.idleMs ?? 2000, options.signal);
    }
  }

  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 2) }, slot));
  return summary;
}
