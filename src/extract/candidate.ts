// A claim in the making: what a recogniser proposes and refiners shape. Becomes a Claim at the end.
import type { Inference, Kind, Measure, Period, PlaceRef, Polarity, Qualifier, Side, Source, Unit } from "../claims/index.js";

export interface Candidate {
  kind: Kind;
  measure: Measure;
  side: Side | null;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier | null;
  unit: Unit | null;
  /** Index of the sentence in ArticleContext.sentences. */
  sentence: number;
  /** The words that made the candidate (the figure, or the trigger verb): absolute offsets. */
  at: number;
  end: number;
  place: PlaceRef | null;
  place2: PlaceRef | null;
  time: Period | null;
  source: Source | null;
  /** Where the speaker's cue stands (absolute offset), when one was found. */
  sourceAt?: number;
  polarity: Polarity;
  hedges: string[];
  /** Evidence span; the sentence unless a refiner narrows or moves it. */
  evidence?: { start: number; end: number };
  /** What a place refiner may fall back on when the sentence names no place. */
  placeFallback: "none" | "previous" | "focus";
  trail: string[];
  inferred: Inference[];
}

export const newCandidate = (fields: Partial<Candidate> & Pick<Candidate, "kind" | "measure" | "sentence" | "at" | "end">): Candidate => ({
  side: null, value: null, low: null, high: null, qualifier: null, unit: null,
  place: null, place2: null, time: null, source: null, polarity: "asserted", hedges: [],
  placeFallback: "none", trail: [], inferred: [],
  ...fields,
});
