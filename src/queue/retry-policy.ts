// Which failures are worth another try, and when: exponential backoff from `baseMs`, doubled each try up
// to `maxMs`. A page that is gone, refused or unreadable is parked at once: trying again changes nothing.
import { isFoglineError } from "../claims/index.js";

export interface RetryPolicy {
  /** Wait before the second try (default 30 s); doubled for each later one. */
  baseMs: number;
  /** Longest wait between tries (default 1 h). */
  maxMs: number;
}

export const RETRY_DEFAULTS: RetryPolicy = { baseMs: 30_000, maxMs: 60 * 60 * 1000 };

/** The wait after failed try number `attempt` (1 for the first). */
export const backoffMs = (attempt: number, policy: RetryPolicy = RETRY_DEFAULTS): number =>
  Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));

const PERMANENT_CODES = new Set(["private-address", "bad-url", "too-large", "too-many-redirects", "no-article", "robots-disallowed", "no-language-pack"]);

/** Whether `error` will fail again however often the job is tried (HTTP 4xx but 408 and 429, refusals). */
export function isPermanentFailure(error: unknown): boolean {
  if (!isFoglineError(error)) return false;
  if (error.code === "http-status") {
    const status = Number(/HTTP (\d{3})/.exec(error.message)?.[1] ?? 0);
    return status >= 400 && status < 500 && status !== 408 && status !== 429;
  }
  return PERMANENT_CODES.has(error.code);
}
