// Places for a map layer: each with the status of the control proposition that speaks for it (chosen by
// status in place-summary.ts, never the latest claim) and that proposition's latest date, to style and
// filter by. Places without coordinates cannot be drawn and are left out.
import { dayRange } from "./claim-dates.js";
import type { PlaceSummary } from "./place-summary.js";

export interface MappedPlace extends PlaceSummary {
  lat: number;
  lon: number;
  /** The leading control proposition's latest date (its end, else its start); null without one. */
  date: string | null;
  /** The first and last day that proposition covers (YYYY-MM-DD), for a GIS's time range. */
  first: string | null;
  last: string | null;
}

export function mapPlaces(places: PlaceSummary[]): MappedPlace[] {
  return places
    .filter((p): p is PlaceSummary & { lat: number; lon: number } => p.lat !== null && p.lon !== null)
    .map((p) => {
      const time = p.control?.time ?? null;
      return { ...p, date: time?.end ?? time?.start ?? null, ...dayRange(time?.start, time?.end) };
    })
    .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
}
