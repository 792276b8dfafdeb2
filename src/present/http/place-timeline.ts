// Claims about one place in date order, and each figure's claimed values over time (for the chart).
import type { Claim, Kind, Measure, Side, Stance, Unit } from "../../claims/index.js";
import type { TimelineEntry } from "../../reconcile/reconciler.js";
import type { LedgerStore } from "../../store/ledger-store.js";
import type { PlaceSummary } from "./place-summary.js";

export interface FigurePoint {
  date: string;
  low: number | null;
  best: number | null;
  high: number | null;
  claim: string;
  source: string | null;
  outlet: string | null;
}

export interface FigureSeries {
  kind: Kind;
  measure: Measure;
  side: Side | null;
  unit: Unit | null;
  points: FigurePoint[];
}

export interface PlaceTimeline {
  place: PlaceSummary;
  entries: TimelineEntry[];
  figures: FigureSeries[];
}

const dateOf = (c: Claim, published: string | null) => c.time?.start ?? c.time?.end ?? published;
const hasFigure = (c: Claim) => c.value !== null || c.low !== null || c.high !== null;

/** Claims of each kind a timeline reads at most, oldest first (a place can hold hundreds of thousands). */
export const MOST_CLAIMS_PER_KIND = 1000;
const TIMELINE_KINDS = new Set<Kind>(["control", "event"]);
const FIGURE_KINDS: Kind[] = ["casualties", "forces", "population"];

export async function placeTimeline(store: LedgerStore, place: PlaceSummary): Promise<PlaceTimeline> {
  const at = place.id ?? place.name;
  const claims: Claim[] = [];
  for (const kind of [...TIMELINE_KINDS, ...FIGURE_KINDS]) claims.push(...await store.claims({ place: at, kind, limit: MOST_CLAIMS_PER_KIND }));
  const docs = [...new Set(claims.map((c) => c.doc))];
  const outlets = await store.outlets(docs);
  const published = await store.publishedDates(docs);
  const all: TimelineEntry[] = claims
    .map((claim) => ({
      date: dateOf(claim, published.get(claim.doc) ?? null),
      claim,
      outlet: outlets.get(claim.doc) ?? null,
      side: claim.side,
      source: claim.source?.name ?? outlets.get(claim.doc) ?? null,
      stance: claim.polarity as Stance,
    }))
    .sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.claim.evidence.start - b.claim.evidence.start);
  const entries = all.filter((e) => TIMELINE_KINDS.has(e.claim.kind));
  const series = new Map<string, FigureSeries>();
  for (const e of all) {
    if (!e.date || !hasFigure(e.claim) || e.claim.polarity !== "asserted") continue;
    const c = e.claim;
    const key = `${c.kind}/${c.measure}/${c.side}/${c.unit}`;
    const s = series.get(key) ?? { kind: c.kind, measure: c.measure, side: c.side, unit: c.unit, points: [] };
    s.points.push({ date: e.date, low: c.low ?? c.value, best: c.value, high: c.high ?? c.value, claim: c.id, source: e.source, outlet: e.outlet });
    series.set(key, s);
  }
  return { place, entries, figures: [...series.values()] };
}
