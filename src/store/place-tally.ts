// Claims per place in one article, so that places() reads a small table instead of counting claims. One
// tally for every engine (sqlite/article-ingest.ts, postgres/pg-article-ingest.ts).
import type { PlaceRef } from "../claims/index.js";
import { foldName } from "./sqlite/claim-row.js";

export interface PlaceTally {
  place_key: string;
  place_id: string;
  name: string;
  lat: number | null;
  lon: number | null;
  claims: number;
}

export function tallyPlaces(places: Iterable<PlaceRef | null | undefined>): PlaceTally[] {
  const tally = new Map<string, PlaceTally>();
  for (const place of places) {
    if (!place) continue;
    const place_key = foldName(place.name);
    const place_id = place.id ?? "";
    const key = `${place_key}\u0000${place_id}`;
    const seen = tally.get(key);
    if (seen) seen.claims += 1;
    else tally.set(key, { place_key, place_id, name: place.name, lat: place.lat, lon: place.lon, claims: 1 });
  }
  return [...tally.values()];
}
