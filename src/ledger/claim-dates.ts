// A claim's date for a table or a map's time slider: the claim's own period, else its article's
// publication date (marked as such: an inference, STYLE.md "stated apart from inferred"), at the
// precision the text gives, and the first and last day it covers.
import type { Claim, PlaceRef } from "../claims/index.js";
import { daySpan } from "../reconcile/index.js";

export type DatePrecision = "day" | "month" | "year";
export type PlacePrecision = NonNullable<PlaceRef["precision"]>;

export interface ClaimDate {
  /** As the ledger holds it: YYYY, YYYY-MM or YYYY-MM-DD; null when neither claim nor article is dated. */
  date: string | null;
  /** Where the date comes from. */
  from: "claim" | "publication" | null;
  precision: DatePrecision | null;
  /** First and last day covered (YYYY-MM-DD), the claim's start to its end. */
  first: string | null;
  last: string | null;
}

const DAY_MS = 86_400_000;
const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The first day of `start` and the last of `end` (either stands in for the other), as YYYY-MM-DD. */
export function dayRange(start: string | null | undefined, end: string | null | undefined): { first: string | null; last: string | null } {
  const s = daySpan(start ?? end);
  const e = daySpan(end ?? start);
  return { first: s ? isoDay(s.start) : null, last: e ? isoDay(e.end) : null };
}

export function datePrecision(iso: string | null | undefined): DatePrecision | null {
  const m = iso ? /^\d{4}(-\d{2})?(-\d{2})?/.exec(iso) : null;
  if (!m) return null;
  return m[2] ? "day" : m[1] ? "month" : "year";
}

export function claimDate(claim: Claim, published: string | null): ClaimDate {
  const start = claim.time?.start ?? claim.time?.end ?? null;
  const end = claim.time?.end ?? claim.time?.start ?? null;
  const [s, e, from] = start ? [start, end, "claim" as const] : published ? [published, published, "publication" as const] : [null, null, null];
  return {
    date: s,
    from,
    // The coarser end decides: "2025-11-06" to "2025-12" is known to the month.
    precision: coarser(datePrecision(s), datePrecision(e)),
    ...dayRange(s, e),
  };
}

const RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };
const coarser = (a: DatePrecision | null, b: DatePrecision | null): DatePrecision | null =>
  a === null ? b : b === null ? a : RANK[a] >= RANK[b] ? a : b;

/** How exactly the claim means its place: as stated, else what the gazetteer's place type implies. */
export function placePrecision(place: PlaceRef | null): PlacePrecision | null {
  if (!place) return null;
  return place.precision ?? place.type ?? null;
}

/**
 * ACLED's codes (codebook: time_precision 1 = the day, 2 = the week, 3 = the month or coarser;
 * geo_precision 1 = the settlement, 2 = near it or part of a region, 3 = a region or larger).
 */
export const ACLED_TIME_PRECISION: Record<DatePrecision, number> = { day: 1, month: 3, year: 3 };
export const ACLED_GEO_PRECISION: Record<PlacePrecision, number> = { settlement: 1, near: 2, region: 3, country: 3 };
