// One place lookup for every view (issue 13): the CLI's --place/--place-id, the API's place/place_id and
// /api/places/:name, the web filter. A typed name is read through the gazetteer (canonical, alternate and
// former names, transliterations, Cyrillic in any case form, any letter case), then held against the
// places the ledger has claims about.
//
// Rules, in order:
//   1. place_id given, or a name that is an id: that gazetteer record (or ledger place), whatever the name.
//   2. ambiguous when the name is the own name of a region and of a settlement ("Donetsk": the city or
//      the oblast; "Kharkiv" likewise), or when more than one of its places has claims: the candidates
//      are listed (own-name matches and every one with claims) and nothing is guessed.
//   3. otherwise the best-ranked place with claims ("Krasnoarmeysk" is Pokrovsk, "Artemivsk" is
//      Bakhmut when the ledger holds Bakhmut), else the best-ranked place: known, with no claims yet.
//   4. a name the gazetteer and the ledger both lack is unknown, with close names suggested.
import type { PlaceIndex, PlaceRecord } from "../places/index.js";
import { editDistance, foldName } from "../places/index.js";

/** A place the ledger holds claims about (LedgerStore.places()). */
export interface LedgerPlace {
  name: string;
  id: string | null;
  claims: number;
  lat?: number | null;
  lon?: number | null;
}

export interface ResolvedPlace {
  /** Gazetteer id, or the ledger's id (null for a place stored without one). */
  id: string | null;
  name: string;
  type: PlaceRecord["type"] | null;
  region: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** Claims the ledger holds about it (0: known, nothing yet). */
  claims: number;
  /** What LedgerStore filters take as `place`: the stored id, else the stored name, else the canonical name. */
  key: string;
}

export type PlaceLookup =
  | { status: "found"; typed: string; place: ResolvedPlace }
  | { status: "ambiguous"; typed: string; candidates: ResolvedPlace[] }
  | { status: "unknown"; typed: string; suggestions: string[] };

export interface PlaceQuery {
  /** The name as typed, in any spelling. */
  name?: string;
  /** A gazetteer (or ledger) id, to pick one of an ambiguous name's candidates. */
  id?: string;
}

const MOST_CANDIDATES = 8;

export function lookupPlace(query: PlaceQuery, ledger: readonly LedgerPlace[], gazetteer: PlaceIndex): PlaceLookup {
  const typed = (query.id ?? query.name ?? "").trim();
  const stored = storedOf(ledger, gazetteer);
  // An id given as the name ("704422", "ADM1:UA.05", from a link) is that id.
  const isId = query.id !== undefined || gazetteer.byId(typed) !== null || ledger.some((p) => p.id === typed);
  if (isId) {
    const id = typed;
    const record = gazetteer.byId(id);
    if (record) return { status: "found", typed, place: resolved(record, stored(record)) };
    const held = ledger.find((p) => p.id === id);
    if (held) return { status: "found", typed, place: ledgerOnly(held) };
    return { status: "unknown", typed, suggestions: [] };
  }
  const candidates = gazetteer.candidates(typed).map((c) => ({ ...c, place: resolved(c.record, stored(c.record)) }));
  // A place stored without a gazetteer id is found by its stored name alone.
  const folded = foldName(typed);
  const loose = ledger.filter((p) => foldName(p.name) === folded && !candidates.some((c) => c.place.key === (p.id ?? p.name)));
  // (A ledger id the gazetteer lacks is looked up as given, too: "/api/places/id:Pokrovsk".)
  const options = [...candidates.map((c) => ({ place: c.place, ownName: c.ownName, type: c.record.type })), ...loose.map((p) => ({ place: ledgerOnly(p), ownName: true, type: null }))];
  if (!options.length) return { status: "unknown", typed, suggestions: suggest(typed, ledger, gazetteer) };
  const held = options.filter((o) => o.place.claims > 0);
  const own = options.filter((o) => o.ownName);
  const regionAndTown = own.some((o) => o.type === "region") && own.some((o) => o.type === "settlement");
  if (held.length > 1 || regionAndTown) {
    const listed = options.filter((o) => o.ownName || o.place.claims > 0).slice(0, MOST_CANDIDATES);
    return { status: "ambiguous", typed, candidates: listed.map((o) => o.place) };
  }
  return { status: "found", typed, place: (held[0] ?? options[0]).place };
}

/** "Pokrovsk (Donetsk Oblast)", "Donetsk (Rostov Oblast, RU)", "Donetsk Oblast": region, and the country outside Ukraine. */
export function placeLabel(place: Pick<ResolvedPlace, "name" | "region" | "country">): string {
  const where = [place.region, place.country && place.country !== "UA" ? place.country : null].filter(Boolean);
  return where.length ? `${place.name} (${where.join(", ")})` : place.name;
}

/** A record's place in the ledger: by id, else by name when the stored id is none of the gazetteer's. */
function storedOf(ledger: readonly LedgerPlace[], gazetteer: PlaceIndex): (record: PlaceRecord) => LedgerPlace | null {
  const byId = new Map(ledger.filter((p) => p.id !== null).map((p) => [p.id!, p]));
  const byName = new Map(ledger.filter((p) => p.id === null || !gazetteer.byId(p.id)).map((p) => [foldName(p.name), p]));
  return (record) => byId.get(record.id) ?? byName.get(foldName(record.name)) ?? null;
}

const resolved = (record: PlaceRecord, held: LedgerPlace | null): ResolvedPlace => ({
  id: record.id, name: record.name, type: record.type, region: record.region, country: record.country, lat: record.lat, lon: record.lon,
  claims: held?.claims ?? 0, key: held ? held.id ?? held.name : record.id,
});

const ledgerOnly = (p: LedgerPlace): ResolvedPlace => ({ id: p.id, name: p.name, type: null, region: null, country: null, lat: p.lat ?? null, lon: p.lon ?? null, claims: p.claims, key: p.id ?? p.name });

/** Close names: the ledger's own places (what a search would find), else the gazetteer's. */
function suggest(typed: string, ledger: readonly LedgerPlace[], gazetteer: PlaceIndex): string[] {
  const t = foldName(typed);
  const max = Math.max(2, Math.floor(t.length / 3));
  const near = ledger
    .map((p) => ({ name: p.name, d: editDistance(t, foldName(p.name), max) }))
    .filter((x) => x.d <= max)
    .sort((a, b) => a.d - b.d)
    .map((x) => x.name);
  return near.length ? near.slice(0, 3) : gazetteer.suggest(typed, 3);
}

/** The one-line answers every edge words alike. */
export const noClaimsText = (place: ResolvedPlace) => `no claims about ${placeLabel(place)} yet`;
export const candidatesText = (candidates: readonly ResolvedPlace[]) =>
  candidates.map((c) => `${c.id ?? c.name} ${placeLabel(c)}${c.claims ? `, ${c.claims} claim${c.claims === 1 ? "" : "s"}` : ""}`).join("; ");
