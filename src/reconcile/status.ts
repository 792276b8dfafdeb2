// A proposition's status, the first rule of ledger.md that applies.
import type { PrimarySource, PropositionStatus, Side } from "../claims/index.js";

export interface StatusInput {
  sources: PrimarySource[];
  /** Asserted figures of different primary sources differ by more than the wording allows. */
  figuresConflict: boolean;
  /** The side the proposition favours, or null when it favours none / is unknown. */
  favours: Side | null;
}

export interface StatusResult {
  status: PropositionStatus;
  reason: string;
}

export function statusOf({ sources, figuresConflict, favours }: StatusInput): StatusResult {
  const asserting = sources.filter((s) => s.stance === "asserted");
  const denying = sources.filter((s) => s.stance === "denied");
  if (asserting.length > 0 && denying.length > 0) return { status: "disputed", reason: "asserted-and-denied" };
  if (figuresConflict) return { status: "disputed", reason: "figures-differ" };
  if (asserting.length === 0) {
    return denying.length > 0
      ? { status: "denied", reason: "only-denials" }
      : { status: "unconfirmed", reason: "only-unconfirmed" };
  }
  if (asserting.length === 1) return { status: "single_source", reason: "one-primary-source" };

  const sides = new Set(asserting.map((s) => s.side));
  if (sides.has("independent")) return { status: "corroborated", reason: "independent-source" };
  if (sides.has("RU") && sides.has("UA")) return { status: "corroborated", reason: "both-sides" };
  // Several sources of one party (or of unknown side): one-sided when that party is the one it favours,
  // or when no side is favoured. All from the side it harms is an admission, which corroborates.
  const party = asserting.find((s) => s.side === "RU" || s.side === "UA")?.side ?? null;
  if (party !== null && favours !== null && party !== favours) {
    return { status: "corroborated", reason: "against-own-interest" };
  }
  return { status: "one_sided", reason: "one-side-only" };
}
