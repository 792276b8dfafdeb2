// pg failures turned into FoglineErrors: a stable code, one line naming the cause, a hint; never a stack
// trace, and never the password of the URL.
import { FoglineError, isFoglineError } from "../../claims/index.js";
import type { PgError } from "./pg-driver.js";

export type PgOperation = "open" | "ingest" | "write" | "read";

/** SQLSTATE classes and codes (PostgreSQL appendix A) and Node socket errors that name a cause. */
export function toPgFoglineError(e: unknown, where: string, operation: PgOperation): unknown {
  if (isFoglineError(e) || !(e instanceof Error)) return e;
  const code = (e as PgError).code ?? "";
  const detail = e.message.split("\n")[0];
  const nothing = operation === "ingest" ? "nothing from this article was stored" : operation === "write" ? "nothing was stored" : "";
  const also = nothing ? `; ${nothing}` : "";
  if (["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "ETIMEDOUT", "ECONNRESET", "EPIPE"].includes(code)
    || /timeout expired|Connection terminated|connect ETIMEDOUT/i.test(detail)) {
    return new FoglineError("store-unreachable", `cannot reach PostgreSQL at ${where} (${code || detail})${also}`,
      "check the host and port, and that the server is running: pg_ctlcluster 15 main start");
  }
  if (code === "28P01" || code === "28000") {
    return new FoglineError("store-auth", `PostgreSQL at ${where} refused the credentials: ${detail}`,
      "check the user name and password in the URL, or the server's pg_hba.conf");
  }
  if (code === "3D000") {
    return new FoglineError("store-no-database", `${where}: ${detail}`, "create it first (createdb NAME), or pass --db with another database");
  }
  if (code === "53100") {
    return new FoglineError("store-disk-full", `disk full on the PostgreSQL server at ${where}${also || ": nothing was stored"}`,
      "free space on the server and run again");
  }
  if (code === "57P01" || code === "57P02" || code === "57P03" || code.startsWith("08")) {
    return new FoglineError("store-unreachable", `PostgreSQL at ${where} went away: ${detail}${also}`,
      "check that the server is running, then run again: the next run continues where this one stopped");
  }
  if (code === "42501") {
    return new FoglineError("store-readonly", `${where}: ${detail}`, "grant the user rights on the database or schema, or use another user");
  }
  if (code === "25006") {
    return new FoglineError("store-readonly", `${where} is read-only: ${detail}`, "connect to the primary server, not a replica");
  }
  if (/^[0-9A-Z]{5}$/.test(code)) {
    return new FoglineError("store-failed", `${where}: ${detail} (SQLSTATE ${code})`, "run again; if it persists, report it with this message");
  }
  return e;
}

/** Runs `fn`, rethrowing PostgreSQL and connection failures as FoglineErrors. */
export async function pgGuard<T>(where: string, operation: PgOperation, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw toPgFoglineError(e, where, operation);
  }
}
