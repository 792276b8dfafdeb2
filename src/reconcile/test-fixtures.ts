// Builders for tests: made-up claims and a small fake PlaceIndex (no gazetteer needed).
import type { Claim, Source } from "../claims/index.js";
import type { PlaceIndex, PlaceRecord } from "../places/place-index.js";

let counter = 0;

type ClaimInput = Partial<Omit<Claim, "place" | "place2" | "source" | "time">> & {
  place?: string | null;
  place2?: string | null;
  /** "2031-03" or [start, end]. */
  time?: string | [string | null, string | null] | null;
  source?: Partial<Source> | string | null;
  text?: string;
};

/** A claim with sensible defaults; places become refs with id "id:<name>". */
export function makeClaim(input: ClaimInput = {}): Claim {
  const { place, place2, time, source, text, ...rest } = input;
  const id = rest.id ?? `c${++counter}`;
  const evidence = text ?? `made-up sentence ${id}`;
  return {
    id,
    doc: "doc-a",
    kind: "casualties",
    measure: "killed",
    side: null,
    value: null,
    low: null,
    high: null,
    qualifier: null,
    unit: null,
    place: place ? placeRef(place) : null,
    place2: place2 ? placeRef(place2) : null,
    time: time == null ? null : typeof time === "string" ? { start: time, end: time, text: time } : { start: time[0], end: time[1], text: "" },
    source: source == null ? null : typeof source === "string" ? { name: source, kind: "person", side: null, role: null } : { name: "anon", kind: "person", side: null, role: null, ...source },
    polarity: "asserted",
    hedges: [],
    evidence: { text: evidence, start: 0, end: evidence.length },
    ...rest,
  };
}

export const placeRef = (name: string) => ({ name, mention: name, id: `id:${name}`, lat: null, lon: null });

export function fakePlaceIndex(records: Partial<PlaceRecord>[]): PlaceIndex {
  const full: PlaceRecord[] = records.map((r) => ({
    id: `id:${r.name}`,
    name: "?",
    type: "settlement",
    country: "UA",
    region: null,
    lat: null,
    lon: null,
    population: null,
    areaKm2: null,
    ...r,
  }));
  const byName = (n: string) => full.find((r) => r.name.toLowerCase() === n.toLowerCase()) ?? null;
  return {
    findMentions: () => [],
    choose: (m) => m.candidates[0],
    resolve: (n) => byName(n),
    candidates: (n) => full.filter((r) => r.name.toLowerCase() === n.toLowerCase()).map((record) => ({ record, ownName: true })),
    byId: (id) => full.find((r) => r.id === id) ?? null,
    suggest: () => [],
  };
}

/** outletOf for tests: docs "doc-a" → "Outlet A". */
export const outletOf = (doc: string): string => `Outlet ${doc.replace(/^doc-/, "").toUpperCase()}`;
