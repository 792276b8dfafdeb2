// The proposition record of shared/spec/ledger.md, in code.
import type { Kind, Measure, Side, SourceSide, Unit } from "./claim.js";

export type Stance = "asserted" | "denied" | "unconfirmed";
export type PropositionStatus = "disputed" | "denied" | "unconfirmed" | "single_source" | "one_sided" | "corroborated";
export const STATUSES: PropositionStatus[] = ["disputed", "denied", "unconfirmed", "single_source", "one_sided", "corroborated"];

export interface PrimarySource {
  name: string;
  side: SourceSide | null;
  /** Names of the speakers merged into this source ("Kyiv", "Volodymyr Zelensky"). */
  speakers: string[];
  stance: Stance;
  /** Outlets that carried this source's claim. */
  reported_by: string[];
  /** Hedges attached to this source's claims anywhere ("without citing sources"). */
  hedges?: string[];
}

export interface Figure {
  low: number | null;
  best: number | null;
  high: number | null;
  unit: Unit | null;
  low_from: string | null;
  high_from: string | null;
}

export interface Check {
  against: "gazetteer" | "region_area" | string;
  result: "consistent" | "inconsistent";
  detail: string;
}

export interface Proposition {
  id: string;
  kind: Kind;
  measure: Measure;
  side: Side | null;
  place: { name: string; id: string | null } | null;
  time: { start: string | null; end: string | null } | null;
  claims: string[];
  reports: number;
  primary_sources: PrimarySource[];
  figure: Figure | null;
  status: PropositionStatus;
  related: { id: string; relation: "contradicts" | "refines" | string }[];
  checks: Check[];
}
