// One cluster of claims → one proposition (related and checks are added later, across propositions).
import { createHash } from "node:crypto";
import type { Claim, Proposition } from "../claims/index.js";
import { favouredSide, type FavourRow } from "./favoured-side.js";
import { figureOf, figuresConflict } from "./figure-range.js";
import { mergePrimarySources, type SourceContext } from "./primary-sources.js";
import { compareIso, daySpan } from "./period.js";
import { statusOf } from "./status.js";

export interface BuildOptions {
  favours?: FavourRow[];
}

/** A proposition and the reasons behind it (kept beside the record, for --explain). */
export interface Built {
  proposition: Proposition;
  statusReason: string;
}

/** Stable id from the group and the period anchor, so re-reconciling a group keeps its ids. */
export const propositionId = (group: string, anchor: string): string =>
  "p-" + createHash("sha1").update(`${group}#${anchor}`).digest("hex").slice(0, 12);

export function buildProposition(
  group: string,
  anchor: string,
  claims: Claim[],
  ctx: SourceContext,
  options: BuildOptions = {},
): Built {
  const first = claims[0];
  const merged = mergePrimarySources(claims, ctx);
  const asserted = claims.filter((c) => c.polarity === "asserted");
  const { status, reason } = statusOf({
    sources: merged.sources,
    figuresConflict: figuresConflict(asserted, merged.sourceOf),
    favours: favouredSide(first.kind, first.measure, first.side, options.favours),
  });
  const proposition: Proposition = {
    id: propositionId(group, anchor),
    kind: first.kind,
    measure: first.measure,
    side: first.side,
    place: first.place ? { name: first.place.name, id: first.place.id } : null,
    time: timeOf(claims),
    claims: claims.map((c) => c.id),
    reports: new Set(claims.map((c) => c.doc)).size,
    primary_sources: merged.sources,
    figure: figureOf(asserted, merged.sourceOf),
    status,
    related: [],
    checks: [],
  };
  return { proposition, statusReason: reason };
}

/** Earliest start to latest end of the claims' own times (ISO strings as written); null when none. */
function timeOf(claims: Claim[]): Proposition["time"] {
  let start: string | null = null;
  let end: string | null = null;
  for (const c of claims) {
    const s = c.time?.start ?? c.time?.end ?? null;
    const e = c.time?.end ?? c.time?.start ?? null;
    if (s && (start === null || compareIso(s, start) < 0)) start = s;
    if (e && (end === null || endsAfter(e, end))) end = e;
  }
  return start === null && end === null ? null : { start, end };
}

/** "2025-11" ends after "2025-11-05" although it starts before it. */
const endsAfter = (a: string, b: string): boolean => (daySpan(a)?.end ?? 0) > (daySpan(b)?.end ?? 0);
