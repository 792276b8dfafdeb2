// Places with coordinates and their propositions, as a GeoJSON FeatureCollection (RFC 7946: [lon, lat]).
import type { Proposition, PropositionStatus } from "../../claims/index.js";
import { placeKey } from "../../reconcile/index.js";

/** Anything with a name, an id and coordinates: PlaceRecord, PlaceRef. */
export interface PlaceWithCoordinates {
  id: string | null;
  name: string;
  lat: number | null;
  lon: number | null;
}

export interface PlaceFeature {
  type: "Feature";
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: {
    name: string;
    place_id: string | null;
    claims: number;
    statuses: Partial<Record<PropositionStatus, number>>;
    propositions: Pick<Proposition, "id" | "kind" | "measure" | "side" | "status" | "time" | "figure">[];
  };
}

export interface PlaceFeatureCollection {
  type: "FeatureCollection";
  features: PlaceFeature[];
}

export function propositionsToGeoJson(propositions: Proposition[], places: Iterable<PlaceWithCoordinates>): PlaceFeatureCollection {
  const lookup = new Map<string, PlaceWithCoordinates>();
  for (const place of places) {
    if (place.id) lookup.set(place.id, place);
    lookup.set(placeKey({ id: null, name: place.name }), place);
  }
  const byPlace = new Map<string, { place: PlaceWithCoordinates; props: Proposition[] }>();
  for (const p of propositions) {
    if (!p.place) continue;
    const place = (p.place.id ? lookup.get(p.place.id) : undefined) ?? lookup.get(placeKey({ id: null, name: p.place.name }));
    if (!place || place.lat === null || place.lon === null) continue;
    const key = place.id ?? place.name;
    const entry = byPlace.get(key) ?? { place, props: [] };
    entry.props.push(p);
    byPlace.set(key, entry);
  }
  const features = [...byPlace.entries()].map(([key, { place, props }]): PlaceFeature => {
    const statuses: Partial<Record<PropositionStatus, number>> = {};
    for (const p of props) statuses[p.status] = (statuses[p.status] ?? 0) + 1;
    return {
      type: "Feature",
      id: key,
      geometry: { type: "Point", coordinates: [place.lon!, place.lat!] },
      properties: {
        name: place.name,
        place_id: place.id,
        claims: new Set(props.flatMap((p) => p.claims)).size,
        statuses,
        propositions: props.map(({ id, kind, measure, side, status, time, figure }) => ({ id, kind, measure, side, status, time, figure })),
      },
    };
  });
  features.sort((a, b) => b.properties.claims - a.properties.claims);
  return { type: "FeatureCollection", features };
}
