// Claims as a GeoJSON FeatureCollection: one Point per claim that has coordinates, its properties the
// CSV export's columns (claim-export-row.ts), with `date_first`/`date_last` as whole days for a GIS's
// time controls (QGIS's temporal controller, kepler.gl's time filter). Claims without coordinates are
// left out and counted.
import type { ClaimRecord } from "../../ledger/index.js";
import { claimExportRow, type ClaimExportRow } from "./claim-export-row.js";

export interface ClaimFeature {
  type: "Feature";
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: ClaimExportRow;
}

export interface ClaimFeatureCollection {
  type: "FeatureCollection";
  features: ClaimFeature[];
}

export function claimRecordsToGeoJson(records: ClaimRecord[]): { collection: ClaimFeatureCollection; withoutCoordinates: number } {
  const features: ClaimFeature[] = [];
  for (const r of records) {
    const place = r.claim.place;
    if (!place || place.lat === null || place.lon === null) continue;
    features.push({ type: "Feature", id: r.claim.id, geometry: { type: "Point", coordinates: [place.lon, place.lat] }, properties: claimExportRow(r) });
  }
  return { collection: { type: "FeatureCollection", features }, withoutCoordinates: records.length - features.length };
}
