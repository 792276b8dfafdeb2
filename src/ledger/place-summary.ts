// Places with claims, each with the control proposition that speaks for it (for the map and place pages).
// The map colours a place by that proposition's status and side, never by whichever claim came last: a
// disputed proposition outranks a single-source one however recent (issue 13).
import type { Measure, Proposition, PropositionStatus, Side } from "../claims/index.js";
import { placeKey } from "../reconcile/index.js";
import type { LedgerStore } from "../store/ledger-store.js";
import type { ResolvedPlace } from "./place-lookup.js";
import { wordsOf } from "./proposition-words.js";

export interface PlaceControl {
  side: Side | null;
  measure: Measure;
  status: PropositionStatus;
  proposition: string;
  /** The proposition's title: "Russian control of Pokrovsk". */
  title: string;
  time: { start: string | null; end: string | null } | null;
}

export interface PlaceSummary {
  name: string;
  id: string | null;
  /** From the gazetteer's id scheme; null when the id says nothing. */
  type: PlaceType | null;
  lat: number | null;
  lon: number | null;
  claims: number;
  /** The status of the place's leading control proposition (what the map styles by); null without one. */
  status: PropositionStatus | null;
  control: PlaceControl | null;
}

export type PlaceType = "settlement" | "region" | "country";

/** The gazetteer's ids (places/place-index.ts): GeoNames numbers for settlements, "ADM1:…" for regions, ISO codes for countries. */
export function placeTypeOf(id: string | null): PlaceType | null {
  if (id === null) return null;
  if (/^\d+$/.test(id) || /^(?:katottg|extra):/.test(id)) return "settlement";
  if (/^ADM\d:/.test(id)) return "region";
  if (/^[A-Z]{2,3}$/.test(id)) return "country";
  return null;
}

/** Which control proposition speaks for a place: the most contested status first, then a claim of control over fighting. */
export const STATUS_WEIGHT: Record<PropositionStatus, number> = {
  disputed: 6, corroborated: 5, one_sided: 4, single_source: 3, unconfirmed: 2, denied: 1,
};
const MEASURE_WEIGHT: Partial<Record<Measure, number>> = { controls: 2, contested: 1 };
const latest = (p: Proposition) => p.time?.end ?? p.time?.start ?? "";

/** True when `a` should speak for the place rather than `b`: status, then measure, then latest, then more reports. */
export function outranks(a: Proposition, b: Proposition): boolean {
  const by = [
    STATUS_WEIGHT[a.status] - STATUS_WEIGHT[b.status],
    (MEASURE_WEIGHT[a.measure] ?? 0) - (MEASURE_WEIGHT[b.measure] ?? 0),
    latest(a) < latest(b) ? -1 : latest(a) > latest(b) ? 1 : 0,
    a.reports - b.reports,
  ].find((d) => d !== 0);
  return (by ?? 0) > 0;
}

export async function summarisePlaces(store: LedgerStore): Promise<PlaceSummary[]> {
  const control = new Map<string, Proposition>();
  for (const p of await store.propositions({ kind: "control", limit: 1_000_000 })) {
    if (!p.place) continue;
    const key = placeKey(p.place);
    const held = control.get(key);
    if (!held || outranks(p, held)) control.set(key, p);
  }
  return (await store.places()).map((place) => {
    const p = control.get(placeKey(place)) ?? control.get(placeKey({ id: null, name: place.name }));
    return {
      ...place,
      type: placeTypeOf(place.id),
      status: p?.status ?? null,
      control: p ? { side: p.side, measure: p.measure, status: p.status, proposition: p.id, title: wordsOf(p).title, time: p.time } : null,
    };
  });
}

/** A looked-up place's summary (ledger/place-lookup.ts): the ledger's, else the gazetteer's with 0 claims; with its region and country. */
export function summaryOfPlace(places: readonly PlaceSummary[], place: ResolvedPlace): PlaceSummary & Pick<ResolvedPlace, "region" | "country"> {
  const held = places.find((p) => (p.id ?? p.name) === place.key);
  const where = { region: place.region, country: place.country };
  if (held) return { ...held, ...where };
  return { name: place.name, id: place.id, type: place.type ?? placeTypeOf(place.id), lat: place.lat, lon: place.lon, claims: 0, status: null, control: null, ...where };
}

export interface PlaceSummaries {
  all(): Promise<PlaceSummary[]>;
  /** After a write: the next read summarises the ledger again. */
  invalidate(): void;
}

/**
 * Summarising places reads every control proposition (on a large ledger, hundreds of thousands of claim
 * ids): the answer is kept for `ttlMs`, and dropped at once when an article is added through the API.
 * Another process ingesting into the same file is seen after at most `ttlMs`.
 */
export function createPlaceSummaries(store: LedgerStore, ttlMs = 10_000, now: () => number = Date.now): PlaceSummaries {
  let kept: { at: number; places: PlaceSummary[] } | null = null;
  return {
    async all() {
      if (!kept || now() - kept.at > ttlMs) kept = { at: now(), places: await summarisePlaces(store) };
      return kept.places;
    },
    invalidate() {
      kept = null;
    },
  };
}
