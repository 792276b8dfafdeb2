// fogline jobs [--status …] [--db postgres://…]
import { JOB_STATUSES, openJobQueue, type Job, type JobStatus } from "../../queue/index.js";
import type { Io } from "./io.js";
import { oneOf, parse } from "./options.js";
import { queueDatabase } from "./queue-access.js";
import { printable } from "../export/printable.js";

export const JOBS_USAGE = `usage: fogline jobs [--status queued|running|failed|parked|done] [--format table|jsonl] [--db postgres://…]

Lists the job queue: how many jobs are in each status, then the queued, running, failed (waiting to be
retried) and parked (out of tries) ones with their reasons; --status shows one status (done included).`;

function when(job: Job): string {
  if (job.status === "running") return `lease to ${job.leaseUntil?.toISOString() ?? "?"} (${job.worker ?? "?"})`;
  if (job.status === "failed") return `retry at ${job.runAt.toISOString()}`;
  if (job.status === "done") return `${job.claims ?? 0} claims in ${job.docId ?? "?"}`;
  return "";
}

export async function jobsCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, { db: { type: "string" }, status: { type: "string" }, format: { type: "string" } }, JOBS_USAGE);
  if (values.help) { io.out(JOBS_USAGE + "\n"); return 0; }
  const status = oneOf<JobStatus>("status", values.status as string | undefined, JOB_STATUSES, JOBS_USAGE);
  const format = oneOf("format", values.format as string | undefined, ["table", "jsonl"] as const, JOBS_USAGE) ?? "table";
  const queue = await openJobQueue(queueDatabase(io, values.db as string | undefined));
  try {
    const jobs = await queue.list(status ? [status] : undefined);
    if (format === "jsonl") {
      for (const j of jobs) io.out(JSON.stringify(j) + "\n");
      return 0;
    }
    const counts = await queue.counts();
    io.out(JOB_STATUSES.map((s) => `${counts[s]} ${s}`).join(", ") + "\n");
    for (const j of jobs) {
      io.out([`#${j.id}`, j.status, `try ${j.attempts}/${j.maxAttempts}`, printable(j.url), when(j), printable(j.reason ?? "")].filter(Boolean).join("  ") + "\n");
    }
    return 0;
  } finally {
    await queue.close();
  }
}
