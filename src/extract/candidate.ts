// A claim in the making: what a recogniser proposes and refiners shape. Becomes a Claim at the end.
import type { Claim, Inference } from "../claims/index.js";

/** The claim's own fields, as far as they are known yet, plus where in the article it was found. */
export interface Candidate extends Pick<Claim,
  "kind" | "measure" | "side" | "value" | "low" | "high" | "qualifier" | "unit" | "place" | "place2" | "time" | "source" | "polarity" | "hedges"> {
  /** Index of the sentence in ArticleContext.sentences. */
  sentence: number;
  /** The words that made the candidate (the figure, or the trigger verb): absolute offsets. */
  at: number;
  end: number;
  /** Where the speaker's cue stands (absolute offset), when one was found. */
  sourceAt?: number;
  /** Evidence span; the sentence unless a refiner narrows or moves it. */
  evidence?: { start: number; end: number };
  /** How the side is found when the rule that made the candidate decides it (lexicon SideRule). */
  sideRule?: import("./lexicon.js").SideRule;
  /** The place is the one named right after the trigger ("an attack on X"), or none. */
  placeAfter?: boolean;
  /** A casualty figure after a killing verb ("its forces killed 1,200 …"): the verb's agent is not the victim. */
  victimsOfVerb?: boolean;
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
