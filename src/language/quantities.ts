// The quantity grammar: figure + qualifier + unit, as news writes them ("over 6,500", "50,000–60,000",
// "nearly one million", "one-third", "a quarter of a million", "tens of thousands", "25k", "95 percent").
// Numbers that are not figures (years, dates, ordinals, unit names like "H-20", prices, ages) are skipped.
import type { Qualifier, Unit } from "../claims/index.js";
import { finishQuantity } from "./quantity-bounds.js";
import { FRACTIONS, MONTH_NAMES, QUALIFIERS_AFTER, QUALIFIERS_BEFORE, SCALES, UNITS, VAGUE_AMOUNTS } from "./number-words.js";
import { findCyrillicQuantities } from "./cyrillic-quantities.js";

export interface Quantity {
  /** Span of the whole figure, qualifier and unit included (offsets into the text). */
  start: number;
  end: number;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** percent, km or km2 when the figure says so; counts of people are decided by the claim. */
  unit: Unit | null;
  /** "N-kilometer stretch": a length written as a compound adjective. */
  compound: boolean;
  reasons: string[];
}

interface Figure { start: number; end: number; value: number | null; vague?: boolean; fraction?: boolean; reason: string }

const WORD = `(?:${Object.keys(UNITS).filter((w) => w !== "a" && w !== "an").join("|")})`;
const SCALE_WORD = "(?:hundred|thousand|million|billion)";
const DIGITS = /(?<![\w.,$€£₴₽/:])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(million|billion|thousand|mn|bn)\b|(k|m)\b)?/gy;
const WORDS = new RegExp(`\\b(?:(?:a|an|${WORD})[ -])?(?:${WORD}|${SCALE_WORD})(?:[ -](?:and[ -])?(?:${WORD}|${SCALE_WORD}))*\\b`, "y");
const QUARTER_OF = /\b(a|one|three)[ -]quarters? of an? (million|billion|thousand)\b|\bhalf an? (million|billion|thousand)\b|\b(a|one) and a half (million|billion|thousand)\b/y;
const FRACTION = new RegExp(`\\b(one|a|two|three|four)[ -](${Object.keys(FRACTIONS).join("|")})\\b|\\bhalf(?= of\\b)`, "y");
const VAGUE = new RegExp(`\\b(?:${VAGUE_AMOUNTS.join("|")})\\b`, "y");
const MONTH = new RegExp(`\\b(?:${MONTH_NAMES.join("|")})\\.?\\s*$`);
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_NAMES.join("|")})\\b`);
const NOT_A_FIGURE_BEFORE = /(?:\b(?:point|no\.|number|article|section|paragraph|page|route|highway|aged|age of|model|version|chapter|#)\s*|[a-z]-|[$€£₴₽]\s?)$/;
// "over three days", "45 months of war": durations are not counts.
const DURATION_AFTER = /^\s+(?:more\s+|straight\s+|consecutive\s+|full\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?|decades?|nights?)\b/;
const NOT_A_FIGURE_AFTER = /^(?:st|nd|rd|th\b|-(?:point|year|month|week|day|hour|minute|second|storey|story|member|seat|page)|\s*(?:dollars|euros|rubles|roubles|hryvnias?|usd|eur|pounds|years? old|-year-old|a\.m\.|p\.m\.|am\b|pm\b|kg|kilograms?|tons?|tonnes?|mm\b|caliber|calibre)|:\d)/;
const RATIO = new RegExp(`^\\s+(?:in|out of)\\s+(?:\\d+|${WORD})\\b`);
const YEAR_COUNTED = /^\s+(?:troops|soldiers|servicemen|people|civilians|residents|fighters|men|casualties|km|kilometres|kilometers|square)/;

/**
 * Figures in `fold` between `from` and `to` (offsets into `fold`). `lang` picks the grammar: "en" (the
 * default, and any language without its own), "ru" or "uk" (cyrillic-quantities.ts).
 */
export function findQuantities(fold: string, from: number, to: number, lang: string = "en"): Quantity[] {
  if (lang === "ru" || lang === "uk") return findCyrillicQuantities(fold, from, to, lang);
  const text = fold.slice(from, to).toLowerCase();
  const out: Quantity[] = [];
  let at = 0;
  while (at < text.length) {
    const figure = figureAt(text, at);
    if (!figure) { at = nextWordStart(text, at); continue; }
    const quantity = extend(text, figure);
    at = Math.max(quantity ? quantity.end : figure.end, at + 1);
    if (quantity) out.push({ ...quantity, start: quantity.start + from, end: quantity.end + from });
  }
  return out;
}

function nextWordStart(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) if (/[\s(\["'$€£-]/.test(text[i - 1]) && /[\w]/.test(text[i])) return i;
  return text.length;
}

function figureAt(text: string, at: number): Figure | null {
  for (const read of [readQuarterOf, readFraction, readVague, readDigits, readWords]) {
    const figure = read(text, at);
    if (!figure) continue;
    // "one in three": a ratio, not a figure; "three days": a duration.
    const ratio = RATIO.exec(text.slice(figure.end, figure.end + 16));
    if (ratio) return skip(figure.end + ratio[0].length);
    return figure.reason !== "skip" && DURATION_AFTER.test(text.slice(figure.end, figure.end + 24)) ? skip(figure.end) : figure;
  }
  return null;
}

function match(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

// "on 2025-01-05", "05.01.2025": a date written in digits is no figure (nor its parts a range).
const DIGIT_DATE = /\d{4}-\d{2}-\d{2}\b|\d{1,2}\.\d{1,2}\.\d{4}\b/y;

function readDigits(text: string, at: number): Figure | null {
  DIGIT_DATE.lastIndex = at;
  const date = DIGIT_DATE.exec(text);
  if (date) return skip(at + date[0].length);
  const m = match(DIGITS, text, at);
  if (!m) return null;
  const base = Number(m[1].replace(/,/g, "") + (m[2] ?? ""));
  const scale = m[3] ?? m[4];
  const value = scale ? base * SCALES[scale] : base;
  const end = at + m[0].length;
  const before = text.slice(Math.max(0, at - 20), at);
  const after = text.slice(end, end + 20);
  if (NOT_A_FIGURE_BEFORE.test(before) || NOT_A_FIGURE_AFTER.test(after)) return skip(end);
  if (MONTH.test(before) || MONTH_AFTER.test(after)) return skip(end);
  const yearLike = !scale && !m[2] && !m[1].includes(",") && base >= 1800 && base <= 2100;
  if (yearLike && !YEAR_COUNTED.test(after)) return skip(end);
  return { start: at, end, value, reason: scale ? "digits-scale" : "digits" };
}

// A skipped number still consumes its characters so that "H-20" is not read again as "20".
const skip = (end: number): Figure => ({ start: end, end, value: null, reason: "skip" });

function readWords(text: string, at: number): Figure | null {
  const m = match(WORDS, text, at);
  if (!m) return null;
  const words = m[0].split(/[ -]/).filter((w) => w && w !== "and");
  if (!words.some((w) => w in SCALES || (w in UNITS && w !== "a" && w !== "an"))) return null;
  let total = 0, current = 0;
  for (const w of words) {
    if (w in UNITS) current += UNITS[w];
    else if (w === "hundred") current = (current || 1) * 100;
    else { total += (current || 1) * SCALES[w]; current = 0; }
  }
  return { start: at, end: at + m[0].length, value: total + current, reason: "number-words" };
}

function readQuarterOf(text: string, at: number): Figure | null {
  const m = match(QUARTER_OF, text, at);
  if (!m) return null;
  const scale = SCALES[m[2] ?? m[3] ?? m[5]];
  const share = m[2] ? (m[1] === "three" ? 0.75 : 0.25) : m[3] ? 0.5 : 1.5;
  return { start: at, end: at + m[0].length, value: share * scale, reason: "fraction-of-scale" };
}

function readFraction(text: string, at: number): Figure | null {
  const m = match(FRACTION, text, at);
  if (!m) return null;
  if (m[1] && !/ of\b/.test(text.slice(at + m[0].length, at + m[0].length + 4))) return null;
  const count = m[1] ? (UNITS[m[1]] ?? 1) : 1;
  const share = m[2] ? FRACTIONS[m[2]] : 0.5;
  return { start: at, end: at + m[0].length, value: Math.round(count * share * 1000) / 10, fraction: true, reason: "fraction" };
}

function readVague(text: string, at: number): Figure | null {
  const m = match(VAGUE, text, at);
  if (!m) return null;
  if (/^ of (?:dollars|euros|rubles|roubles|hryvnias|pounds|years|kilometers|kilometres|miles|tons|tonnes)\b/.test(text.slice(at + m[0].length, at + m[0].length + 14))) {
    return skip(at + m[0].length);
  }
  return { start: at, end: at + m[0].length, value: null, vague: true, reason: "vague-amount" };
}

function extend(text: string, figure: Figure): Omit<Quantity, "start" | "end"> & { start: number; end: number } | null {
  if (figure.reason === "skip") return null;
  const reasons = [figure.reason];
  let start = figure.start, end = figure.end;
  let qualifier: Qualifier = figure.vague ? "vague" : "exact";
  let low: number | null = figure.value, high: number | null = figure.value;
  let value = figure.value;

  const range = readRange(text, figure);
  if (range) {
    end = range.end; low = figure.value; high = range.value; value = null; qualifier = "range"; reasons.push("range");
    if (range.between !== undefined) start = range.between;
  }
  const unit = readUnit(text, end);
  if (unit) { end = unit.end; reasons.push(`unit-${unit.unit}`); }
  let scaleBy = unit?.factor ?? 1;
  if (figure.fraction) scaleBy = 1;

  if (qualifier === "exact") {
    const before = qualifierBefore(text, start);
    const after = qualifierAfter(text, end);
    const row = before ?? after;
    if (row) {
      qualifier = row.row.qualifier; reasons.push(row.row.reason);
      if (before) start = before.start; else end = after!.end;
    }
  }
  return finishQuantity({ start, end, value, low, high, qualifier, scaleBy, fraction: figure.fraction, unit, reasons });
}

function readRange(text: string, figure: Figure): { end: number; value: number; between?: number } | null {
  if (figure.value === null || figure.fraction) return null;
  const join = /^\s*(?:-|to|and)\s*/.exec(text.slice(figure.end, figure.end + 6));
  if (!join) return null;
  const isAnd = join[0].trim() === "and";
  const betweenAt = text.slice(0, figure.start).search(/\bbetween\s+$/);
  if (isAnd && betweenAt < 0) return null;
  const next = figureAt(text, figure.end + join[0].length);
  if (!next || next.value === null || next.reason === "skip" || next.fraction) return null;
  let low = figure.value;
  // "50-60,000": the first figure borrows the second's magnitude.
  if (low > 0 && low < 1000 && next.value >= 10_000) {
    low *= 10 ** (Math.floor(Math.log10(next.value)) - Math.floor(Math.log10(low)));
  }
  if (low > next.value) return null;
  return { end: next.end, value: next.value, between: betweenAt >= 0 ? betweenAt : undefined };
}

const UNIT_AFTER: { re: RegExp; unit: Unit; factor: number; compound?: boolean }[] = [
  { re: /^\s?(?:%|percent\b|per cent\b|pc\b)/, unit: "percent", factor: 1 },
  { re: /^\s(?:square kilometers|square kilometres|sq\.? ?km|square km)\b|^\s?(?:km2|km²)/, unit: "km2", factor: 1 },
  { re: /^\ssquare miles\b/, unit: "km2", factor: 2.59 },
  { re: /^-(?:kilometer|kilometre|km)\b/, unit: "km", factor: 1, compound: true },
  { re: /^-mile\b/, unit: "km", factor: 1.609, compound: true },
  { re: /^\s?(?:kilometers|kilometres|kilometer|kilometre|km)\b/, unit: "km", factor: 1 },
  { re: /^\smiles\b/, unit: "km", factor: 1.609 },
];

function readUnit(text: string, end: number): { end: number; unit: Unit; factor: number; compound: boolean } | null {
  const rest = text.slice(end, end + 24);
  for (const row of UNIT_AFTER) {
    const m = row.re.exec(rest);
    if (m) return { end: end + m[0].length, unit: row.unit, factor: row.factor, compound: row.compound ?? false };
  }
  return null;
}

const BEFORE = [...QUALIFIERS_BEFORE].sort((a, b) => b.phrase.length - a.phrase.length)
  .map((row) => ({ row, re: new RegExp(`\\b${row.phrase}\\s+$`) }));
const AFTER = QUALIFIERS_AFTER.map((row) => ({ row, re: new RegExp(`^\\s+${row.phrase}\\b`) }));

function qualifierBefore(text: string, start: number): { row: (typeof BEFORE)[number]["row"]; start: number } | null {
  const before = text.slice(Math.max(0, start - 24), start);
  for (const { row, re } of BEFORE) {
    const m = re.exec(before);
    if (m) return { row, start: start - (before.length - m.index) };
  }
  return null;
}

function qualifierAfter(text: string, end: number): { row: (typeof AFTER)[number]["row"]; end: number } | null {
  const rest = text.slice(end, end + 12);
  if (rest.startsWith("+")) return { row: { phrase: "+", qualifier: "at_least", reason: "n-plus" }, end: end + 1 };
  for (const { row, re } of AFTER) {
    const m = re.exec(rest);
    if (m) return { row, end: end + m[0].length };
  }
  return null;
}
