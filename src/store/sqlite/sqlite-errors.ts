// SQLite result codes turned into FoglineErrors: a stable code, one line, a hint; never a stack trace.
import { FoglineError, isFoglineError } from "../../claims/index.js";
import { isSqliteError } from "./driver.js";

/** What the failing operation was doing, for the few messages that depend on it. */
export type Operation = "open" | "ingest" | "write" | "read";

export function toFoglineError(e: unknown, path: string, operation: Operation): unknown {
  if (isFoglineError(e) || !isSqliteError(e)) return e;
  const code = e.code;
  const detail = e.message.split("\n")[0];
  if (code === "SQLITE_NOTADB" || code.startsWith("SQLITE_CORRUPT")) return notFogline(path, detail);
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
    return new FoglineError("store-locked", `${path}: database is locked by another process`,
      "wait for the other fogline command to finish, or pass --db with another file");
  }
  if (code === "SQLITE_FULL" || (code === "SQLITE_IOERR_WRITE" && /full/i.test(detail))) {
    const what = operation === "ingest" ? "nothing from this article was stored" : "nothing was stored";
    return new FoglineError("store-disk-full", `disk full: ${what}`, `free space on the disk holding ${path} and run again`);
  }
  if (code.startsWith("SQLITE_READONLY")) {
    return new FoglineError("store-readonly", `${path} is read-only: ${detail}`,
      "open it without --readonly, or check the file's and folder's permissions");
  }
  if (code.startsWith("SQLITE_CANTOPEN")) {
    return new FoglineError("store-cannot-open", `cannot open ${path}: ${detail}`,
      "check that the folder exists and is writable, or pass --db with another path");
  }
  if (code.startsWith("SQLITE_IOERR")) {
    return new FoglineError("store-io", `${path}: input/output error (${code})`, "check the disk, then run again");
  }
  return new FoglineError("store-failed", `${path}: ${detail} (${code})`, "run again; if it persists, report it with this message");
}

export const notFogline = (path: string, detail: string): FoglineError =>
  new FoglineError("store-not-fogline", `${path} is not a fogline database or is corrupt: ${detail}`,
    "move the file aside and run again, or pass --db with another path");

/** Runs `fn`, rethrowing SQLite failures as FoglineErrors. */
export function guard<T>(path: string, operation: Operation, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw toFoglineError(e, path, operation);
  }
}
