// Figures in words for check details: "about 40 km", "over 6,500", "26.4 %".
import type { Claim, Qualifier } from "../claims/index.js";

// One formatter per number of digits: building an Intl.NumberFormat per call was a hot spot.
const formatters = new Map<number, Intl.NumberFormat>();
export const formatNumber = (n: number, digits = 0): string => {
  let f = formatters.get(digits);
  if (!f) formatters.set(digits, (f = new Intl.NumberFormat("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 })));
  return f.format(n);
};

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "",
  about: "about ",
  over: "over ",
  at_least: "at least ",
  under: "under ",
  at_most: "at most ",
  nearly: "nearly ",
  range: "",
  vague: "some ",
};

const UNIT_WORDS: Record<string, string> = { people: "", percent: " %", km: " km", km2: " km²" };

export function describeClaimFigure(claim: Claim): string {
  const unit = UNIT_WORDS[claim.unit ?? ""] ?? "";
  if (claim.qualifier === "range" && claim.low !== null && claim.high !== null) {
    return `${formatNumber(claim.low, 1)}–${formatNumber(claim.high, 1)}${unit}`;
  }
  const n = claim.value ?? claim.low ?? claim.high;
  return n === null ? "no figure" : `${QUALIFIER_WORDS[claim.qualifier ?? "exact"]}${formatNumber(n, 1)}${unit}`;
}
