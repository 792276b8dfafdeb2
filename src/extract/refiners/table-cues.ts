// Attribution read from a pack's ATTRIBUTION rows, for languages that put the speaker after the verb as
// readily as before it: "сообщило министерство обороны РФ", "Министерство обороны сообщило",
// "заявил Зеленский", "по данным Генштаба ВСУ", "говорится в сообщении Минобороны". The speaker is the
// longest run of words beside the cue that the actor registry knows; else a capitalised name; its side,
// when the registry has none, from the pack's nationality words in the phrase.
import type { Source } from "../../claims/index.js";
import type { ArticleContext, SentenceInfo } from "../article-context.js";
import type { AttributionRows, Lexicon } from "../lexicon.js";
import { perLexicon, re } from "../compile.js";
import type { Cue } from "./attribution-cues.js";

const compiled = perLexicon((lex: Lexicon) => {
  const a = lex.ATTRIBUTION as AttributionRows;
  return {
    VERB: re(lex, `\\b(${a.speech}|${a.denial})\\b`, "g"),
    DENIAL: re(lex, `^(?:${a.denial})$`),
    ACCORDING: re(lex, `\\b(?:${a.according}|${a.statement})(?:\\s+|,\\s*)`, "g"),
    BREAK: re(lex, `(?:[;:"()]|\\s-\\s|,|\\b(?:${a.subjectBreak})\\b)`, "g"),
    PRONOUN: re(lex, `^(?:${a.pronoun})$`, "i"),
    PERSON_PRONOUN: re(lex, `^(?:${a.personPronoun})$`, "i"),
    NEGATED: re(lex, `\\b(?:${lex.NEGATION_BEFORE ?? "(?!)"})\\s+$`),
    NATION: lex.NATIONALITY.map((n) => ({ side: n.side, re: re(lex, `\\b(?:${n.pattern})`, "i") })),
    STOP: re(lex, `^(?:${a.subjectBreak})$`, "i"),
    RELATIVE: a.relative ? re(lex, `\\s*,\\s*(?:${a.relative})\\b[^;:]*,\\s*$`, "i") : null,
  };
});

type Rules = ReturnType<typeof compiled>;
const HEADING = /^([^:.!?«»"\n]{2,60}):\s+(?=\S)/u;
const MAX_WORDS = 8;

export function scanTableCues(ctx: ArticleContext, s: SentenceInfo): Cue[] {
  const R = compiled(ctx.lexicon);
  const text = ctx.lower.slice(s.start, s.end);
  const cues: Cue[] = [];
  R.VERB.lastIndex = 0;
  for (let m = R.VERB.exec(text); m; m = R.VERB.exec(text)) {
    const at = s.start + m.index, end = at + m[0].length;
    const cue: Cue = { at, end, verb: m[1], kind: "verb", denial: R.DENIAL.test(m[1]), negated: R.NEGATED.test(text.slice(0, m.index)),
      source: null, pronoun: false, coordinated: false };
    const before = wordsBefore(ctx, R, s.start, at);
    const after = wordsAfter(ctx, R, end, s.end);
    // Before the verb first ("Минобороны сообщило"), then after it ("сообщило Минобороны").
    cue.source = speakerIn(ctx, R, before, "end") ?? speakerIn(ctx, R, after, "start") ?? nameInClause(ctx, R, s.start, at);
    // "DeepState, которая отслеживает линию фронта …, подтверждает": the subject before the relative clause.
    const relative = !cue.source && R.RELATIVE ? R.RELATIVE.exec(ctx.lower.slice(s.start, at)) : null;
    if (relative) cue.source = speakerIn(ctx, R, wordsBefore(ctx, R, s.start, s.start + relative.index), "end");
    if (!cue.source) {
      const near = [before.at(-1), after[0]].filter((w): w is Word => !!w);
      const pronoun = near.find((w) => R.PRONOUN.test(w.text));
      if (pronoun) { cue.pronoun = true; if (R.PERSON_PRONOUN.test(pronoun.text)) cue.pronounNoun = "he"; }
      // "…, сообщил он": "… and added": nothing named beside the verb continues the speaker before.
      else if (!before.length) cue.coordinated = true;
    }
    cues.push(cue);
  }
  R.ACCORDING.lastIndex = 0;
  for (let m = R.ACCORDING.exec(text); m; m = R.ACCORDING.exec(text)) {
    const at = s.start + m.index, from = at + m[0].length;
    // "по его словам": the pronoun stands inside the phrase, and no speaker follows it.
    if (R.PERSON_PRONOUN.test(m[0].trim().split(/\s+/)[1] ?? "")) {
      cues.push({ at, end: from, verb: m[0].trim(), kind: "according", denial: false, negated: false, source: null, pronoun: true, coordinated: false, pronounNoun: "he" });
      continue;
    }
    const after = wordsAfter(ctx, R, from, s.end);
    const source = speakerIn(ctx, R, after, "start");
    // "за даними прокуратури, …": a speaker the registry lacks, named in a few words closed by a comma.
    const named = source ?? (after.length && after.length <= 3 && /^\s*,/.test(ctx.fold.slice(after.at(-1)!.end, after.at(-1)!.end + 2)) && !R.PRONOUN.test(after[0].text)
      ? groupOf(ctx, R, after) : null);
    if (named) cues.push({ at, end: from + (named.mention?.length ?? 0), verb: m[0].trim(), kind: "according", denial: false, negated: false, source: named, pronoun: false, coordinated: false });
    else if (after[0] && R.PRONOUN.test(after[0].text)) cues.push({ at, end: from, verb: m[0].trim(), kind: "according", denial: false, negated: false, source: null, pronoun: true, coordinated: false, ...(R.PERSON_PRONOUN.test(after[0].text) ? { pronounNoun: "he" } : {}) });
  }
  // "Генштаб ВСУ: оккупанты штурмуют …": a heading that names its speaker before a colon.
  const heading = HEADING.exec(ctx.fold.slice(s.start, s.end));
  if (heading && !cues.some((q) => q.at < s.start + heading[0].length)) {
    const list = words(ctx, s.start, s.start + heading[1].length);
    const source = list.length <= MAX_WORDS ? speakerIn(ctx, R, list, "end") : null;
    if (source && ctx.actors.resolveSpeaker(heading[1].trim())) cues.push({ at: s.start, end: s.start + heading[1].length, verb: ":", kind: "according", denial: false, negated: false, source, pronoun: false, coordinated: false });
  }
  return cues.sort((a, b) => a.at - b.at);
}

interface Word { text: string; start: number; end: number }
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’ʼ.-]*/gu;

/** The words of the clause before `to`, back to the last break. */
function wordsBefore(ctx: ArticleContext, R: Rules, from: number, to: number): Word[] {
  const text = ctx.lower.slice(from, to);
  let start = 0;
  R.BREAK.lastIndex = 0;
  for (let m = R.BREAK.exec(text); m; m = R.BREAK.exec(text)) start = m.index + m[0].length;
  return words(ctx, from + start, to).slice(-MAX_WORDS);
}

/** The words after `from`, up to the next break. */
function wordsAfter(ctx: ArticleContext, R: Rules, from: number, to: number): Word[] {
  const text = ctx.lower.slice(from, to);
  R.BREAK.lastIndex = 0;
  let m = R.BREAK.exec(text);
  // A short quoted name or bracketed abbreviation inside the subject ('группировки войск "Днепр" Алексей
  // Бельский', 'голова Донецької ОДА (ОВА) Павло Кириленко') is no break.
  while (m && (m[0] === '"' || m[0] === "(") && m.index > 0 && /\p{L}\s$/u.test(text.slice(0, m.index))) {
    const name = (m[0] === "(" ? BRACKETED : QUOTED_NAME).exec(text.slice(m.index + 1));
    if (!name) break;
    R.BREAK.lastIndex = m.index + 1 + name[0].length;
    m = R.BREAK.exec(text);
  }
  return words(ctx, from, from + (m ? m.index : text.length)).slice(0, MAX_WORDS);
}
const QUOTED_NAME = /^[^"\n,;.:()]{1,40}"/u;
const BRACKETED = /^[^"\n,;.:()]{1,12}\)/u;

function words(ctx: ArticleContext, from: number, to: number): Word[] {
  const out: Word[] = [];
  const text = ctx.fold.slice(from, to);
  WORD.lastIndex = 0;
  // (A word's trailing full stop closes the sentence or an abbreviation; it is not part of a name.)
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) { const word = m[0].replace(/\.$/, ""); out.push({ text: word, start: from + m.index, end: from + m.index + word.length }); }
  return out;
}

/**
 * The speaker among words: the longest run anchored at the verb's side ("end": the last words before it;
 * "start": the first words after it) that the registry knows; else a run of capitalised words (a name).
 */
function speakerIn(ctx: ArticleContext, R: Rules, list: Word[], anchor: "start" | "end"): Source | null {
  if (!list.length) return null;
  for (let n = Math.min(list.length, MAX_WORDS); n >= 1; n--) {
    // Anchored at the verb, or one word off it (a time or place word may stand between: "сообщило в
    // четверг Минобороны").
    const at = anchor === "start" ? 0 : list.length - n;
    const offsets = [at, anchor === "start" ? 1 : at - 1].filter((i) => i >= 0 && i + n <= list.length);
    for (const i of offsets) {
      const run = list.slice(i, i + n);
      const phrase = ctx.fold.slice(run[0].start, run[run.length - 1].end);
      const known = ctx.actors.resolveSpeaker(phrase);
      if (known) return known.side ? { ...known, mention: known.mention ?? phrase } : { ...known, side: sideOf(R, phrase), mention: known.mention ?? phrase };
    }
  }
  // A name the registry lacks: capitalised words next to the verb ("заявил Виктор Трегубов").
  const caps = anchor === "start" ? takeWhile(list, isCapital) : takeWhile([...list].reverse(), isCapital).reverse();
  // ("Он сообщил": a capitalised pronoun is no name; the caller resolves it to the speaker before.)
  if (caps.length && !R.STOP.test(caps[0].text) && !R.PRONOUN.test(caps[0].text) && !ctx.places.resolve(caps.map((w) => w.text).join(" "))) {
    const phrase = ctx.fold.slice(caps[0].start, caps[caps.length - 1].end);
    const around = ctx.fold.slice(list[0].start, list[list.length - 1].end);
    return { name: phrase, kind: caps.length <= 3 ? "person" : "group", side: sideOf(R, around), role: around !== phrase ? around : null, institution: null, mention: around };
  }
  return null;
}

function groupOf(ctx: ArticleContext, R: Rules, list: Word[]): Source {
  const phrase = ctx.fold.slice(list[0].start, list[list.length - 1].end);
  return { name: phrase, kind: "group", side: sideOf(R, phrase), role: phrase, institution: null, mention: phrase };
}

/**
 * "очільник Донецької ОВА Вадим Філашкін вранці 1 жовтня в ефірі телемарафону повідомив": words of time
 * and place between the subject and its verb. The last name in the clause before the verb (back to a
 * comma, a colon or a quote): a run the registry knows, else two or three capitalised words.
 */
function nameInClause(ctx: ArticleContext, R: Rules, from: number, to: number): Source | null {
  const text = ctx.lower.slice(from, to);
  const cut = Math.max(text.lastIndexOf(","), text.lastIndexOf(":"), text.lastIndexOf('"'), text.lastIndexOf(";"));
  const list = words(ctx, from + cut + 1, to).slice(-16);
  for (let end = list.length; end > 0; end--) {
    for (let n = Math.min(4, end); n >= 1; n--) {
      const run = list.slice(end - n, end);
      if (!run.every(isCapital) && n === 1) continue;
      const phrase = ctx.fold.slice(run[0].start, run[run.length - 1].end);
      const known = run.some(isCapital) ? ctx.actors.resolveSpeaker(phrase) : null;
      if (known && (known.kind === "person" || known.side)) return { ...known, mention: known.mention ?? phrase };
    }
    const caps = takeWhile(list.slice(0, end).reverse(), isCapital).reverse();
    if (caps.length >= 2 && caps.length <= 3 && !R.STOP.test(caps[0].text) && !ctx.places.resolve(caps.map((w) => w.text).join(" "))) {
      const phrase = ctx.fold.slice(caps[0].start, caps[caps.length - 1].end);
      const around = ctx.fold.slice(list[0].start, caps[caps.length - 1].end);
      return { name: phrase, kind: "person", side: sideOf(R, around), role: around !== phrase ? around : null, institution: null, mention: around };
    }
  }
  return null;
}

const isCapital = (w: Word) => /^\p{Lu}/u.test(w.text);
function takeWhile<T>(list: T[], ok: (x: T) => boolean): T[] {
  const out: T[] = [];
  for (const x of list) { if (!ok(x)) break; out.push(x); }
  return out;
}

function sideOf(R: Rules, phrase: string): Source["side"] {
  return R.NATION.find((n) => n.re.test(phrase.toLowerCase()))?.side ?? null;
}
