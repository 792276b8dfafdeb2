// Places with claims, each with its latest claimed control and that proposition's status (for the map).
import { canonicalPlace } from "./place-name.js";
import type { Measure, Proposition, PropositionStatus, Side } from "../../claims/index.js";
import type { LedgerStore } from "../../store/ledger-store.js";

export interface PlaceControl {
  side: Side | null;
  measure: Measure;
  status: PropositionStatus;
  proposition: string;
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
  control: PlaceControl | null;
}

export type PlaceType = "settlement" | "region" | "country";

/** The gazetteer's ids (places/place-index.ts): GeoNames numbers for settlements, "ADM1:…" for regions, ISO codes for countries. */
export function placeTypeOf(id: string | null): PlaceType | null {
  if (id === null) return null;
  if (/^\d+$/.test(id)) return "settlement";
  if (/^ADM\d:/.test(id)) return "region";
  if (/^[A-Z]{2,3}$/.test(id)) return "country";
  return null;
}

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
const placeKey = (place: { name: string; id: string | null }) => place.id ?? fold(place.name);
const latest = (p: Proposition) => p.time?.end ?? p.time?.start ?? "";

/** Latest first; on the same date, the better-reported one (an assertion outranks a denial). */
function later(a: Proposition, b: Proposition): boolean {
  if (latest(a) !== latest(b)) return latest(a) > latest(b);
  const asserts = (p: Proposition) => p.primary_sources.some((s) => s.stance === "asserted");
  if (asserts(a) !== asserts(b)) return asserts(a);
  return a.reports > b.reports;
}

export async function summarisePlaces(store: LedgerStore): Promise<PlaceSummary[]> {
  const control = new Map<string, Proposition>();
  for (const p of await store.propositions({ kind: "control", limit: 1_000_000 })) {
    if (!p.place) continue;
    const held = control.get(placeKey(p.place));
    if (!held || later(p, held)) control.set(placeKey(p.place), p);
  }
  return (await store.places()).map((place) => {
    const p = control.get(placeKey(place)) ?? control.get(fold(place.name));
    return {
      ...place,
      type: placeTypeOf(place.id),
      control: p ? { side: p.side, measure: p.measure, status: p.status, proposition: p.id, time: p.time } : null,
    };
  });
}

/** A place by id or by name (case and accents folded). */
export function findPlace(places: PlaceSummary[], idOrName: string): PlaceSummary | null {
  const find = (name: string) => places.find((p) => p.id === name || fold(p.name) === fold(name)) ?? null;
  // ("Покровськ": the Cyrillic spelling, in any case form, of a place stored under its canonical name.)
  return find(idOrName) ?? find(canonicalPlace(idOrName) ?? idOrName);
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
