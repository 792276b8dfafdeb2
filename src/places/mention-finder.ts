// Finds place mentions: capitalised word runs (1–4 words) looked up in the gazetteer, with
// region suffixes ("Donetsk region"), and filters that favour precision over recall. Russian and
// Ukrainian names are also found in their case forms (inflected-index.ts), and only there: a Latin
// word never reaches a Cyrillic rule.
import { foldLoose, foldName, memoise } from "./fold-name.js";
import { rankHits, unresolvedTie } from "./candidate-ranking.js";
import { dropSoftSign, wordCuts } from "./cyrillic-inflection.js";
import {
  AXIS_TAIL, CYRILLIC_COMMON_STEMS, LIST_JOIN_BEFORE, PLACE_CUE_BEFORE, SETTLEMENT_CUE_BEFORE, CYRILLIC_FIRST_NAMES, CYRILLIC_FUNCTION_WORDS,
  NOT_A_PLACE_AFTER_CYRILLIC, NOT_A_PLACE_BEFORE_CYRILLIC, REGION_COORDINATED, REGION_HEAD_FOR_OBLAST, REGION_TAIL,
} from "./cyrillic-words.js";
import type { GazetteerIndex, Hit } from "./gazetteer-index.js";
import { MAX_INFLECTED_WORDS } from "./inflected-index.js";
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
/** A case form of an adjectival name this small needs a preposition or "село" before it (cyrillic-words.ts). */
const ADJECTIVAL_SMALL = 10_000;
/**
 * A lowercase noun in the genitive after an adjectival case form makes it the noun's adjective:
 * "в районе Центрального рынка", "Антоновского моста", "Покровського району". Conjunctions,
 * prepositions and verbs (-ли, -ла, -ло) do not.
 */
const ADJECTIVE_HEAD_AFTER = /^ (?!(?:и|і|й|та|а|або|или|но|але|в|у|на|з|із|с|со|до|от|від|по|под|під|за|для|біля|возле|около|поблизу|вблизи)(?![\p{L}]))\p{Ll}+(?:а|я|у|ю|ы|и|і|ов|ів|ев|ёв|ей)(?![\p{L}])(?<!л[аио]|ся|сь|ть)/u;
/** The genitive of an adjectival name ("Центрального", "Донецької"): the case an adjective before a genitive noun takes. */
const ADJECTIVE_GENITIVE = /(?:ого|его|ої|ой|ей|их|ых)$/u;
const SENTENCE_START = /(?:^|[.!?…:]\s+|\n\s*|^\s*[«"“„(—–-]\s*|\n[«"“„(—–-]\s*)$/u;

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

interface Filters extends MentionFinderOptions {
  lowerWords: Set<string>;
  actors: Span[];
  /** Stems of the text's lowercase Cyrillic words, cut on first use ("мирные жители" → "мирн"). */
  lowerStems: () => Set<string>;
  /** Where the last mention found so far ends (-1 before the first): a list goes on from it. */
  lastEnd: number;
}

export function findPlaceMentions(text: string, index: GazetteerIndex, options: MentionFinderOptions): PlaceMention[] {
  const actors = options.actorSpans?.(text) ?? [];
  const lowerWords = new Set(text.match(/(?<![\p{L}])\p{Ll}+(?![\p{L}])/gu) ?? []);
  let lowerStems: Set<string> | null = null;
  const filters: Filters = { ...options, actors, lowerWords, lowerStems: () => (lowerStems ??= cyrillicStems(lowerWords)), lastEnd: -1 };
  const found: (PlaceMention & { hits: Hit[] })[] = [];
  for (const run of wordRuns(text)) {
    for (let i = 0; i < run.length; ) {
      const taken = matchAt(text, run, i, index, filters);
      if (taken) {
        found.push(taken.mention);
        filters.lastEnd = taken.mention.end;
        i += taken.words;
      } else i++;
    }
  }
  const kept = found
    // Metonyms ("Kyiv said") are not in the actor scan, so any overlap means a longer name ("Kyiv Post", "Sputnik").
    .filter((m) => !actors.some((a) => a.start < m.end && m.start < a.end))
    .map(({ hits: _hits, ...mention }) => mention);
  return withNamedRegions(text, kept);
}

/** Between a settlement and its region: nothing, a comma, "in", or an opening bracket. */
const REGION_AFTER_GAP = /^(?:\s*,?\s*|\s+in\s+(?:the\s+)?|\s*\(\s*)$/i;
/** Between two items of a list of settlements. */
const LIST_GAP = /^(?:\s*,\s*(?:і|й|та|и|and|or|а також|а также)?\s*|\s+(?:і|й|та|и|and|or|а також|а также)\s+)$/iu;

/**
 * "Водяного, Новоукраїнки, Старомайорського Донецької області", "near Robotyne and Verbove in
 * Zaporizhzhia Oblast": the region after a settlement (and after the list it closes) is its region,
 * when one of its candidates lies there.
 */
function withNamedRegions(text: string, mentions: PlaceMention[]): PlaceMention[] {
  for (let k = 1; k < mentions.length; k++) {
    const region = mentions[k].candidates[0];
    if (region?.type !== "region") continue;
    for (let j = k - 1, end = mentions[k].start, gap = REGION_AFTER_GAP; j >= 0; j--) {
      const m = mentions[j];
      if (m.candidates[0]?.type !== "settlement" || !gap.test(text.slice(m.end, end))) break;
      if (m.candidates.length > 1 && m.candidates.some((c) => c.type === "settlement" && c.region === region.name)) m.region = region.name;
      end = m.start;
      gap = LIST_GAP;
    }
  }
  return mentions;
}

function matchAt(text: string, run: Word[], i: number, index: GazetteerIndex, filters: Filters) {
  const cyrillic = isCyrillic(text, run[i].start);
  for (let n = Math.min(MAX_WORDS, run.length - i); n >= 1; n--) {
    const start = run[i].start;
    const end = run[i + n - 1].end;
    const phrase = text.slice(start, end);
    if (cyrillic) {
      const region = cyrillicRegion(text, end, phrase, n, index);
      if (region) return { words: n, mention: mention(text, start, region.end, region.hits) };
    } else {
      const suffix = REGION_SUFFIX.exec(text.slice(end, end + 12));
      if (suffix) {
        const regionHits = index.lookup(`${phrase} ${suffix[1]}`).filter((h) => h.record.type === "region");
        if (regionHits.length) {
          const spanEnd = end + suffix[0].length;
          return { words: n, mention: mention(text, start, spanEnd, regionHits) };
        }
      }
    }
    let hits = cyrillic ? index.lookupCyrillic(phrase) : index.lookup(phrase);
    let inflected = false;
    if (!hits.length && cyrillic) {
      // An adjective before a region noun agrees with it ("Алтайского края"): no settlement of its own.
      if (REGION_TAIL.test(text.slice(end, end + 40))) continue;
      hits = inflectedHits(text, run, i, n, index);
      inflected = hits.length > 0;
    }
    if (!hits.length) continue;
    if (NOT_A_PLACE_AFTER.test(text.slice(end, end + 24))) continue;
    if (cyrillic && notACyrillicPlace(text, start, end)) continue;
    if (n === 1 && !acceptSingleWord(text, run, i, hits, index, filters, inflected)) continue;
    const pluralRegion = cyrillic ? null : pluralRegionReading(text, end, phrase, index);
    return { words: n, mention: mention(text, start, end, pluralRegion ?? hits) };
  }
  return null;
}

const isCyrillic = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return c >= 0x400 && c <= 0x4ff;
};

/** "Донецкой области", "Донецька обл.", "Херсонської ОВА", "Краснодарском крае", "Донецкой и Луганской областей": the region. */
function cyrillicRegion(text: string, end: number, phrase: string, n: number, index: GazetteerIndex): { end: number; hits: Hit[] } | null {
  if (n >= MAX_INFLECTED_WORDS) return null;
  const after = text.slice(end, end + 60);
  const tail = REGION_TAIL.exec(after);
  const coordinated = tail ? null : REGION_COORDINATED.exec(after);
  if (!tail && !coordinated) return null;
  const head = tail ? tail[1] : coordinated![1];
  const name = `${phrase} ${REGION_HEAD_FOR_OBLAST.has(head) ? "область" : head}`;
  const exact = index.lookup(name);
  const hits = (exact.length ? exact : index.lookupInflected(name)).filter((h) => h.record.type === "region");
  if (!hits.length) return null;
  // The span ends at the region noun; an administration's abbreviation ("ОВА") stays the speaker's.
  return { end: tail && !REGION_HEAD_FOR_OBLAST.has(head) || head === "обл." ? end + tail![0].length : end, hits };
}

/** A Cyrillic phrase in a case form; a one-word relational adjective before an axis noun ("Покровском направлении"). */
function inflectedHits(text: string, run: Word[], i: number, n: number, index: GazetteerIndex): Hit[] {
  if (n > MAX_INFLECTED_WORDS) return [];
  const words = run.slice(i, i + n).map((w) => text.slice(w.start, w.end));
  if (words.some((w) => w.length > 1 && w === w.toUpperCase())) return []; // acronyms do not decline: ВСУ, ЗСУ
  // Before an axis noun an adjective names its town, not a village of the same adjective: "на
  // Покровському напрямку" is Pokrovsk's, not Pokrovske's.
  if (n === 1 && AXIS_TAIL.test(text.slice(run[i].end, run[i].end + 100))) {
    const sources = index.inflected().lookupAdjective(words[0]);
    if (sources.length) return sources;
    // No town of that adjective: a town named by it (Кураховому → Курахове), not a village ("Криворізькому
    // напрямку" is not Криворізьке's).
    return index.lookupInflected(words[0]).filter((h) => !h.adjectival || (h.record.population ?? 0) >= ADJECTIVAL_SMALL);
  }
  return index.lookupInflected(words.join(" "));
}

function notACyrillicPlace(text: string, start: number, end: number): boolean {
  return NOT_A_PLACE_AFTER_CYRILLIC.test(text.slice(end, end + 16)) || NOT_A_PLACE_BEFORE_CYRILLIC.test(text.slice(Math.max(0, start - 24), start));
}

function cyrillicStems(words: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) if (isCyrillic(w, 0)) for (const c of wordCuts(foldLoose(w))) out.add(c.stem);
  return out;
}

/** "Dnipropetrovsk and Zaporizhzhia oblasts": the first name is a region too. */
function pluralRegionReading(text: string, end: number, phrase: string, index: GazetteerIndex): Hit[] | null {
  const m = /^,? and [\p{Lu}][\p{L}'-]*(?: [\p{Lu}][\p{L}'-]*)? (oblast|region|province)s\b/iu.exec(text.slice(end, end + 60));
  if (!m) return null;
  const hits = index.lookup(`${phrase} ${m[1]}`).filter((h) => h.record.type === "region");
  return hits.length ? hits : null;
}

function acceptSingleWord(text: string, run: Word[], i: number, hits: Hit[], index: GazetteerIndex, filters: Filters, inflected: boolean): boolean {
  const { stopwords, commonWords, lowerWords } = filters;
  const word = text.slice(run[i].start, run[i].end);
  const folded = foldName(word);
  const cyrillic = isCyrillic(word, 0);
  if (stopwords.has(folded) || commonWords.has(foldLoose(word))) return false;
  if (isQuoted(text, run[i])) return false; // "Skelya" regiment, operation "Bagration": a name, not the place
  const best = rankHits(hits)[0].record;
  if (best.type !== "settlement") return true;
  // "село Мирне", "в районі Степового", or the next item of a list of places ("Водяного, Новоукраїнки"):
  // the text marks the word as a settlement, even an ordinary word.
  const marked = cyrillic && (SETTLEMENT_CUE_BEFORE.test(text.slice(Math.max(0, run[i].start - 24), run[i].start)) ||
    (filters.lastEnd >= 0 && run[i].start - filters.lastEnd <= 12 && LIST_JOIN_BEFORE.test(text.slice(filters.lastEnd, run[i].start))));
  const hit = rankHits(hits)[0];
  const after = text.slice(run[i].end, run[i].end + 100);
  if (cyrillic && hit.adjectival && (best.population ?? 0) < ADJECTIVAL_SMALL && ADJECTIVE_GENITIVE.test(word) && ADJECTIVE_HEAD_AFTER.test(after) && !AXIS_TAIL.test(after)) return false;
  // "сказав Ковальов", "Петрів": a small plural name's genitive in -ов/-ів is as likely a surname.
  if (cyrillic && inflected && !marked && (best.population ?? 0) < ADJECTIVAL_SMALL && /(?:ов|ев|ёв|ів|їв)$/u.test(word) &&
    !PLACE_CUE_BEFORE.test(text.slice(Math.max(0, run[i].start - 24), run[i].start))) return false;
  // "Мирные жители", "Победа", "Перемога": an ordinary word, unless it names a big place or the text marks it.
  if (cyrillic && !marked && (best.population ?? 0) < SMALL_PLACE) {
    const cuts = wordStems(word);
    if (cuts.some((c) => CYRILLIC_COMMON_STEMS.has(c))) return false;
    // The article also writes the word in lowercase, in any case form ("Степове" beside "степові райони").
    if (inflected && cuts.slice(1).some((c) => c.length >= 4 && filters.lowerStems().has(c))) return false;
    // Russian and Ukrainian capitalise only names and sentence starts: a small place's name opening a
    // sentence is as likely the common word ("Атаки", "Надія", "Зоря").
    if ((best.population ?? 0) < ADJECTIVAL_SMALL && SENTENCE_START.test(text.slice(Math.max(0, run[i].start - 4), run[i].start))) return false;
    if (hit.adjectival && (best.population ?? 0) < ADJECTIVAL_SMALL && !PLACE_CUE_BEFORE.test(text.slice(Math.max(0, run[i].start - 24), run[i].start))) return false;
  }
  // An acronym ("ISW", "HUR") is not a small place's name.
  if ((best.population ?? 0) < SMALL_PLACE && word.length <= 4 && word === word.toUpperCase()) return false;
  // A common word that the article also writes in lowercase ("Power outages … limited power").
  if ((best.population ?? 0) < SMALL_PLACE && !marked && lowerWords.has(word.toLowerCase())) return false;
  // The person rule: "Vladimir Putin", "Sergei Kirov" — a one-word place beside a first name or a
  // named person, or itself a first name beside another capitalised name, is part of a person's name.
  const previous = i > 0 && run[i - 1].end === run[i - 1].full ? run[i - 1] : null;
  const next = run[i].end === run[i].full ? run[i + 1] ?? null : null;
  const neighbours = [previous, next].filter((w): w is Word => !!w);
  const isFirstName = (w: string) => filters.firstNames.has(foldName(w)) || (isCyrillic(w, 0) && isCyrillicFirstName(w));
  const nameLike = (w: Word) => isFirstName(text.slice(w.start, w.end)) || filters.actors.some((a) => a.person && a.start <= w.start && w.end <= a.end);
  const capitalised = (w: Word) => {
    const other = foldName(text.slice(w.start, w.end));
    return !stopwords.has(other) && !PLACE_NEIGHBOURS.has(other) && !index.lookup(other).length && !(isCyrillic(other, 0) && index.lookupInflected(other).length);
  };
  if (neighbours.some(nameLike)) return false;
  // "By Sasha Vakulina": a village only the catalogue lists, before an unknown capitalised word, is a first name.
  if (!cyrillic && best.lat === null && next && capitalised(next)) return false;
  // "Popiv Yar": a small place's name after an unknown capitalised word is the tail of a longer name.
  if ((best.population ?? 0) < SMALL_PLACE && !marked && previous && capitalised(previous)) return false;
  return !(isFirstName(word) && neighbours.some(capitalised));
}

/** The word without its soft sign, then the stem of each way to cut it: "Степове" → степове, степов, … */
const wordStems = memoise((word: string): readonly string[] => {
  const folded = foldLoose(word);
  return [dropSoftSign(folded), ...wordCuts(folded).map((c) => c.stem)];
});

const isCyrillicFirstName = memoise((word: string): boolean => wordStems(word).some((c) => CYRILLIC_FIRST_NAMES.has(c)));

const isQuoted = (text: string, w: Word): boolean => /["“«]/.test(text[w.start - 1] ?? "") && /["”»]/.test(text[w.end] ?? "");

function mention(text: string, start: number, end: number, hits: Hit[]): PlaceMention & { hits: Hit[] } {
  const ranked = rankHits(hits);
  // Same-named catalogue villages that nothing tells apart: first a settlement of that name, none of them.
  const tie = unresolvedTie(ranked, {});
  return { start, end, text: text.slice(start, end), candidates: [...(tie ? [tie] : []), ...ranked.map((h) => h.record)], hits };
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
    // "В Покровске", "Під Часовим Яром": a capitalised preposition is no part of a name; it ends the run.
    if (isCyrillic(m[0], 0) && m[0].length <= 8 && CYRILLIC_FUNCTION_WORDS.has(dropSoftSign(foldLoose(m[0])))) {
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
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
