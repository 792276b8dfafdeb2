// The quantity grammar for Russian and Ukrainian: "более 1,2 тыс.", "29 217", "от 150 до 200",
// "100-120 тысяч", "19,2%", "двух тысяч", "полторы тысячи", "десятки тысяч", "понад 70", "до 500".
// The same Quantity shape and the same skips as English (quantities.ts): years, dates ("5 сентября"),
// ordinals and unit numbers ("68-й", "128-ї"), model names ("Су-34"), ages, prices, durations.
// Word boundaries are written as letter look-arounds: \b never fires beside a Cyrillic letter.
import type { Qualifier, Unit } from "../claims/index.js";
import { finishQuantity } from "./quantity-bounds.js";
import type { QualifierRow } from "./number-words.js";
import { CYRILLIC_NUMBERS, type CyrillicNumberLexicon } from "./cyrillic-number-words.js";
import type { Quantity } from "./quantities.js";

interface Figure { start: number; end: number; value: number | null; scale?: number; vague?: boolean; fraction?: boolean; reason: string }

const L = "\\p{L}\\p{N}_'";
const NB = `(?![${L}])`;
const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join("|");

const MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|" +
  "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|числа";
const MONTH_AFTER = new RegExp(`^(?:\\s*(?:-|,|и|та|і|й)\\s*\\d{1,2})*\\s+(?:${MONTHS})${NB}`, "u");
// "68-й", "128-ї", "2024-м", "46-летней", "18-тысячным": ordinals and compounds; "20-километровый" is a length.
const NOT_A_FIGURE_AFTER = new RegExp(
  `^(?:-(?!кило|кіло)\\p{L}|\\s*(?:руб|рубл|гривн|гривен|гривень|грн|доллар|долар|дол\\.|евро|євро|\\$|€|кг${NB}|килограм|кілограм|тонн|тон${NB}|мм${NB}|калибр|калібр|` +
  `лет${NB}|г\\.\\s?р\\.|годов${NB}|летн|річн|омбр|ошбр|одшбр|оабр|обр${NB}|бригад[аиуы]?\\s+им)|:\\d|[.,]\\d)`, "u");
const NOT_A_FIGURE_BEFORE = new RegExp(
  `(?:№\\s*|(?<![${L}])(?:номер|номером|статья|статьи|статьей|статті|статтею|статтю|пункт|пункта|пункту|п\\.|ст\\.|в/ч|часть|частина|частини|` +
  `возрасте|віці|калибра|калібру|трасса|трассе|трасі|траса|модели|моделі|версии|версії|глава|главы|розділ|страница|сторінка)\\s*|[a-zа-яёіїєґ]-|[$€£₴₽]\\s?)$`, "u");
// "более 10 месяцев", "трое суток": durations are not counts ("Часов Яр" is a town).
const DURATION_AFTER = new RegExp(`^\\s+(?:(?:полных|подряд|поспіль|повних)\\s+)?(?:${alt([
  "дней", "дня", "день", "суток", "сутки", "недели", "недель", "неделю", "неделя", "месяц", "месяца", "месяцев", "год", "года", "лет", "час", "часа", "часов",
  "минут", "минуты", "ночей", "ночи", "днів", "дні", "доби", "діб", "тижні", "тижнів", "тиждень", "тижня", "місяць", "місяці", "місяців", "місяця",
  "рік", "роки", "років", "року", "годин", "година", "години", "хвилин", "ночі"])})${NB}(?!\\s+яр)`, "u");
const THOUSAND_COMPOUND = /^-(?:тысячн|тисячн)\p{L}*/u;
const YEAR_COUNTED = /^\s+(?:человек|людей|люди|осіб|особи|военн|військов|солдат|бойц|бійц|жител|мешканц|мирн|цивільн|окупант|оккупант|км|кв)/u;
const FRACTION_OF = /^\s+(?:из|з|із)\s+(\d{1,3}(?: \d{3})+(?!\d)|\d+)(?![\d.,])/u;
const AFTER_RANGE_JOIN = /^\s*(?:-|до)\s*/u;

const UNIT_AFTER: { re: RegExp; unit: Unit; factor: number; compound?: boolean }[] = [
  { re: new RegExp(`^\\s?(?:%|процент\\p{L}*|відсот\\p{L}*|проц\\.)`, "u"), unit: "percent", factor: 1 },
  { re: new RegExp(`^\\s?(?:кв\\.?\\s?(?:км${NB}|километр\\p{L}*|кілометр\\p{L}*)|км2|км²|квадратн\\p{L}*\\s+(?:километр|кілометр)\\p{L}*)`, "u"), unit: "km2", factor: 1 },
  { re: /^-(?:километров|кілометров)\p{L}*/u, unit: "km", factor: 1, compound: true },
  { re: new RegExp(`^\\s?(?:км${NB}\\.?|километр\\p{L}*|кілометр\\p{L}*)`, "u"), unit: "km", factor: 1 },
];

interface Grammar {
  lex: CyrillicNumberLexicon;
  digits: RegExp;
  words: RegExp;
  fraction: RegExp;
  vague: RegExp;
  before: { row: QualifierRow; re: RegExp }[];
  after: { row: QualifierRow; re: RegExp }[];
  ratio: RegExp;
  firstLetters: Set<string>;
}

function compile(lex: CyrillicNumberLexicon): Grammar {
  const scales = alt(Object.keys(lex.scales));
  const numberWord = alt([...Object.keys(lex.words), ...Object.keys(lex.scales).filter((w) => !/^(?:тыс|тис|млн|млрд)$/.test(w))]);
  return {
    lex,
    // "29 217", "1,2 тыс.", "19,2", "12 000 000"; thousands groups with (folded) spaces.
    digits: new RegExp(`(?<![${L}.,$€£₴₽/:№])(\\d{1,3}(?: \\d{3})+(?!\\d)|\\d{1,3}(?:,\\d{3}){2,}(?!\\d)|\\d+)(?:([.,])(\\d+))?(?:\\s?(${scales})${NB}\\.?)?`, "uy"),
    words: new RegExp(`(?<![${L}])(?:${numberWord})(?:\\s+(?:${numberWord}))*${NB}`, "uy"),
    fraction: new RegExp(`(?<![${L}])(?:(${alt(Object.keys(lex.words))})\\s+)?(${alt(Object.keys(lex.fractions))})${NB}`, "uy"),
    vague: new RegExp(`(?<![${L}])(?:${alt(lex.vague)})${NB}`, "uy"),
    before: [...lex.before].sort((a, b) => b.phrase.length - a.phrase.length).map((row) => ({ row, re: new RegExp(`(?<![${L}])${row.phrase}\\s+$`, "u") })),
    after: lex.after.map((row) => ({ row, re: new RegExp(`^\\s+${row.phrase}${NB}`, "u") })),
    firstLetters: new Set([...Object.keys(lex.words), ...Object.keys(lex.scales), ...Object.keys(lex.fractions), ...lex.vague].map((w) => w[0])),
    ratio: new RegExp(`^\\s+(?:из|з|із)\\s+(?:\\d+|${alt(Object.keys(lex.words))})${NB}`, "u"),
  };
}

const GRAMMARS: Record<string, Grammar> = { ru: compile(CYRILLIC_NUMBERS.ru), uk: compile(CYRILLIC_NUMBERS.uk) };

export function findCyrillicQuantities(fold: string, from: number, to: number, lang: "ru" | "uk"): Quantity[] {
  const g = GRAMMARS[lang];
  const text = fold.slice(from, to).toLowerCase();
  const out: Quantity[] = [];
  let at = 0;
  while (at < text.length) {
    const figure = figureAt(g, text, at);
    if (!figure) { at = nextWordStart(text, at); continue; }
    const quantity = extend(g, text, figure);
    at = Math.max(quantity ? quantity.end : figure.end, at + 1);
    if (quantity) out.push({ ...quantity, start: quantity.start + from, end: quantity.end + from });
  }
  return out;
}

const WORD_START = /[^\p{L}\p{N}'][\p{L}\p{N}']/gu;
function nextWordStart(text: string, at: number): number {
  WORD_START.lastIndex = at;
  const m = WORD_START.exec(text);
  return m ? m.index + 1 : text.length;
}

function match(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

const READ_DIGITS = [readDigits];
const READ_WORDS = [readFraction, readVague, readWords];

function figureAt(g: Grammar, text: string, at: number): Figure | null {
  // Only a digit starts a numeral, and only the first letter of some number word starts a word figure.
  const c = text[at];
  const readers = c >= "0" && c <= "9" ? READ_DIGITS : g.firstLetters.has(c) ? READ_WORDS : null;
  if (!readers) return null;
  for (const read of readers) {
    const figure = read(g, text, at);
    if (!figure) continue;
    const ratio = g.ratio.exec(text.slice(figure.end, figure.end + 24));
    if (ratio) return skip(figure.end + ratio[0].length);
    return figure.reason !== "skip" && DURATION_AFTER.test(text.slice(figure.end, figure.end + 24)) ? skip(figure.end) : figure;
  }
  return null;
}

const skip = (end: number): Figure => ({ start: end, end, value: null, reason: "skip" });

function readDigits(g: Grammar, text: string, at: number): Figure | null {
  const m = match(g.digits, text, at);
  if (!m) return null;
  const whole = m[1].replace(/[ ,]/g, "");
  const scaleWord = m[4];
  const scale = scaleWord ? g.lex.scales[scaleWord] : undefined;
  // A comma is the decimal sign ("1,2 тыс.", "19,2%"), except three digits after it with no scale ("1,200").
  const thousands = m[2] === "," && m[3].length === 3 && !scale;
  const base = thousands ? Number(whole + m[3]) : Number(whole + (m[3] ? `.${m[3]}` : ""));
  const value = scale ? base * scale : base;
  let end = at + m[0].length;
  // "3 тис. 649": the rest of the thousand written after the scale.
  if (scale === 1_000) {
    const rest = /^\s+(\d{1,3})(?![\d.,])/.exec(text.slice(end, end + 6));
    if (rest && !MONTH_AFTER.test(text.slice(end + rest[0].length, end + rest[0].length + 20))) {
      return { start: at, end: end + rest[0].length, value: value + Number(rest[1]), scale, reason: "digits-scale" };
    }
  }
  const before = text.slice(Math.max(0, at - 24), at);
  // "18-тысячное население": a count written as a compound adjective.
  const compound = !scale ? THOUSAND_COMPOUND.exec(text.slice(end, end + 16)) : null;
  if (compound && !NOT_A_FIGURE_BEFORE.test(before)) return { start: at, end: end + compound[0].length, value: value * 1000, scale: 1000, reason: "digits-thousand-compound" };
  const after = text.slice(end, end + 24);
  if (NOT_A_FIGURE_BEFORE.test(before) || NOT_A_FIGURE_AFTER.test(after) || MONTH_AFTER.test(after)) return skip(end);
  const yearLike = !scale && !m[2] && !m[1].includes(" ") && base >= 1800 && base <= 2100;
  if (yearLike && !YEAR_COUNTED.test(after)) return skip(end);
  return { start: at, end, value, scale, reason: scale ? "digits-scale" : "digits" };
}

function readWords(g: Grammar, text: string, at: number): Figure | null {
  const m = match(g.words, text, at);
  if (!m) return null;
  const words = m[0].split(/\s+/);
  if (words.length === 1 && words[0] in g.lex.scales && !g.lex.alone.includes(words[0])) return null;
  let total = 0, current = 0, scale: number | undefined;
  for (const w of words) {
    const n = g.lex.words[w];
    if (n !== undefined) { current += n; continue; }
    scale = g.lex.scales[w];
    total += (current || 1) * scale;
    current = 0;
  }
  return { start: at, end: at + m[0].length, value: Math.round((total + current) * 100) / 100, scale, reason: "number-words" };
}

function readFraction(g: Grammar, text: string, at: number): Figure | null {
  const m = match(g.fraction, text, at);
  if (!m) return null;
  // "в первой половине дня": a part of a period, not a share.
  if (/(?:перв|втор|перш|друг)\p{L}*\s+$/u.test(text.slice(Math.max(0, at - 12), at))) return null;
  const count = m[1] ? g.lex.words[m[1]] : 1;
  const share = count * g.lex.fractions[m[2]];
  const end = at + m[0].length;
  // "половина из 60 срочников": a share of a stated count is a count.
  const of = FRACTION_OF.exec(text.slice(end, end + 16));
  if (of) return { start: at, end: end + of[0].length, value: Math.round(share * Number(of[1].replace(/ /g, ""))), reason: "fraction-of-count" };
  return { start: at, end, value: Math.round(share * 1000) / 10, fraction: true, reason: "fraction" };
}

function readVague(g: Grammar, text: string, at: number): Figure | null {
  const m = match(g.vague, text, at);
  if (!m) return null;
  const end = at + m[0].length;
  // "более тысячи": one thousand after a qualifier, not thousands.
  const single = g.lex.singularAfterQualifier[m[0]];
  if (single && qualifierBefore(g, text, at)) return { start: at, end, value: single, scale: single, reason: "number-words" };
  if (/^\s+(?:рубл|гривен|гривень|доллар|долар|евро|євро|лет|років|километр|кілометр|тонн)/u.test(text.slice(end, end + 14))) return skip(end);
  return { start: at, end, value: null, vague: true, reason: "vague-amount" };
}

function extend(g: Grammar, text: string, figure: Figure): Quantity | null {
  if (figure.reason === "skip") return null;
  const reasons = [figure.reason];
  let start = figure.start, end = figure.end;
  let qualifier: Qualifier = figure.vague ? "vague" : "exact";
  let low: number | null = figure.value, high: number | null = figure.value;
  let value = figure.value;

  const range = readRange(g, text, figure);
  if (range) {
    end = range.end; low = range.low; high = range.value; value = null; qualifier = "range"; reasons.push("range");
    if (range.between !== undefined) start = range.between;
  }
  const unit = readUnit(text, end);
  if (unit) { end = unit.end; reasons.push(`unit-${unit.unit}`); }
  const scaleBy = figure.fraction ? 1 : unit?.factor ?? 1;

  if (qualifier === "exact") {
    const before = qualifierBefore(g, text, start);
    const after = before ? null : qualifierAfter(g, text, end);
    if (before) { qualifier = before.row.qualifier; reasons.push(before.row.reason); start = before.start; }
    else if (after) { qualifier = after.row.qualifier; reasons.push(after.row.reason); end = after.end; }
  }
  return finishQuantity({ start, end, value, low, high, qualifier, scaleBy, fraction: figure.fraction, unit, reasons });
}

// "100–200", "от 150 до 200", "з 10 до 15%", "между 400 и 700", "1,2-1,5 тыс." (the scale of the second
// applies to the first), "100-120 тысяч".
function readRange(g: Grammar, text: string, figure: Figure): { end: number; low: number; value: number; between?: number } | null {
  if (figure.value === null || figure.fraction) return null;
  const rest = text.slice(figure.end, figure.end + 6);
  const join = AFTER_RANGE_JOIN.exec(rest) ?? /^\s+(?:и|та|і)\s+/u.exec(rest);
  if (!join) return null;
  const word = join[0].trim();
  const head = text.slice(Math.max(0, figure.start - 10), figure.start);
  const opener = word === "до" ? /(?<![\p{L}])(?:от|со|с|від|з|із)\s+$/u.exec(head)
    : word === "-" ? null : /(?<![\p{L}])(?:между|між)\s+$/u.exec(head);
  if (word !== "-" && !opener) return null;
  const next = figureAt(g, text, figure.end + join[0].length);
  if (!next || next.value === null || next.reason === "skip" || next.fraction) return null;
  let low = figure.value;
  if (next.scale && !figure.scale && low < next.value / next.scale + 1e-9) low *= next.scale;
  else if (low > 0 && low < 1000 && next.value >= 10_000) low *= 10 ** (Math.floor(Math.log10(next.value)) - Math.floor(Math.log10(low)));
  if (low > next.value) return null;
  const between = opener ? figure.start - opener[0].length : undefined;
  return { end: next.end, low, value: next.value, between };
}

function readUnit(text: string, end: number): { end: number; unit: Unit; factor: number; compound: boolean } | null {
  const rest = text.slice(end, end + 32);
  for (const row of UNIT_AFTER) {
    const m = row.re.exec(rest);
    if (m) return { end: end + m[0].length, unit: row.unit, factor: row.factor, compound: row.compound ?? false };
  }
  return null;
}

function qualifierBefore(g: Grammar, text: string, start: number): { row: QualifierRow; start: number } | null {
  const before = text.slice(Math.max(0, start - 24), start);
  for (const { row, re } of g.before) {
    const m = re.exec(before);
    if (m) return { row, start: start - (before.length - m.index) };
  }
  return null;
}

function qualifierAfter(g: Grammar, text: string, end: number): { row: QualifierRow; end: number } | null {
  const rest = text.slice(end, end + 16);
  if (rest.startsWith("+")) return { row: { phrase: "+", qualifier: "at_least", reason: "n-plus" }, end: end + 1 };
  for (const { row, re } of g.after) {
    const m = re.exec(rest);
    if (m) return { row, end: end + m[0].length };
  }
  return null;
}
