// What watch, worker and jobs share: the queue's database (PostgreSQL only) and duration options.
import { FoglineError } from "../../claims/index.js";
import { defaultDbPath, isPostgresUrl } from "../../store/index.js";
import { parseDuration } from "../../queue/index.js";
import type { Io } from "./io.js";
import { UsageError } from "./usage-error.js";

/** --db, else FOGLINE_DB: it must be a postgres:// URL (one line and exit 2 if not). */
export function queueDatabase(io: Io, db: string | undefined): string {
  const location = defaultDbPath(io.env, db);
  if (!isPostgresUrl(location)) throw new FoglineError("usage", "the job queue needs PostgreSQL: --db postgres://…", `${location} is a SQLite ledger`);
  return location.trim();
}

export function durationOption(name: string, value: string | undefined, fallback: number, usage: string): number {
  if (value === undefined) return fallback;
  const ms = parseDuration(value);
  if (ms === null) throw new UsageError(`bad duration for --${name} "${value}": use e.g. 500ms, 30s, 10m or 1h`, usage);
  return ms;
}

export function countOption(name: string, value: string | undefined, fallback: number, usage: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`bad --${name} "${value}": give a whole number of at least 1`, usage);
  return n;
}

/** Resolves on SIGINT or SIGTERM (the returned signal aborts); `dispose` removes the handlers. */
export function stopOnSignals(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return { signal: controller.signal, dispose: () => { process.off("SIGINT", stop); process.off("SIGTERM", stop); } };
}
