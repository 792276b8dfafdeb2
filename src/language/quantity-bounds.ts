// The last step of reading a figure, shared by the English and the Cyrillic grammars: scaled by its unit
// ("1,2 тыс.", "25k"), with the bounds its qualifier implies ("over 6,500" has no upper bound, "about"
// none, "nearly" no lower one, a vague amount no value).
import type { Qualifier, Unit } from "../claims/index.js";
import type { Quantity } from "./quantities.js";

export interface ReadFigure {
  start: number;
  end: number;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  scaleBy: number;
  /** A fraction ("a third") is a percentage. */
  fraction?: boolean;
  unit: { unit: Unit; compound: boolean } | null;
  reasons: string[];
}

export function finishQuantity(f: ReadFigure): Quantity {
  const scaled = (n: number | null) => (n === null ? null : Math.round(n * f.scaleBy * 100) / 100);
  let value = scaled(f.value), low = scaled(f.low), high = scaled(f.high);
  const q = f.qualifier;
  if (q === "about") { low = null; high = null; }
  if (q === "over" || q === "at_least") high = null;
  if (q === "under" || q === "at_most" || q === "nearly") low = null;
  if (q === "vague") { value = null; low = null; high = null; }
  return {
    start: f.start, end: f.end, value, low, high, qualifier: q,
    unit: f.fraction ? "percent" : f.unit?.unit ?? null,
    compound: f.unit?.compound ?? false,
    reasons: f.reasons,
  };
}
