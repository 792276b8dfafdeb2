// A claimed distance between two places vs the straight-line distance of their gazetteer coordinates.
import type { Check, Claim, PlaceRef } from "../claims/index.js";
import type { PlaceIndex } from "../places/place-index.js";
import { checkInterval, distinctFigures, DISTANCE_SLACK, slackOf, within } from "./check-tolerance.js";
import { describeClaimFigure, formatNumber } from "./describe-figure.js";
import { haversineKm } from "./haversine.js";
import { placeRecord } from "./place-record.js";

export function checkDistance(claims: Claim[], places?: PlaceIndex): Check[] {
  const first = claims[0];
  if (!first || first.kind !== "distance" || first.measure !== "distance" || !first.place || !first.place2) return [];
  const a = coordinates(first.place, places);
  const b = coordinates(first.place2, places);
  if (!a || !b) return [];
  const km = haversineKm(a.lat, a.lon, b.lat, b.lon);
  const reference = `straight-line distance ${first.place.name}–${first.place2.name} is ${formatNumber(km, 1)} km (gazetteer coordinates)`;
  return distinctFigures(claims)
    .filter((c) => c.unit === "km" || c.unit === null)
    .flatMap((claim) => {
      const allowed = checkInterval(claim, DISTANCE_SLACK);
      if (!allowed) return [];
      const ok = within(km, allowed);
      const tolerance = `±${Math.round(slackOf(claim, DISTANCE_SLACK) * 100)} %`;
      return [{
        against: "gazetteer",
        result: ok ? "consistent" : "inconsistent",
        detail: `${reference}; claimed ${describeClaimFigure(claim)} (tolerance ${tolerance})`,
      } satisfies Check];
    });
}

function coordinates(place: PlaceRef, places?: PlaceIndex): { lat: number; lon: number } | null {
  const record = placeRecord(place, places);
  const lat = record?.lat ?? place.lat;
  const lon = record?.lon ?? place.lon;
  return lat !== null && lon !== null ? { lat, lon } : null;
}
