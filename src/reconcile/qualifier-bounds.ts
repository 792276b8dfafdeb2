// What each qualifier lets a figure mean: the bounds it states, and how far the wording allows a
// comparison to stretch. One row per qualifier; "about 170,000" states 170,000 and allows ±10 %.
import type { Claim, Qualifier } from "../claims/index.js";

export interface QualifierBounds {
  /** Stated bounds as factors of the value; null = open on that side. */
  low: number | null;
  high: number | null;
  /** Relative slack the wording allows when comparing with another figure. */
  slack: number;
  reason: string;
}

export const QUALIFIER_BOUNDS: Record<Qualifier, QualifierBounds | null> = {
  exact: { low: 1, high: 1, slack: 0.02, reason: "exact-rounding" },
  about: { low: 1, high: 1, slack: 0.1, reason: "about-10pc" },
  over: { low: 1, high: null, slack: 0, reason: "over-n" },
  at_least: { low: 1, high: null, slack: 0, reason: "at-least-n" },
  under: { low: null, high: 1, slack: 0, reason: "under-n" },
  at_most: { low: null, high: 1, slack: 0, reason: "at-most-n" },
  // "nearly N" is just under N: up to N, and no more than a tenth below it.
  nearly: { low: 0.9, high: 1, slack: 0, reason: "nearly-n" },
  range: { low: 1, high: 1, slack: 0, reason: "range" },
  vague: null,
};

/** Bounds a claim states: `low`/`high` null when open; null when it gives no number. */
export interface StatedBounds {
  value: number | null;
  low: number | null;
  high: number | null;
}

export function statedBounds(claim: Claim): StatedBounds | null {
  const q = QUALIFIER_BOUNDS[claim.qualifier ?? "exact"];
  if (!q) return null;
  const v = claim.value;
  if (claim.qualifier === "range" || v === null) {
    if (claim.low === null && claim.high === null) return null;
    const mid = claim.low !== null && claim.high !== null ? (claim.low + claim.high) / 2 : null;
    return { value: v ?? mid, low: claim.low, high: claim.high };
  }
  return {
    value: v,
    low: claim.low ?? (q.low === null ? null : v * q.low),
    high: claim.high ?? (q.high === null ? null : v * q.high),
  };
}

/** The interval the wording allows, for comparisons: open sides become ±Infinity. */
export function allowedInterval(claim: Claim): [number, number] | null {
  const b = statedBounds(claim);
  if (!b) return null;
  const slack = QUALIFIER_BOUNDS[claim.qualifier ?? "exact"]?.slack ?? 0;
  return [b.low === null ? -Infinity : b.low * (1 - slack), b.high === null ? Infinity : b.high * (1 + slack)];
}
