// One place's page: its control timeline (in the one order of control-timeline.ts) and each figure's
// claimed values over time (for the chart).
import type { Claim, Kind, Measure, Side, Unit } from "../claims/index.js";
import type { ClaimFilter, LedgerStore } from "../store/ledger-store.js";
import { TIMELINE_KINDS, timelineOf, type TitledTimelineEntry } from "./control-timeline.js";
import type { PlaceSummary } from "./place-summary.js";
import { claimFigureText } from "./figure-text.js";

export interface FigurePoint {
  date: string;
  /** The figure as said, qualifier kept ("over 6,500 people"). */
  text: string | null;
  /** The claim's period as given (YYYY[-MM[-DD]], or "start/end"), null when dated by its article. */
  period: string | null;
  /** The sentence that says it (at most 280 characters). */
  evidence: string;
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
  /**
   * What one figure of the series covers, so that unlike figures are never one series: the place's
   * precision (a settlement, a region, a front) and the period's (a day, a month, a year, a span).
   */
  scope: { place: string | null; period: "day" | "month" | "year" | "span" };
  points: FigurePoint[];
}

/** The period a figure covers: a day's, a month's, a year's figure, or one over a span of time. */
function periodScope(c: Claim, date: string): FigureSeries["scope"]["period"] {
  const start = c.time?.start ?? null;
  const end = c.time?.end ?? null;
  if (start && end && start !== end) return "span";
  const at = start ?? end ?? date;
  return at.length === 10 ? "day" : at.length === 7 ? "month" : "year";
}

const shortEvidence = (text: string) => (text.length > 280 ? `${text.slice(0, 279)}…` : text);

export interface PlaceTimeline {
  place: PlaceSummary;
  /** Entries of the timeline in all (the page below may hold fewer). */
  total: number;
  limit: number;
  offset: number;
  entries: TitledTimelineEntry[];
  figures: FigureSeries[];
}

/** Claims of each kind a timeline reads at most, oldest first (a place can hold hundreds of thousands). */
export const MOST_CLAIMS_PER_KIND = 1000;
const FIGURE_KINDS: Kind[] = ["casualties", "forces", "population"];
const hasFigure = (c: Claim) => c.value !== null || c.low !== null || c.high !== null;

/** Narrows a timeline to some of its claims: by outlet, the speaker's side, the status of their proposition. */
export type TimelineFilter = Pick<ClaimFilter, "outlet" | "speakerSide" | "status">;

/** The control timeline of a place (id or canonical name), every entry the ledger holds (CLI, report). */
export async function controlTimeline(store: LedgerStore, place: string, mostPerKind = Number.MAX_SAFE_INTEGER, filter: TimelineFilter = {}): Promise<TitledTimelineEntry[]> {
  const claims: Claim[] = [];
  for (const kind of TIMELINE_KINDS) claims.push(...await store.claims({ ...filter, place, kind, limit: mostPerKind }));
  const outlets = await store.outlets([...new Set(claims.map((c) => c.doc))]);
  return timelineOf(claims, (doc) => outlets.get(doc) ?? null, place);
}

export async function placeTimeline(store: LedgerStore, place: PlaceSummary, page: { limit?: number; offset?: number } = {}): Promise<PlaceTimeline> {
  const at = place.id ?? place.name;
  const all = await controlTimeline(store, at, MOST_CLAIMS_PER_KIND);
  const limit = page.limit ?? all.length;
  const offset = page.offset ?? 0;
  return { place, total: all.length, limit, offset, entries: all.slice(offset, offset + limit), figures: await figureSeries(store, at) };
}

/** Asserted figures, dated by the claim or else by its article's publication, one series per kind/measure/side/unit and scope. */
async function figureSeries(store: LedgerStore, at: string): Promise<FigureSeries[]> {
  const claims: Claim[] = [];
  for (const kind of FIGURE_KINDS) claims.push(...await store.claims({ place: at, kind, limit: MOST_CLAIMS_PER_KIND }));
  const docs = [...new Set(claims.map((c) => c.doc))];
  const outlets = await store.outlets(docs);
  const published = await store.publishedDates(docs);
  const dated = claims
    .map((c) => ({ c, date: c.time?.start ?? c.time?.end ?? published.get(c.doc) ?? null }))
    .sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.c.evidence.start - b.c.evidence.start);
  const series = new Map<string, FigureSeries>();
  for (const { c, date } of dated) {
    if (!date || !hasFigure(c) || c.polarity !== "asserted") continue;
    const scope = { place: c.place?.precision ?? null, period: periodScope(c, date) };
    const key = `${c.kind}/${c.measure}/${c.side}/${c.unit}/${scope.place}/${scope.period}`;
    const s = series.get(key) ?? { kind: c.kind, measure: c.measure, side: c.side, unit: c.unit, scope, points: [] };
    const outlet = outlets.get(c.doc) ?? null;
    const period = c.time ? (c.time.start && c.time.end && c.time.start !== c.time.end ? `${c.time.start}/${c.time.end}` : c.time.start ?? c.time.end) : null;
    s.points.push({ date, text: claimFigureText(c), period, evidence: shortEvidence(c.evidence.text), low: c.low ?? c.value, best: c.value, high: c.high ?? c.value, claim: c.id, source: c.source?.name ?? outlet, outlet });
    series.set(key, s);
  }
  return [...series.values()];
}
