// The day a read looks back to, as the user gives it (--as-of, ?as_of=).
import { FoglineError } from "../claims/index.js";
import { assertAsOfDay } from "../store/as-of-scope.js";
import type { AsOfScope } from "../store/ledger-store.js";

export type AsOf = Omit<AsOfScope, "later">;

/** A calendar day YYYY-MM-DD, read on publication dates unless `ingested`; anything else is a bad-as-of error. */
export function parseAsOf(day: string, ingested = false): AsOf {
  const text = day.trim();
  try {
    assertAsOfDay(text);
  } catch {
    throw new FoglineError("bad-as-of", `as-of must be a calendar day YYYY-MM-DD, not "${day}"`, "e.g. 2025-11-30");
  }
  return { day: text, basis: ingested ? "ingested" : "published" };
}

/** The day before a calendar day (YYYY-MM-DD). */
export function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
