// fogline worker [--concurrency N] [--db postgres://…]
import { createPipeline } from "../../pipeline.js";
import { openJobQueue, runWorker, type WorkerEvent } from "../../queue/index.js";
import { openStore } from "../../store/index.js";
import type { Io } from "./io.js";
import { language } from "./language-option.js";
import { parse } from "./options.js";
import { countOption, durationOption, queueDatabase, stopOnSignals } from "./queue-access.js";
import { printable } from "../export/printable.js";

export const WORKER_USAGE = `usage: fogline worker [--concurrency N] [--db postgres://…] [--until-empty] [--lease 60s] [--host-interval 1s]
                      [--retry-after 30s] [--idle 2s] [--ignore-robots] [--allow-private] [--lang CODE]

Takes jobs queued by "fogline watch", fetches each item's full article (robots.txt asked first, at most
one fetch per --host-interval from one host across all workers), extracts it and stores it, one
transaction per article, then reconciles its propositions. Run as many workers on as many machines as
you like: each job is leased to one worker; a worker that dies leaves its job to be taken again when its
--lease runs out (keep it well above one article's extraction time: the lease is renewed between steps).
Failures are retried after --retry-after, doubled each time, then parked with their reason (see
"fogline jobs"). With nothing ready, a worker asks again every --idle. Runs until stopped (SIGINT or
SIGTERM finish the jobs in flight), or until no job is left with --until-empty.`;

function eventLine(e: WorkerEvent): string {
  if (e.type === "done") return `done ${printable(e.job.url)}: ${e.claims} claim${e.claims === 1 ? "" : "s"}${e.added ? "" : " (already stored)"}\n`;
  return `${e.status === "parked" ? "parked" : "failed, will retry"} ${printable(e.job.url)}: ${printable(e.reason)}\n`;
}

export async function workerCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, {
    db: { type: "string" }, concurrency: { type: "string" }, "until-empty": { type: "boolean" }, lease: { type: "string" },
    "host-interval": { type: "string" }, "retry-after": { type: "string" }, "ignore-robots": { type: "boolean" },
    "allow-private": { type: "boolean" }, lang: { type: "string" }, idle: { type: "string" },
  }, WORKER_USAGE);
  if (values.help) { io.out(WORKER_USAGE + "\n"); return 0; }
  const db = queueDatabase(io, values.db as string | undefined);
  const concurrency = countOption("concurrency", values.concurrency as string | undefined, 2, WORKER_USAGE);
  const leaseMs = durationOption("lease", values.lease as string | undefined, 60_000, WORKER_USAGE);
  const hostIntervalMs = durationOption("host-interval", values["host-interval"] as string | undefined, 1000, WORKER_USAGE);
  const retryMs = durationOption("retry-after", values["retry-after"] as string | undefined, 30_000, WORKER_USAGE);
  const idleMs = durationOption("idle", values.idle as string | undefined, 2000, WORKER_USAGE);
  const pipeline = createPipeline({ language: language(values.lang as string | undefined, WORKER_USAGE) });
  const store = await openStore(db);
  const queue = await openJobQueue(db, { poolSize: concurrency + 2 }).catch(async (e) => { await store.close(); throw e; });
  const stop = stopOnSignals();
  try {
    const summary = await runWorker(queue, store, pipeline, {
      concurrency, leaseMs, hostIntervalMs, idleMs, retry: { baseMs: retryMs, maxMs: Math.max(retryMs, 3_600_000) },
      robots: !values["ignore-robots"], allowPrivateAddresses: Boolean(values["allow-private"]),
      untilEmpty: Boolean(values["until-empty"]), signal: stop.signal, onEvent: (e) => io.err(eventLine(e)),
    });
    io.err(`worker: ${summary.done} done (${summary.added} new articles), ${summary.failed} to retry, ${summary.parked} parked\n`);
    return 0;
  } finally {
    stop.dispose();
    await queue.close();
    await store.close();
  }
}
