// How far apart in time two claims of one group may be and still be one proposition.
import type { Kind } from "../claims/index.js";

export type PeriodRule =
  /** States and events: a new proposition when the gap between claims exceeds `gapDays`. */
  | { mode: "gap"; gapDays: number; reason: string }
  /** Figures: one proposition per period; periods that overlap less than `minOverlap` differ. */
  | { mode: "period"; minOverlap: number; reason: string };

export const PERIOD_RULES: Record<Kind, PeriodRule> = {
  control: { mode: "gap", gapDays: 21, reason: "control-3-weeks" },
  event: { mode: "gap", gapDays: 21, reason: "event-3-weeks" },
  // A monthly toll for October and one for November are two figures, not one disputed figure.
  casualties: { mode: "period", minOverlap: 0.5, reason: "figure-period" },
  forces: { mode: "period", minOverlap: 0.5, reason: "figure-period" },
  population: { mode: "period", minOverlap: 0.5, reason: "figure-period" },
  distance: { mode: "period", minOverlap: 0.5, reason: "figure-period" },
  area: { mode: "period", minOverlap: 0.5, reason: "figure-period" },
};
