// The report's structure, shared by the Markdown and HTML renderers: one section per place (most claims
// first, propositions without a place last), each with its propositions, disputes and control timeline.
import type { Claim, Proposition } from "../../claims/index.js";
import { placeKey, type TimelineEntry } from "../../reconcile/index.js";
import { boundsText, positionsOf, timelineOf, wordsOf, type Position } from "../../ledger/index.js";
import { allClaims, claimsOf, type Ledger } from "./ledger.js";

export interface PropositionView {
  proposition: Proposition;
  title: string;
  figure: string | null;
  bounds: string | null;
  claims: Claim[];
  /** Positions of every source, this proposition's and its contradicting ones' (disputes only). */
  positions: Position[];
  related: { id: string; relation: string; title: string; status: string | null }[];
  statusReason: string | null;
}

export interface ReportSection {
  place: { name: string; id: string | null } | null;
  claimCount: number;
  propositions: PropositionView[];
  timeline: TimelineEntry[];
}

export interface ReportModel {
  title: string;
  counts: { propositions: number; claims: number; articles: number; byStatus: Record<string, number> };
  sections: ReportSection[];
}

const KIND_ORDER = ["control", "event", "forces", "casualties", "area", "population", "distance"];

export function buildReport(ledger: Ledger): ReportModel {
  const byId = new Map(ledger.propositions.map((p) => [p.id, p]));
  const groups = new Map<string, Proposition[]>();
  for (const p of ledger.propositions) {
    const key = p.place ? placeKey(p.place) : "";
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  const everyClaim = allClaims(ledger);
  const sections = [...groups.entries()].map(([key, props]): ReportSection => {
    const place = key ? props[0].place : null;
    const views = props.map((p) => viewOf(p, ledger, byId)).sort(compareViews);
    const claimCount = new Set(props.flatMap((p) => p.claims)).size;
    const tl = place ? (ledger.timelines?.[place.id ?? ""] ?? ledger.timelines?.[place.name] ?? timelineOf(everyClaim, ledger.outletOf, place.id ?? place.name)) : [];
    return { place, claimCount, propositions: views, timeline: tl };
  });
  sections.sort((a, b) => (a.place === null ? 1 : 0) - (b.place === null ? 1 : 0) || b.claimCount - a.claimCount);

  const byStatus: Record<string, number> = {};
  for (const p of ledger.propositions) byStatus[p.status] = (byStatus[p.status] ?? 0) + 1;
  const cited = new Set(ledger.propositions.flatMap((p) => p.claims));
  const docs = new Set(everyClaim.filter((c) => cited.has(c.id)).map((c) => c.doc));
  return {
    title: ledger.title ?? "fogline report",
    counts: { propositions: ledger.propositions.length, claims: cited.size, articles: docs.size, byStatus },
    sections,
  };
}

function viewOf(p: Proposition, ledger: Ledger, byId: Map<string, Proposition>): PropositionView {
  const claims = claimsOf(ledger, p);
  const contradicting = p.related.filter((r) => r.relation === "contradicts").map((r) => byId.get(r.id)).filter((q): q is Proposition => !!q);
  const isDispute = p.status === "disputed" || contradicting.length > 0;
  const positions = isDispute
    ? [p, ...contradicting].flatMap((q) => positionsOf(q, q === p ? claims : claimsOf(ledger, q), ledger.outletOf))
    : [];
  const words = wordsOf(p, claims);
  return {
    proposition: p,
    title: words.title,
    figure: words.figure_text,
    bounds: boundsText(p.figure),
    claims,
    positions,
    related: p.related.map((r) => {
      const q = byId.get(r.id);
      return { id: r.id, relation: r.relation, title: q ? wordsOf(q, claimsOf(ledger, q)).title : r.id, status: q?.status ?? null };
    }),
    statusReason: (p as Proposition & { status_reason?: string }).status_reason ?? null,
  };
}

function compareViews(a: PropositionView, b: PropositionView): number {
  const k = KIND_ORDER.indexOf(a.proposition.kind) - KIND_ORDER.indexOf(b.proposition.kind);
  return k || b.claims.length - a.claims.length || a.title.localeCompare(b.title);
}
