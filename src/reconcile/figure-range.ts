// low / best / high over the asserted claims of a proposition, naming the primary source behind each bound.
import type { Claim, Figure } from "../claims/index.js";
import { allowedInterval, statedBounds } from "./qualifier-bounds.js";

/** Primary-source name of each claim id. */
export type SourceOf = (claim: Claim) => string;

export function figureOf(asserted: Claim[], sourceOf: SourceOf): Figure | null {
  const rows = asserted.flatMap((claim) => {
    const b = statedBounds(claim);
    return b ? [{ claim, ...b }] : [];
  });
  if (rows.length === 0) return null;

  const values = rows.map((r) => r.value).filter((v): v is number => v !== null);
  const low = outerBound(rows, "low", (a, b) => a < b);
  const high = outerBound(rows, "high", (a, b) => a > b);
  return {
    low: low.value,
    best: values.length ? median(values) : null,
    high: high.value,
    unit: rows.find((r) => r.claim.unit)?.claim.unit ?? null,
    low_from: low.claim ? sourceOf(low.claim) : null,
    high_from: high.claim ? sourceOf(high.claim) : null,
  };
}

type Row = { claim: Claim; value: number | null; low: number | null; high: number | null };

/**
 * The outermost closed bound; an open bound ("over 6,500" has no high) wins only when no closed bound
 * lies beyond the number it starts from.
 */
function outerBound(
  rows: Row[],
  side: "low" | "high",
  beyond: (a: number, b: number) => boolean,
): { value: number | null; claim: Claim | null } {
  const other = side === "low" ? "high" : "low";
  let best: Row | null = null;
  for (const r of rows) if (r[side] !== null && (!best || beyond(r[side]!, best[side]!))) best = r;
  const open = rows.find(
    (r) => r[side] === null && r[other] !== null && (!best || !beyond(best[side]!, r[other]!)),
  );
  if (open) return { value: null, claim: open.claim };
  return { value: best ? best[side] : null, claim: best?.claim ?? null };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Whether asserted figures of different primary sources differ by more than their wording allows.
 * Each source's claims form one hull; in one dimension, hulls share a point iff max(low) <= min(high).
 */
export function figuresConflict(asserted: Claim[], sourceOf: SourceOf): boolean {
  const hulls = new Map<string, [number, number]>();
  for (const claim of asserted) {
    const iv = allowedInterval(claim);
    if (!iv) continue;
    const key = sourceOf(claim);
    const h = hulls.get(key);
    hulls.set(key, h ? [Math.min(h[0], iv[0]), Math.max(h[1], iv[1])] : iv);
  }
  let maxLow = -Infinity;
  let minHigh = Infinity;
  for (const [lo, hi] of hulls.values()) {
    maxLow = Math.max(maxLow, lo);
    minHigh = Math.min(minHigh, hi);
  }
  return hulls.size > 1 && maxLow > minHigh;
}
