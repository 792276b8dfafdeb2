// Who says what about a contested question, side by side: "Russian officials: taken 1 December /
// Ukrainian forces: fighting ongoing / ISW: not confirmed".
import type { Claim, PrimarySource, Proposition, SourceSide, Stance } from "../claims/index.js";
import { compareIso, describeClaimFigure } from "../reconcile/index.js";
import { formatDate, titleOf } from "./wording.js";

export interface Position {
  source: string;
  side: SourceSide | null;
  stance: Stance;
  /** What the source says, in words: "Russian control of Pokrovsk", "not confirmed: …". */
  says: string;
  /** Earliest date the source's claims give; null when undated. */
  when: string | null;
  outlets: string[];
  hedges: string[];
  propositionId: string;
}

const STANCE_PREFIX: Record<Stance, string> = { asserted: "", denied: "denies: ", unconfirmed: "not confirmed: " };

/** The claims of `p` behind one primary source: by speaker name, or the outlet's own voice. */
export function claimsOfSource(source: PrimarySource, claims: Claim[], outletOf: (doc: string) => string | null): Claim[] {
  const names = new Set(source.speakers);
  return claims.filter((c) => (c.source ? names.has(c.source.name) : names.has(outletOf(c.doc) ?? "")));
}

export function positionsOf(p: Proposition, claims: Claim[], outletOf: (doc: string) => string | null): Position[] {
  const title = titleOf(p);
  return p.primary_sources.map((s) => {
    const own = claimsOfSource(s, claims, outletOf);
    // In a dispute over figures, each position is its own number: "Share held by Ukrainian: about 33.3 %".
    const figures = [...new Set(own.filter((c) => c.polarity === "asserted" && c.qualifier !== "vague" && (c.value ?? c.low ?? c.high) !== null).map(describeClaimFigure))];
    const dates = own
      .map((c) => c.time?.start ?? c.time?.end ?? null)
      .filter((d): d is string => d !== null)
      .sort(compareIso);
    return {
      source: s.name,
      side: s.side,
      stance: s.stance,
      says: `${STANCE_PREFIX[s.stance]}${title}${figures.length ? `: ${figures.join(" / ")}` : ""}`,
      when: dates[0] ?? null,
      outlets: s.reported_by,
      hedges: s.hedges ?? [],
      propositionId: p.id,
    };
  });
}

export const whenText = (when: string | null): string => (when ? formatDate(when) : "undated");

/** One side of a dispute: everyone who says the same thing. */
export interface PositionGroup {
  says: string;
  stance: Stance;
  sources: Position[];
}

const STANCE_RANK: Record<Stance, number> = { asserted: 0, denied: 1, unconfirmed: 2 };

/**
 * Positions grouped by what they say: the columns of a side-by-side view. Proposition by proposition
 * (the one reported on first), and within one: who asserts, who denies, who cannot confirm.
 */
export function groupPositions(positions: Position[]): PositionGroup[] {
  const propOrder = [...new Set(positions.map((x) => x.propositionId))];
  const rank = (x: Position) => propOrder.indexOf(x.propositionId) * 3 + STANCE_RANK[x.stance];
  positions = [...positions].sort((a, b) => rank(a) - rank(b));
  const groups = new Map<string, PositionGroup>();
  for (const x of positions) {
    const g = groups.get(x.says) ?? { says: x.says, stance: x.stance, sources: [] };
    g.sources.push(x);
    groups.set(x.says, g);
  }
  return [...groups.values()];
}

/** "gerasimov (Russian, 1 December 2025)". */
export const whoText = (x: Position, sideWord: (s: SourceSide) => string): string =>
  `${x.source} (${[x.side ? sideWord(x.side) : null, x.when ? formatDate(x.when) : null].filter(Boolean).join(", ") || "undated"})`;
