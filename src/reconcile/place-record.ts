// The gazetteer record behind a claim's place: by id, else by name; null without reference data.
import type { PlaceRef } from "../claims/index.js";
import type { PlaceIndex, PlaceRecord } from "../places/place-index.js";

export function placeRecord(place: Pick<PlaceRef, "id" | "name"> | null, index?: PlaceIndex): PlaceRecord | null {
  if (!place || !index) return null;
  return (place.id ? index.byId(place.id) : null) ?? index.resolve(place.name);
}
