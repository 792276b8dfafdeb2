// Places as a GeoJSON FeatureCollection (RFC 7946: [lon, lat]), one Point per place, its properties flat
// so that a GIS styles by `status` (the leading control proposition's, src/ledger/place-summary.ts) and
// filters by `date`/`date_first`/`date_last`. Only layout: src/ledger/place-map.ts chooses and dates.
import type { PropositionStatus } from "../../claims/index.js";
import type { MappedPlace } from "../../ledger/index.js";

export interface PlaceFeature {
  type: "Feature";
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: {
    name: string;
    place_id: string | null;
    place_type: string | null;
    claims: number;
    status: PropositionStatus | null;
    side: string | null;
    measure: string | null;
    title: string | null;
    proposition_id: string | null;
    date: string | null;
    date_first: string | null;
    date_last: string | null;
  };
}

export interface PlaceFeatureCollection {
  type: "FeatureCollection";
  features: PlaceFeature[];
}

export function placesToGeoJson(places: MappedPlace[]): PlaceFeatureCollection {
  return {
    type: "FeatureCollection",
    features: places.map((p): PlaceFeature => ({
      type: "Feature",
      id: p.id ?? p.name,
      geometry: { type: "Point", coordinates: [p.lon, p.lat] },
      properties: {
        name: p.name,
        place_id: p.id,
        place_type: p.type,
        claims: p.claims,
        status: p.status,
        side: p.control?.side ?? null,
        measure: p.control?.measure ?? null,
        title: p.control?.title ?? null,
        proposition_id: p.control?.proposition ?? null,
        date: p.date,
        date_first: p.first,
        date_last: p.last,
      },
    })),
  };
}
