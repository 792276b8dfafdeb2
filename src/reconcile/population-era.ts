// Whether a population figure is the pre-war/reference population or the population remaining now.
// A "pre-war 60,000" and a "now fewer than 1,300" are two propositions, and only the first can be held
// against the gazetteer.
import type { Claim } from "../claims/index.js";
import { claimSpan, daySpan } from "./period.js";

export type PopulationEra = "reference" | "current";

/** Wording that marks a figure as the reference population (compared with the gazetteer). */
export const REFERENCE_WORDS: { pattern: RegExp; reason: string }[] = [
  { pattern: /\bpre-?war\b/i, reason: "pre-war" },
  { pattern: /\bbefore the (?:war|invasion)\b/i, reason: "before-the-war" },
  { pattern: /\bonce (?:home|had)\b/i, reason: "once-home" },
];

/** Wording that marks a figure as what remains now (not comparable with a census). */
export const CURRENT_WORDS: { pattern: RegExp; reason: string }[] = [
  { pattern: /\b(?:dwindled|shrunk|shrank|fallen|dropped)\b/i, reason: "dwindled" },
  { pattern: /\b(?:remain|remains|remaining|left behind|still live)\b/i, reason: "remaining" },
  { pattern: /\b(?:now|currently|today)\b/i, reason: "now" },
];

/** Full-scale invasion: a period starting on or after it is a wartime (current) figure. */
const WAR_START = daySpan("2022-02-24")!.start;

export function populationEra(claim: Claim): PopulationEra {
  const text = wordsAround(claim.evidence.text, claim.value);
  if (REFERENCE_WORDS.some((w) => w.pattern.test(text))) return "reference";
  if (CURRENT_WORDS.some((w) => w.pattern.test(text))) return "current";
  // A census is not given as a ceiling: "fewer than N" counts who is left.
  if (claim.qualifier === "under" || claim.qualifier === "at_most") return "current";
  const span = claimSpan(claim);
  return span && span.start >= WAR_START ? "current" : "reference";
}

/**
 * The words between the neighbouring numbers ("Its pre-war population of 60,000 has dwindled to fewer
 * than 1,300": "has dwindled to fewer than" for 1,300), so two figures in one sentence keep their own era.
 */
function wordsAround(text: string, value: number | null): string {
  if (value === null || !Number.isInteger(value)) return text;
  const digits = String(value).split("").join("[,.\\s\u00a0\u202f]?");
  const at = new RegExp(`(?<![\\d,.])${digits}(?![\\d])`).exec(text);
  if (!at) return text;
  const before = text.slice(0, at.index);
  const after = text.slice(at.index + at[0].length);
  const lastNumber = before.search(/\d[^\d]*$/);
  const nextNumber = after.search(/\d/);
  return (
    before.slice(lastNumber >= 0 ? lastNumber + 1 : 0) + " " + after.slice(0, nextNumber >= 0 ? nextNumber : after.length)
  );
}
