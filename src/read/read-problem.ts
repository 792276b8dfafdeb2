// Failures become one-line problems, never exceptions or stack traces.
import type { ReadItem } from "./reader.js";

const REASONS: Record<string, string> = {
  ENOENT: "no such file or directory",
  ENOTDIR: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory",
  ELOOP: "too many symbolic links",
  EMFILE: "too many open files",
  ENAMETOOLONG: "file name too long",
};

/** One line naming why `error` stopped reading. */
export function problemReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && REASONS[code]) return REASONS[code];
  const message = error instanceof Error ? error.message : String(error);
  return (message.split("\n")[0] || "unreadable").trim();
}

/** A problem item for `origin`. */
export function problemItem(origin: string, reason: string): ReadItem {
  return { problem: { origin, reason: reason.replace(/\s*\n\s*/g, " ") } };
}

/** A problem item for `origin` from a caught error. */
export function errorItem(origin: string, error: unknown): ReadItem {
  return problemItem(origin, problemReason(error));
}
