// Indices over the actor tables, built once: an exact-phrase map and one scanning regex.
import type { Source } from "../claims/index.js";
import type { ActorRow } from "./actor-table.js";
import { cyrillicKey, cyrillicScript, cyrillicWords, hasCyrillic, stemWord } from "./cyrillic-key.js";

/** Curly apostrophes to straight, so "Russia’s" and "Russia's" meet (same length: offsets survive). */
export const straighten = (s: string): string => s.replace(/[’ʼ‘`]/g, "'").replace(/[“”«»„]/g, '"');

/** Key for exact lookup: lowercase, straight apostrophes, no leading "the", single spaces. */
export const phraseKey = (s: string): string => straighten(s).toLowerCase().replace(/^the\s+/, "").replace(/\s+/g, " ").trim();

/** Short all-capital aliases ("AP", "RT", "US") must match case and all: "us" is a pronoun. */
const isCaseSensitive = (alias: string): boolean => alias.length <= 4 && alias === alias.toUpperCase();

export interface ActorIndex {
  rows: ActorRow[];
  exact(phrase: string): ActorRow | null;
  /** Named actors inside a text, longest alias first at each position; wholeOnly rows excluded. */
  scan(text: string): { start: number; end: number; text: string; row: ActorRow }[];
}

export function indexActors(rows: ActorRow[]): ActorIndex {
  const exact = new Map<string, ActorRow>();
  const exactCase = new Map<string, ActorRow>();
  const scanned = new Map<string, ActorRow>();
  // Cyrillic aliases live apart, keyed by case-free stems: the English regex stays as it was.
  const stemmed = new Map<string, ActorRow>();
  const stemScanned = new Map<string, ActorRow>();
  let longest = 1;
  for (const row of rows) {
    for (const alias of [row.name, ...row.aliases]) {
      if (hasCyrillic(alias)) {
        for (const key of aliasKeys(alias)) {
          const script = cyrillicScript(alias);
          if (!stemmed.has(key)) stemmed.set(key, row);
          if (script && !stemmed.has(`${script}:${key}`)) stemmed.set(`${script}:${key}`, row);
          // Office phrases ("глава ДНР", "губернатор … области") are matched whole only: inside a text they hold place names.
          if (!row.wholeOnly && /^[\p{Lu}\d]/u.test(alias) && !stemScanned.has(key)) stemScanned.set(key, row);
          longest = Math.max(longest, key.split(" ").length);
        }
        continue;
      }
      const a = straighten(alias);
      if (isCaseSensitive(a)) exactCase.set(a, row);
      else if (!exact.has(phraseKey(a))) exact.set(phraseKey(a), row);
      if (!row.wholeOnly && !/^the /i.test(a) && !scanned.has(a)) scanned.set(a, row);
    }
  }
  const alternation = [...scanned.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}]|\\.\\p{L})`, "gu");
  return {
    rows,
    exact(phrase) {
      const p = straighten(phrase).trim().replace(/^the\s+/i, "");
      const found = exactCase.get(p) ?? exact.get(phraseKey(p)) ?? null;
      if (found || !hasCyrillic(p)) return found;
      const key = cyrillicKey(p), script = cyrillicScript(p);
      return (script ? stemmed.get(`${script}:${key}`) : undefined) ?? stemmed.get(key) ?? null;
    },
    scan(text) {
      const out: { start: number; end: number; text: string; row: ActorRow }[] = [];
      for (const m of straighten(text).matchAll(pattern)) {
        out.push({ start: m.index!, end: m.index! + m[0].length, text: text.slice(m.index!, m.index! + m[0].length), row: scanned.get(m[0])! });
      }
      if (!hasCyrillic(text)) return out;
      const cyr = scanStems(text, stemScanned, longest);
      return cyr.length ? [...out, ...cyr].sort((a, b) => a.start - b.start) : out;
    },
  };
}

/** Longest run of words (up to `longest`) whose stems name an actor, left to right, no overlaps. */
function scanStems(text: string, keys: Map<string, ActorRow>, longest: number): { start: number; end: number; text: string; row: ActorRow }[] {
  const words = cyrillicWords(text);
  const stems = words.map((w) => stemWord(w.word));
  const out: { start: number; end: number; text: string; row: ActorRow }[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!hasCyrillic(words[i].word) && !keys.has(stems[i])) continue;
    for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
      if (n > 1 && /[.,;:!?()]/.test(text.slice(words[i].end, words[i + n - 1].start))) continue;
      const row = keys.get(stems.slice(i, i + n).join(" "));
      // One lowercase word is an ordinary word ("суспільне мовлення"), not the outlet Суспільне.
      if (!row || (n === 1 && !/^\p{Lu}/u.test(words[i].word))) continue;
      const start = words[i].start, end = words[i + n - 1].end;
      out.push({ start, end, text: text.slice(start, end), row });
      i += n - 1;
      break;
    }
  }
  return out;
}

export function toSource(row: ActorRow, mention: string): Source {
  return { name: row.name, kind: row.kind, side: row.side, role: row.role ?? null, institution: row.institution ?? null, mention };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * Keys of a Cyrillic alias: its stem key, and for a name ending in a vowel and "й" ("Гайдай", "Лагутенко"
 * is not one) the key of its other cases too: "Гайдая" cuts "-ая" where "Гайдаю", "Гайдаем" cut one letter.
 */
function aliasKeys(alias: string): string[] {
  const key = cyrillicKey(alias);
  const last = cyrillicWords(alias).at(-1)?.word ?? "";
  if (!/[аеуяю]й$/iu.test(last) || !/^\p{Lu}/u.test(last)) return [key];
  const parts = key.split(" ");
  return [key, [...parts.slice(0, -1), parts.at(-1)!.slice(0, -1)].join(" ")];
}
