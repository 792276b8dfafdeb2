// The compact gazetteer file written by scripts/build-gazetteer.mjs and read by loadPlaceIndex.
import type { PlaceRecord } from "./place-index.js";

/**
 * 3: Cyrillic keys keep й and ї (fold-name.ts), regions and countries carry Cyrillic names.
 * 4: Ukraine's KATOTTG settlements that GeoNames lacks (ids "katottg:UA…", no coordinates).
 */
export const GAZETTEER_VERSION = 4;

/** Type code in a row: s settlement, r region, c country. */
export type TypeCode = "s" | "r" | "c";

/**
 * One place: [id, name, type, country, region index (-1 none), lat, lon, population, area,
 * primary keys ("|"-joined foldLoose keys of canonical spellings), alternate keys (former names,
 * other romanisations), bare keys (a region's stem without "Oblast": a candidate, ranked after a
 * settlement of the same name)].
 */
export type GazetteerRow = [string, string, TypeCode, string | null, number, number | null, number | null, number, number, string, string, string];

export interface GazetteerFile {
  version: number;
  attribution: string;
  regions: string[];
  places: GazetteerRow[];
  /** Lowercase words never reported as a single-word place mention (data/place-stopwords.json). */
  stopwords: string[];
  /** Lowercase first names (data/place-stopwords.json): the person rule of mention-finder.ts. */
  firstNames: string[];
  /** Folded names that are also English words ("human", "snow") and name no big place: not a mention alone. */
  commonWords: string[];
}

const TYPES = { s: "settlement", r: "region", c: "country" } as const;

export function rowToRecord(row: GazetteerRow, regions: string[]): PlaceRecord {
  const [id, name, type, country, region, lat, lon, population, area] = row;
  return {
    id,
    name,
    type: TYPES[type],
    country,
    region: region >= 0 ? regions[region] : null,
    lat,
    lon,
    population: population || null,
    areaKm2: area || null,
  };
}
