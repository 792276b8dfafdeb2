// The places stage's seam: find place mentions in text and resolve them against the gazetteer.
import type { PlaceRef } from "../claims/index.js";

export interface PlaceRecord {
  /**
   * GeoNames id for settlements ("704422"), "katottg:UA…" for a Ukrainian settlement only the official
   * catalogue lists, "extra:…" for data/extra-places.json; "ADM1:UA.05"-style ids for regions; ISO code for countries.
   */
  id: string;
  name: string;
  type: "settlement" | "region" | "country";
  country: string | null;
  /** Canonical name of the first-level region the place is in (settlements), or null. */
  region: string | null;
  lat: number | null;
  lon: number | null;
  population: number | null;
  /** Area in km² where reference data gives it (regions). */
  areaKm2: number | null;
}

export interface PlaceMention {
  /** Offsets into the text given to findMentions (UTF-16 code units). */
  start: number;
  end: number;
  /** The words as written ("Krasnoarmeysk", "Donetsk region"). */
  text: string;
  /** Candidates, best first (population, type, context). */
  candidates: PlaceRecord[];
  /**
   * The region the text names for this settlement ("Сєверного Донецької області", "Verbove in
   * Zaporizhzhia Oblast", or after the last item of its list): chosen before the article's regions.
   */
  region?: string;
}

export interface PlaceContext {
  /** Regions the article is about, most mentioned first: used to choose among same-named villages. */
  regions?: string[];
  /** Prefer a region reading of an ambiguous name ("Donetsk" in "percent of Donetsk"). */
  prefer?: "region" | "settlement";
}

/** A record a name may mean, and whether the name is its own (canonical, or a region's bare stem) or an alternate/former one. */
export interface PlaceCandidate {
  record: PlaceRecord;
  ownName: boolean;
}

export interface PlaceIndex {
  /** Every place mention in `text` (already folded for matching: same length as the original). */
  findMentions(text: string): PlaceMention[];
  /**
   * The best record for a mention in context; id "" (a settlement the gazetteer cannot name, its
   * oblast when known) when same-named catalogue villages tie (load-place-index.ts).
   */
  choose(mention: PlaceMention, context?: PlaceContext): PlaceRecord;
  /** Resolve a bare name ("Krasnoarmeysk", "Donetsk Oblast") to its record. */
  resolve(name: string, context?: PlaceContext): PlaceRecord | null;
  /** Every record a bare name may mean, best first (resolve's answer is the first); own names before other names. */
  candidates(name: string, context?: PlaceContext): PlaceCandidate[];
  byId(id: string): PlaceRecord | null;
  /** Names close to `name`, for "did you mean …?". */
  suggest(name: string, limit?: number): string[];
}

export const toPlaceRef = (record: PlaceRecord, mention: string): PlaceRef => ({
  name: record.name,
  mention,
  id: record.id,
  lat: record.lat,
  lon: record.lon,
  type: record.type,
  country: record.country,
  region: record.region,
});
