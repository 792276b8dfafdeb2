// A proposition's figure in words: "6,500 or more people (low: SHOT)", "14–33.3 %".
import type { Claim, Figure, Qualifier } from "../claims/index.js";
import { formatNumber } from "../reconcile/index.js";

const UNITS: Record<string, string> = { people: " people", percent: " %", km: " km", km2: " km²" };

export function figureText(f: Figure | null): string | null {
  if (!f) return null;
  const unit = UNITS[f.unit ?? ""] ?? "";
  const n = (x: number) => formatNumber(x, 1);
  let range: string;
  if (f.low !== null && f.high !== null) range = f.low === f.high ? n(f.low) : `${n(f.low)}–${n(f.high)}`;
  else if (f.low !== null) range = `${n(f.low)} or more`;
  else if (f.high !== null) range = `up to ${n(f.high)}`;
  else range = "open";
  const best = f.best !== null && f.best !== f.low && f.best !== f.high ? ` (median ${n(f.best)})` : "";
  return `${range}${unit}${best}`;
}

/** Who stands behind each bound: "low: A; high: B", or "both bounds: A". */
export function boundsText(f: Figure | null): string | null {
  if (!f || (!f.low_from && !f.high_from)) return null;
  if (f.low_from === f.high_from) return `both bounds: ${f.low_from}`;
  return [f.low_from && `low: ${f.low_from}`, f.high_from && `high: ${f.high_from}`].filter(Boolean).join("; ");
}

const QUALIFIER_WORDS: Partial<Record<Qualifier, string>> = { about: "about ", over: "over ", at_least: "at least ", under: "under ", at_most: "at most ", nearly: "nearly ", vague: "" };

/** One claim's figure as it was said, qualifier kept: "over 6,500 people", "100–150 people", "about 33.3 %". */
export function claimFigureText(c: Pick<Claim, "value" | "low" | "high" | "qualifier" | "unit">): string | null {
  const unit = UNITS[c.unit ?? ""] ?? "";
  const n = (x: number) => formatNumber(x, 1);
  if (c.value === null) {
    if (c.low !== null && c.high !== null) return c.low === c.high ? `${n(c.low)}${unit}` : `${n(c.low)}–${n(c.high)}${unit}`;
    if (c.low !== null) return `${n(c.low)} or more${unit}`;
    if (c.high !== null) return `up to ${n(c.high)}${unit}`;
    return null;
  }
  if (c.qualifier === "range" && c.low !== null && c.high !== null && c.low !== c.high) return `${n(c.low)}–${n(c.high)}${unit}`;
  return `${QUALIFIER_WORDS[c.qualifier ?? "exact"] ?? ""}${n(c.value)}${unit}`;
}
