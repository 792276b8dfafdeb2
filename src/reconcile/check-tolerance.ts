// How far a claimed figure may be from reference data, by qualifier: "roughly 40 km" allows more than "40 km".
import type { Claim, Qualifier } from "../claims/index.js";
import { statedBounds } from "./qualifier-bounds.js";

export type SlackTable = Partial<Record<Qualifier, number>> & { default: number };

export const DISTANCE_SLACK: SlackTable = { exact: 0.1, about: 0.25, nearly: 0.1, default: 0.1 };
export const POPULATION_SLACK: SlackTable = { exact: 0.15, about: 0.25, default: 0.15 };
export const SHARE_SLACK: SlackTable = { exact: 0.05, about: 0.1, default: 0.05 };

/** The interval a claim allows against reference data; null for vague claims. */
export function checkInterval(claim: Claim, table: SlackTable): [number, number] | null {
  const b = statedBounds(claim);
  if (!b) return null;
  const slack = table[claim.qualifier ?? "exact"] ?? table.default;
  return [b.low === null ? -Infinity : b.low * (1 - slack), b.high === null ? Infinity : b.high * (1 + slack)];
}

export const within = (x: number, [lo, hi]: [number, number]): boolean => x >= lo && x <= hi;

export const slackOf = (claim: Claim, table: SlackTable): number => table[claim.qualifier ?? "exact"] ?? table.default;

/** Asserted claims with a number, one per distinct wording (value + qualifier). */
export function distinctFigures(claims: Claim[]): Claim[] {
  const seen = new Map<string, Claim>();
  for (const c of claims) {
    if (c.polarity !== "asserted" || !statedBounds(c)) continue;
    const key = `${c.value}|${c.low}|${c.high}|${c.qualifier}`;
    if (!seen.has(key)) seen.set(key, c);
  }
  return [...seen.values()];
}
