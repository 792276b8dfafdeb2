// Ordering same-named places: the article's regions, then a preferred type, then Ukraine, then
// how the name matched, then size. A score keeps the order readable as one table of weights.
import type { Hit, MatchQuality } from "./gazetteer-index.js";
import type { PlaceContext, PlaceRecord } from "./place-index.js";

const WEIGHTS = {
  inContextRegion: 1000, // "Kostiantynivka" in an article about Zaporizhzhia Oblast is the village there
  preferredType: 500, //    "percent of Donetsk": the oblast
  inUkraine: 100, //        a war in Ukraine: Pokrovsk (Donetsk Oblast) over Pokrovsk (Yakutia)
  inUkraineSmallAlternate: 30, // but a Ukrainian hamlet's other name does not beat a Russian town's own (Millerovo)
  smallTown: 10_000,
  otherParty: 20, //        then Russia, Belarus, Moldova before the rest of the world
  perLog10Population: 15, // then the bigger place: a big town's former name beats a hamlet's own name
  uncharted: -5, //         a settlement only the official catalogue lists (no coordinates, no population) comes last
} as const;
const QUALITY: Record<MatchQuality, number> = { primary: 20, bare: 15, alternate: 0 };
/** Regions and countries weigh as a city of about 300,000: a regional capital's own name
 * ("Donetsk", "Kharkiv") reads as the city, a renamed city's old name ("Dnipropetrovsk") as the oblast. */
const AREA_LOG_POPULATION = 5.5;

export function scoreHit(hit: Hit, context: PlaceContext = {}): number {
  const r = hit.record;
  let score = QUALITY[hit.quality];
  const regions = context.regions ?? [];
  const at = regions.indexOf(r.type === "region" ? r.name : r.region ?? "");
  if (at >= 0) score += WEIGHTS.inContextRegion - at * 10;
  if (context.prefer && context.prefer === r.type) score += WEIGHTS.preferredType;
  if (r.country === "UA") score += hit.quality === "alternate" && (r.population ?? 0) < WEIGHTS.smallTown ? WEIGHTS.inUkraineSmallAlternate : WEIGHTS.inUkraine;
  else if (r.country === "RU" || r.country === "BY" || r.country === "MD") score += WEIGHTS.otherParty;
  if (r.type === "settlement" && r.lat === null) score += WEIGHTS.uncharted;
  const logPop = r.type === "settlement" ? Math.log10((r.population ?? 0) + 1) : AREA_LOG_POPULATION;
  return score + logPop * WEIGHTS.perLog10Population;
}

export function rankHits(hits: Hit[], context?: PlaceContext): Hit[] {
  return hits
    .map((hit) => ({ hit, score: scoreHit(hit, context) }))
    .sort((a, b) => b.score - a.score)
    .map((s) => s.hit);
}

/**
 * Same-named villages that only the catalogue lists, none told apart by the text's regions (no
 * coordinates, no population): a settlement of that name, not one of them — in their oblast when
 * they share one ("Novomykhailivka in the Donetsk region": Donetsk Oblast has three). Its id is ""
 * (a place the gazetteer cannot name), as the place refiner's unlisted settlements.
 */
export function unresolvedTie(ranked: Hit[], context: PlaceContext): PlaceRecord | null {
  const best = ranked[0]?.record;
  if (!best || best.type !== "settlement" || best.lat !== null) return null;
  const top = scoreHit(ranked[0], context);
  const tied = ranked.filter((h) => h.record.type === "settlement" && h.record.lat === null && scoreHit(h, context) === top).map((h) => h.record);
  if (new Set(tied).size < 2) return null;
  const region = tied.every((r) => r.region === best.region) ? best.region : null;
  return { id: "", name: best.name, type: "settlement", country: best.country, region, lat: null, lon: null, population: null, areaKm2: null };
}

