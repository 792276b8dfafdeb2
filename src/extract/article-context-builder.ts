// Builds the ArticleContext: folds the text, splits sentences, finds figures, dates and place mentions,
// and works out which regions the article is about. Page furniture ("4 Min Read", "Scroll to Top")
// is left out here, so no rule ever sees it.
import type { Article } from "../claims/index.js";
import type { ActorRegistry } from "../actors/actor-registry.js";
import type { PlaceIndex, PlaceMention } from "../places/place-index.js";
import { foldForMatching } from "../language/fold-text.js";
import type { SentenceSplitter } from "../language/sentences.js";
import { findQuantities } from "../language/quantities.js";
import { findDates } from "../language/dates.js";
import type { ArticleContext, SentenceInfo } from "./article-context.js";
import type { Lexicon } from "./lexicon.js";
import { perLexicon } from "./compile.js";

export interface ContextTools {
  splitter: SentenceSplitter;
  places: PlaceIndex;
  actors: ActorRegistry;
  lexicon: Lexicon;
  debug?: (message: string) => void;
}

const furniture = perLexicon((lex) => new RegExp(`^(?:${lex.FURNITURE.map((r) => r.pattern).join("|")})[.!]?$`, lex.script === "latin" ? "i" : "iu"));

export function buildContext(article: Article, tools: ContextTools): ArticleContext {
  const text = article.text;
  const fold = foldForMatching(text);
  const lower = lowerSameLength(fold);
  const mentions = tools.places.findMentions(fold);
  const sentences: SentenceInfo[] = [];
  const FURNITURE_RE = furniture(tools.lexicon);
  let m = 0;
  for (const s of tools.splitter.split(fold)) {
    const body = fold.slice(s.start, s.end);
    while (m < mentions.length && mentions[m].start < s.start) m++;
    const places: PlaceMention[] = [];
    for (let k = m; k < mentions.length && mentions[k].start < s.end; k++) if (mentions[k].end <= s.end) places.push(mentions[k]);
    if (FURNITURE_RE.test(body.trim()) || isHeadline(body)) continue;
    sentences.push({
      index: sentences.length, start: s.start, end: s.end, paragraph: s.paragraph,
      quantities: findQuantities(fold, s.start, s.end, tools.lexicon.code),
      dates: findDates(fold, s.start, s.end, article.published, tools.lexicon.code),
      places,
    });
  }
  return {
    article, text, fold, lower, sentences, places: tools.places, actors: rememberSpeakers(tools.actors),
    regions: regionsOf(mentions), lexicon: tools.lexicon, debug: tools.debug, cues: new Map(),
  };
}

// Articles ask the registry about the same phrases many times ("Moscow", "Минобороны России", "the
// ministry"): the registry does not change once loaded, so its answers are kept per registry (bounded: the
// store is emptied when it holds 50,000 phrases). Callers copy a source before changing it.
const answers = new WeakMap<ActorRegistry, Map<string, ReturnType<ActorRegistry["resolveSpeaker"]>>>();
const MAX_REMEMBERED = 50_000;
function rememberSpeakers(actors: ActorRegistry): ActorRegistry {
  let seen = answers.get(actors);
  if (!seen) { seen = new Map(); answers.set(actors, seen); }
  if (seen.size > MAX_REMEMBERED) seen.clear();
  return {
    ...actors,
    findMentions: (text) => actors.findMentions(text),
    list: () => actors.list(),
    resolveSpeaker(phrase) {
      let answer = seen!.get(phrase);
      if (answer === undefined && !seen!.has(phrase)) { answer = actors.resolveSpeaker(phrase); seen!.set(phrase, answer); }
      return answer ?? null;
    },
  };
}

// A headline restates the body in title case ("Russia’s Claimed Capture of X Comes at a Steep Cost"):
// its claims are told again, with their speakers, in the text below it.
function isHeadline(body: string): boolean {
  if (/[.!?]["'”’)]?$/.test(body.trim())) return false;
  const words = body.split(/\s+/).slice(1).filter((w) => /^[A-Za-z'’"“-]{4,}/.test(w));
  if (words.length < 3) return false;
  return words.filter((w) => /^["“']?[A-Z]/.test(w)).length / words.length >= 0.75;
}

function regionsOf(mentions: PlaceMention[]): string[] {
  const counts = new Map<string, number>();
  for (const mention of mentions) {
    const best = mention.candidates[0];
    const region = best?.type === "region" ? best.name : best?.region;
    if (region) counts.set(region, (counts.get(region) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = "";
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
