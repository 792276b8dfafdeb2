// A claimed population vs the gazetteer's (a pre-war census figure). Figures of what remains now are
// not comparable and get no check: "fewer than 1,300 left" does not contradict a census of 60,000.
import type { Check, Claim } from "../claims/index.js";
import type { PlaceIndex } from "../places/place-index.js";
import { populationEra } from "./population-era.js";
import { checkInterval, distinctFigures, POPULATION_SLACK, slackOf, within } from "./check-tolerance.js";
import { describeClaimFigure, formatNumber } from "./describe-figure.js";
import { placeRecord } from "./place-record.js";

export function checkPopulation(claims: Claim[], places?: PlaceIndex): Check[] {
  const first = claims[0];
  if (!first || first.kind !== "population" || !first.place) return [];
  const record = placeRecord(first.place, places);
  if (!record || record.population === null) return [];
  const reference = `gazetteer population of ${record.name} is ${formatNumber(record.population)}`;
  return distinctFigures(claims)
    .filter((c) => populationEra(c) === "reference")
    .flatMap((claim) => {
      const allowed = checkInterval(claim, POPULATION_SLACK);
      if (!allowed) return [];
      const tolerance = `±${Math.round(slackOf(claim, POPULATION_SLACK) * 100)} %`;
      return [{
        against: "gazetteer",
        result: within(record.population!, allowed) ? "consistent" : "inconsistent",
        detail: `${reference}; claimed ${describeClaimFigure(claim)} (tolerance ${tolerance})`,
      } satisfies Check];
    });
}
