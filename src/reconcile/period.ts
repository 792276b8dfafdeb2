// Periods as day numbers, so that "2025-11", "2025-11-30" and "2025" can be compared and swept.
import type { Claim } from "../claims/index.js";

/** Inclusive range of days since 1970-01-01 (UTC). */
export interface DaySpan {
  start: number;
  end: number;
}

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

const dayOf = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m, d) / DAY_MS);

/** "2025" → the whole year, "2025-11" → the month, "2025-11-06" → that day; null when not ISO. */
export function daySpan(iso: string | null | undefined): DaySpan | null {
  const m = iso ? ISO.exec(iso) : null;
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) {
    const d = dayOf(y, Number(m[2]) - 1, Number(m[3]));
    return { start: d, end: d };
  }
  if (m[2]) {
    const month = Number(m[2]) - 1;
    return { start: dayOf(y, month, 1), end: dayOf(y, month + 1, 1) - 1 };
  }
  return { start: dayOf(y, 0, 1), end: dayOf(y + 1, 0, 1) - 1 };
}

/** The span a claim's time covers: start of `start` to end of `end` (either may stand in for the other). */
export function claimSpan(claim: Claim): DaySpan | null {
  const s = daySpan(claim.time?.start);
  const e = daySpan(claim.time?.end);
  if (!s && !e) return null;
  return { start: (s ?? e)!.start, end: (e ?? s)!.end };
}

export const unionSpan = (a: DaySpan, b: DaySpan): DaySpan => ({
  start: Math.min(a.start, b.start),
  end: Math.max(a.end, b.end),
});

/** Days between two spans; 0 when they overlap. */
export const gapDays = (a: DaySpan, b: DaySpan): number => Math.max(0, a.start - b.end, b.start - a.end);

/** Overlap over union, 0..1: "2025-10" vs "2025-11" → 0, "2025" vs "2025-11" → ~0.08. */
export function overlapRatio(a: DaySpan, b: DaySpan): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start) + 1;
  if (inter <= 0) return 0;
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start) + 1);
}

/** Compare ISO strings by the days they cover (start first), so "2025-11" sorts before "2025-11-05". */
export function compareIso(a: string, b: string): number {
  const x = daySpan(a);
  const y = daySpan(b);
  if (!x || !y) return a < b ? -1 : a > b ? 1 : 0;
  return x.start - y.start || x.end - y.end;
}
