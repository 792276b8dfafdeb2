// Finds place mentions: capitalised word runs (1–4 words) looked up in the gazetteer, with
// region suffixes ("Donetsk region"), and filters that favour precision over recall.
import { foldLoose, foldName } from "./fold-name.js";
import { rankHits } from "./candidate-ranking.js";
import type { GazetteerIndex, Hit } from "./gazetteer-index.js";
import type { PlaceMention } from "./place-index.js";

/** "U.S.", "U.K." or a capitalised word, with inner apostrophes and hyphens ("Pokrovs'k", "Rostov-on-Don"). */
const WORD = /(?:\p{Lu}\.){2,}|[\p{Lu}][\p{L}\p{M}]*(?:['’ʼ-][\p{L}\p{M}]+)*/gu;
const POSSESSIVE = /['’]s$/;
/** A lowercase region word after a name: "Donetsk region", "Dnipropetrovsk and Zaporizhzhia oblasts". */
const REGION_SUFFIX = /^ (oblast|region|province)(s)?\b/i;
/** Capitalised words that may stand next to a one-word place without making it a person's name. */
const PLACE_NEIGHBOURS = new Set(
  ("oblast oblasts region regions province raion district city town village direction front sector axis area " +
    "offensive pocket salient bridgehead governor mayor military administration council metro airport station " +
    "nuclear power plant reservoir highway mayor's governor's")
    .split(" "),
);
/**
 * What follows makes the name something else: a river or reservoir ("Dnipro River", "Oskil river"),
 * a military formation named after a place ("Vostok group of forces", "Dnepr grouping"), or a
 * numbered name ("Rossiya-24", "Su-34").
 */
const NOT_A_PLACE_AFTER = /^(?:-\d| (?:river|reservoir|lake|sea|canal|estuary|group|grouping|battalion|brigade|regiment|division|corps)\b)/i;
const MAX_WORDS = 4;
const SMALL_PLACE = 100_000;

/** A capitalised word; `end` leaves out a possessive "'s", `full` keeps it. */
interface Word { start: number; end: number; full: number }
interface Span { start: number; end: number; person?: boolean }

export interface MentionFinderOptions {
  /** Lowercase words never taken alone as a place (data/place-stopwords.json). */
  stopwords: Set<string>;
  /** Lowercase first names: beside one, a one-word place name is a person's name ("Vladimir Putin"). */
  firstNames: Set<string>;
  /** Folded one-word names that are English words naming no big place (common-words.ts). */
  commonWords: Set<string>;
  /** Spans of named actors in the text; a place inside a longer actor name ("Kyiv Independent") is dropped. */
  actorSpans?: (text: string) => Span[];
}

interface Filters extends MentionFinderOptions { lowerWords: Set<string>; actors: Span[] }

export function findPlaceMentions(text: string, index: GazetteerIndex, options: MentionFinderOptions): PlaceMention[] {
  const actors = options.actorSpans?.(text) ?? [];
  const filters: Filters = { ...options, actors, lowerWords: new Set(text.match(/(?<![\p{L}])\p{Ll}+(?![\p{L}])/gu) ?? []) };
  const found: (PlaceMention & { hits: Hit[] })[] = [];
  for (const run of wordRuns(text)) {
    for (let i = 0; i < run.length; ) {
      const taken = matchAt(text, run, i, index, filters);
      if (taken) {
        found.push(taken.mention);
        i += taken.words;
      } else i++;
    }
  }
  return found
    // Metonyms ("Kyiv said") are not in the actor scan, so any overlap means a longer name ("Kyiv Post", "Sputnik").
    .filter((m) => !actors.some((a) => a.start < m.end && m.start < a.end))
    .map(({ hits: _hits, ...mention }) => mention);
}

function matchAt(text: string, run: Word[], i: number, index: GazetteerIndex, filters: Filters) {
  for (let n = Math.min(MAX_WORDS, run.length - i); n >= 1; n--) {
    const start = run[i].start;
    const end = run[i + n - 1].end;
    const phrase = text.slice(start, end);
    const suffix = REGION_SUFFIX.exec(text.slice(end, end + 12));
    if (suffix) {
      const regionHits = index.lookup(`${phrase} ${suffix[1]}`).filter((h) => h.record.type === "region");
      if (regionHits.length) {
        const spanEnd = end + suffix[0].length;
        return { words: n, mention: mention(text, start, spanEnd, regionHits) };
      }
    }
    const hits = index.lookup(phrase);
    if (!hits.length) continue;
    if (NOT_A_PLACE_AFTER.test(text.slice(end, end + 24))) continue;
    if (n === 1 && !acceptSingleWord(text, run, i, hits, index, filters)) continue;
    const pluralRegion = pluralRegionReading(text, end, phrase, index);
    return { words: n, mention: mention(text, start, end, pluralRegion ?? hits) };
  }
  return null;
}

/** "Dnipropetrovsk and Zaporizhzhia oblasts": the first name is a region too. */
function pluralRegionReading(text: string, end: number, phrase: string, index: GazetteerIndex): Hit[] | null {
  const m = /^,? and [\p{Lu}][\p{L}'-]*(?: [\p{Lu}][\p{L}'-]*)? (oblast|region|province)s\b/iu.exec(text.slice(end, end + 60));
  if (!m) return null;
  const hits = index.lookup(`${phrase} ${m[1]}`).filter((h) => h.record.type === "region");
  return hits.length ? hits : null;
}

function acceptSingleWord(text: string, run: Word[], i: number, hits: Hit[], index: GazetteerIndex, filters: Filters): boolean {
  const { stopwords, commonWords, lowerWords, firstNames } = filters;
  const word = text.slice(run[i].start, run[i].end);
  const folded = foldName(word);
  if (stopwords.has(folded) || commonWords.has(foldLoose(word))) return false;
  if (isQuoted(text, run[i])) return false; // "Skelya" regiment, operation "Bagration": a name, not the place
  const best = rankHits(hits)[0].record;
  if (best.type !== "settlement") return true;
  // An acronym ("ISW", "HUR") is not a small place's name.
  if ((best.population ?? 0) < SMALL_PLACE && word.length <= 4 && word === word.toUpperCase()) return false;
  // A common word that the article also writes in lowercase ("Power outages … limited power").
  if ((best.population ?? 0) < SMALL_PLACE && lowerWords.has(word.toLowerCase())) return false;
  // The person rule: "Vladimir Putin", "Sergei Kirov" — a one-word place beside a first name or a
  // named person, or itself a first name beside another capitalised name, is part of a person's name.
  const previous = i > 0 && run[i - 1].end === run[i - 1].full ? run[i - 1] : null;
  const next = run[i].end === run[i].full ? run[i + 1] ?? null : null;
  const neighbours = [previous, next].filter((w): w is Word => !!w);
  const nameLike = (w: Word) => {
    const other = foldName(text.slice(w.start, w.end));
    return firstNames.has(other) || filters.actors.some((a) => a.person && a.start <= w.start && w.end <= a.end);
  };
  const capitalised = (w: Word) => {
    const other = foldName(text.slice(w.start, w.end));
    return !stopwords.has(other) && !PLACE_NEIGHBOURS.has(other) && !index.lookup(other).length;
  };
  if (neighbours.some(nameLike)) return false;
  // "Popiv Yar": a small place's name after an unknown capitalised word is the tail of a longer name.
  if ((best.population ?? 0) < SMALL_PLACE && previous && capitalised(previous)) return false;
  return !(firstNames.has(folded) && neighbours.some(capitalised));
}

const isQuoted = (text: string, w: Word): boolean => /["“«]/.test(text[w.start - 1] ?? "") && /["”»]/.test(text[w.end] ?? "");

function mention(text: string, start: number, end: number, hits: Hit[]): PlaceMention & { hits: Hit[] } {
  return { start, end, text: text.slice(start, end), candidates: rankHits(hits).map((h) => h.record), hits };
}

/** Capitalised words separated by single spaces, grouped into runs. */
function wordRuns(text: string): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index!;
    const full = start + m[0].length;
    const before = text[start - 1];
    if (before && /[\p{L}\p{N}]/u.test(before)) continue; // "McDonald": not a word start
    const last = run[run.length - 1];
    if (last && (text.slice(last.full, start) !== " " || last.end !== last.full && !/^\p{Lu}/u.test(m[0]))) {
      runs.push(run);
      run = [];
    }
    run.push({ start, end: POSSESSIVE.test(m[0]) ? full - 2 : full, full });
  }
  if (run.length) runs.push(run);
  return runs;
}
