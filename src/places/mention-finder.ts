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
const MAX_WORDS = 4;
const SMALL_PLACE = 100_000;

interface Word { start: number; end: number }

export interface MentionFinderOptions {
  /** Lowercase words never taken alone as a place (data/place-stopwords.json). */
  stopwords: Set<string>;
  /** Folded one-word names that are English words naming no big place (common-words.ts). */
  commonWords: Set<string>;
  /** Spans of named actors in the text; a place inside a longer actor name ("Kyiv Independent") is dropped. */
  actorSpans?: (text: string) => { start: number; end: number }[];
}

interface Filters { stopwords: Set<string>; commonWords: Set<string>; lowerWords: Set<string> }

export function findPlaceMentions(text: string, index: GazetteerIndex, options: MentionFinderOptions): PlaceMention[] {
  const filters: Filters = { ...options, lowerWords: new Set(text.match(/(?<![\p{L}])\p{Ll}+(?![\p{L}])/gu) ?? []) };
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
  const actors = options.actorSpans?.(text) ?? [];
  return found
    .filter((m) => !actors.some((a) => a.start < m.end && m.start < a.end && !(a.start === m.start && a.end === m.end)))
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

function acceptSingleWord(text: string, run: Word[], i: number, hits: Hit[], index: GazetteerIndex, { stopwords, commonWords, lowerWords }: Filters): boolean {
  const word = text.slice(run[i].start, run[i].end);
  const folded = foldName(word);
  if (stopwords.has(folded) || commonWords.has(foldLoose(word))) return false;
  if (isQuoted(text, run[i])) return false; // "Skelya" regiment, operation "Bagration": a name, not the place
  const best = rankHits(hits)[0].record;
  if (best.type !== "settlement") return true;
  // A common word that the article also writes in lowercase ("Power outages … limited power").
  if ((best.population ?? 0) < SMALL_PLACE && lowerWords.has(word.toLowerCase())) return false;
  // The person rule: "Vladimir Putin", "Valery Gerasimov" — a name beside another name.
  const neighbours = [run[i - 1], run[i + 1]].filter((w): w is Word => !!w);
  return !neighbours.some((w) => {
    const other = foldName(text.slice(w.start, w.end));
    return !stopwords.has(other) && !PLACE_NEIGHBOURS.has(other) && !index.lookup(other).length;
  });
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
    let end = start + m[0].length;
    const before = text[start - 1];
    if (before && /[\p{L}\p{N}]/u.test(before)) continue; // "McDonald": not a word start
    if (POSSESSIVE.test(m[0])) end -= 2;
    const last = run[run.length - 1];
    if (last && text.slice(last.end, start) !== " ") {
      runs.push(run);
      run = [];
    }
    run.push({ start, end });
    if (end !== start + m[0].length) {
      runs.push(run); // a possessive ends the name
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}
