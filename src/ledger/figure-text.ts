// A proposition's figure in words: "6,500 or more people (low: SHOT)", "14–33.3 %".
import type { Figure } from "../claims/index.js";
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
