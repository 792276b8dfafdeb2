// The claim record of shared/spec/claims.md, in code. Fields may be added; none may change meaning.
import type { ClaimReviewMark } from "./review.js";

export type Side = "RU" | "UA";
/** Side of a speaker: a party, or a third party. */
export type SourceSide = Side | "independent";

export type Kind = "casualties" | "forces" | "control" | "event" | "population" | "distance" | "area";

export const MEASURES = {
  casualties: ["killed", "wounded", "killed_or_wounded", "captured", "missing"],
  forces: ["deployed", "encircled", "at_risk"],
  control: ["controls", "contested"],
  event: ["flag_raised", "withdrawal", "evacuation", "strike"],
  population: ["population"],
  distance: ["distance", "length"],
  area: ["area", "share"],
} as const satisfies Record<Kind, readonly string[]>;

export type Measure = (typeof MEASURES)[Kind][number];
export const KINDS = Object.keys(MEASURES) as Kind[];

export type Qualifier = "exact" | "about" | "over" | "at_least" | "under" | "at_most" | "nearly" | "range" | "vague";
export type Unit = "people" | "percent" | "km" | "km2";
export type Polarity = "asserted" | "denied" | "unconfirmed";

/** A place resolved against the gazetteer. `name` is canonical, `mention` the text as written. */
export interface PlaceRef {
  name: string;
  mention: string;
  id: string | null;
  lat: number | null;
  lon: number | null;
  /** settlement | region | country */
  type?: "settlement" | "region" | "country";
  country?: string | null;
  /** Canonical name of the first-level region (oblast) the place lies in, when known. */
  region?: string | null;
  /** How exactly the claim means the place: the settlement itself, near it, or the region or country. */
  precision?: "settlement" | "near" | "region" | "country";
}

/** ISO 8601 at the precision the text supports: YYYY, YYYY-MM or YYYY-MM-DD. */
export interface Period {
  start: string | null;
  end: string | null;
  text: string;
}

export type SourceKind = "person" | "organization" | "government" | "military" | "media" | "group";

/** Who makes a claim: the speaker, never the outlet that merely reports it. */
export interface Source {
  name: string;
  kind: SourceKind;
  side: SourceSide | null;
  role: string | null;
  /** The institution the speaker speaks for ("Government of Russia"): speakers of one institution are one primary source. */
  institution?: string | null;
  /** The words of the article that named the speaker. */
  mention?: string;
  /** The registry's name for the speaker, when `name` keeps the article's own spelling ("Podoliaka"). */
  canonical?: string | null;
}

export interface Evidence {
  text: string;
  start: number;
  end: number;
}

/** A field filled by inference rather than stated in the sentence, with the rule that inferred it. */
export interface Inference {
  field: string;
  reason: string;
}

export interface Claim {
  /** Stable id: doc + evidence offsets + kind/measure/side. */
  id: string;
  doc: string;
  kind: Kind;
  measure: Measure;
  side: Side | null;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier | null;
  unit: Unit | null;
  place: PlaceRef | null;
  place2: PlaceRef | null;
  time: Period | null;
  source: Source | null;
  polarity: Polarity;
  hedges: string[];
  evidence: Evidence;
  /** Language of the article the claim was read from (ISO 639-1). */
  lang?: string;
  /** Names of the recognisers and refiners that made and shaped this claim (for --explain). */
  trail?: string[];
  /** Fields that were inferred, not stated (chrono's implied vs stated components). */
  inferred?: Inference[];
  /** Set once a person reviewed the claim (claims/review.ts): reviewed values win over the machine's. */
  review?: ClaimReviewMark;
}
