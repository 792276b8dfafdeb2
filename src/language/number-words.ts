// Number words, scales, fractions and vague amounts: the lexicon of the quantity grammar.
import type { Qualifier } from "../claims/index.js";

export const UNITS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12,
};

export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000,
  k: 1_000, m: 1_000_000, mn: 1_000_000, bn: 1_000_000_000,
};

/** Fractions as shares (one-third = 1/3). */
export const FRACTIONS: Record<string, number> = {
  half: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fifth: 1 / 5, fifths: 1 / 5,
  tenth: 1 / 10, tenths: 1 / 10, sixth: 1 / 6, eighth: 1 / 8,
};

/** Amounts that are claims without a number ("tens of thousands"). */
export const VAGUE_AMOUNTS = [
  "tens of thousands", "hundreds of thousands", "tens of millions", "dozens", "scores", "hundreds", "thousands", "millions",
];

export interface QualifierRow {
  phrase: string;
  qualifier: Qualifier;
  reason: string;
}

/** Words before a figure, longest first when matched. */
export const QUALIFIERS_BEFORE: QualifierRow[] = [
  { phrase: "more than", qualifier: "over", reason: "more-than-n" },
  { phrase: "over", qualifier: "over", reason: "over-n" },
  { phrase: "exceeding", qualifier: "over", reason: "exceeding-n" },
  { phrase: "in excess of", qualifier: "over", reason: "in-excess-of-n" },
  { phrase: "upwards of", qualifier: "over", reason: "upwards-of-n" },
  { phrase: "above", qualifier: "over", reason: "above-n" },
  { phrase: "surpass", qualifier: "over", reason: "surpass-n" },
  { phrase: "surpassing", qualifier: "over", reason: "surpass-n" },
  { phrase: "surpassed", qualifier: "over", reason: "surpass-n" },
  { phrase: "exceeded", qualifier: "over", reason: "exceeding-n" },
  { phrase: "exceeds", qualifier: "over", reason: "exceeding-n" },
  { phrase: "exceed", qualifier: "over", reason: "exceeding-n" },
  { phrase: "topped", qualifier: "over", reason: "topped-n" },
  { phrase: "about", qualifier: "about", reason: "about-n" },
  { phrase: "around", qualifier: "about", reason: "around-n" },
  { phrase: "roughly", qualifier: "about", reason: "roughly-n" },
  { phrase: "approximately", qualifier: "about", reason: "approximately-n" },
  { phrase: "an estimated", qualifier: "about", reason: "estimated-n" },
  { phrase: "estimated at", qualifier: "about", reason: "estimated-n" },
  { phrase: "some", qualifier: "about", reason: "some-n" },
  { phrase: "circa", qualifier: "about", reason: "circa-n" },
  { phrase: "nearly", qualifier: "nearly", reason: "nearly-n" },
  { phrase: "almost", qualifier: "nearly", reason: "almost-n" },
  { phrase: "close to", qualifier: "nearly", reason: "close-to-n" },
  { phrase: "just under", qualifier: "nearly", reason: "just-under-n" },
  { phrase: "at least", qualifier: "at_least", reason: "at-least-n" },
  { phrase: "no fewer than", qualifier: "at_least", reason: "no-fewer-than-n" },
  { phrase: "no less than", qualifier: "at_least", reason: "no-less-than-n" },
  { phrase: "a minimum of", qualifier: "at_least", reason: "minimum-of-n" },
  { phrase: "fewer than", qualifier: "under", reason: "fewer-than-n" },
  { phrase: "less than", qualifier: "under", reason: "less-than-n" },
  { phrase: "under", qualifier: "under", reason: "under-n" },
  { phrase: "below", qualifier: "under", reason: "below-n" },
  { phrase: "up to", qualifier: "at_most", reason: "up-to-n" },
  { phrase: "as many as", qualifier: "at_most", reason: "as-many-as-n" },
  { phrase: "at most", qualifier: "at_most", reason: "at-most-n" },
  { phrase: "no more than", qualifier: "at_most", reason: "no-more-than-n" },
  { phrase: "a maximum of", qualifier: "at_most", reason: "maximum-of-n" },
];

/** Words after a figure. */
export const QUALIFIERS_AFTER: QualifierRow[] = [
  { phrase: "or more", qualifier: "at_least", reason: "n-or-more" },
  { phrase: "plus", qualifier: "at_least", reason: "n-plus" },
  { phrase: "or so", qualifier: "about", reason: "n-or-so" },
];

export const MONTH_NAMES = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];
