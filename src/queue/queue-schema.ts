// The job queue's tables, beside the ledger's in the same PostgreSQL schema. They hold work, not the
// ledger: `fogline migrate` does not copy them, and dropping them loses no claim. Created under an
// advisory lock, so that several workers starting at once create them once.
import type { Pool } from "../store/postgres/pg-driver.js";
import { inTransaction } from "../store/postgres/pg-driver.js";

/** pg_advisory_xact_lock key for creating the tables ("fogline-queue-schema"). */
const SCHEMA_LOCK = 7_301_552_001;

const QUEUE_TABLES = `
CREATE TABLE IF NOT EXISTS queue_feeds (
  url text PRIMARY KEY,
  etag text,
  last_modified text,
  polled_at timestamptz,
  last_status text,
  items_enqueued integer NOT NULL DEFAULT 0
);
-- One row per item URL: the UNIQUE constraint is the deduplication. status: queued (never tried), running
-- (leased to a worker), failed (to be retried), parked (out of retries), done. run_at is when the job may
-- be taken next: at once, after its backoff, or when the running worker's lease ends. One index serves
-- every take.
CREATE TABLE IF NOT EXISTS queue_jobs (
  id bigserial PRIMARY KEY,
  url text NOT NULL UNIQUE,
  feed text,
  title text,
  published text,
  outlet text,
  status text NOT NULL DEFAULT 'queued',
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL DEFAULT 5,
  run_at timestamptz NOT NULL DEFAULT now(),
  worker text,
  reason text,
  doc_id text,
  claims integer,
  enqueued_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS queue_jobs_ready ON queue_jobs (run_at, id) WHERE status IN ('queued', 'failed', 'running');
-- Per-host rate limit shared by every worker: the next instant a fetch from this host may start.
CREATE TABLE IF NOT EXISTS queue_hosts (
  host text PRIMARY KEY,
  next_at timestamptz NOT NULL
);`;

export async function ensureQueueSchema(pool: Pool): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock($1)", [SCHEMA_LOCK]);
    await client.query(QUEUE_TABLES);
  });
}
