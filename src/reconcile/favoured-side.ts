// The side a claim favours: a party that would want it believed. One row per kind (or kind and measure).
import type { Kind, Measure, Side } from "../claims/index.js";

export type Favours = "self" | "opponent" | "none";

export interface FavourRow {
  kind: Kind;
  /** Omitted: every measure of the kind. */
  measure?: Measure;
  favours: Favours;
  reason: string;
}

/** First matching row wins: measure rows before kind rows. */
export const FAVOURS: FavourRow[] = [
  { kind: "casualties", favours: "opponent", reason: "losses-favour-opponent" },
  { kind: "event", measure: "withdrawal", favours: "opponent", reason: "withdrawal-favours-opponent" },
  { kind: "event", measure: "evacuation", favours: "none", reason: "evacuation-neutral" },
  { kind: "event", favours: "self", reason: "event-favours-actor" },
  { kind: "control", favours: "self", reason: "control-favours-holder" },
  { kind: "forces", favours: "self", reason: "forces-favour-own-side" },
  { kind: "area", favours: "self", reason: "area-favours-holder" },
  { kind: "population", favours: "none", reason: "reference-figure" },
  { kind: "distance", favours: "none", reason: "reference-figure" },
];

const opponent = (side: Side): Side => (side === "RU" ? "UA" : "RU");

export function favouredSide(kind: Kind, measure: Measure, side: Side | null, rows: FavourRow[] = FAVOURS): Side | null {
  if (!side) return null;
  const row = rows.find((r) => r.kind === kind && (r.measure === undefined || r.measure === measure));
  if (!row || row.favours === "none") return null;
  return row.favours === "self" ? side : opponent(side);
}
