// The job queue on PostgreSQL: feeds polled into jobs, workers that follow each item to its full article
// and ingest it. PostgreSQL only: the queue is there for several processes, which SQLite cannot serve.
export { openJobQueue, JobQueue, JOB_STATUSES, queueNeedsPostgres, type Job, type JobStatus, type NewJob } from "./job-queue.js";
export { pollFeed, type PollResult, type PollOptions } from "./feed-poller.js";
export { runWorker, type WorkerOptions, type WorkerEvent, type WorkerSummary } from "./ingest-worker.js";
export { parseDuration } from "./duration.js";
export { RETRY_DEFAULTS, type RetryPolicy } from "./retry-policy.js";
