// Attaches the speaker of each candidate, and the polarity its cue implies. Order of preference, why:
// 1. the nearest speech verb before the claim: in "…, which Moscow claimed to have captured, experts
//    said", Moscow claims the capture; the experts only say the surrounding sentence;
// 2. "according to X", "citing X", "posted by X" anywhere in the sentence;
// 3. a speech verb after the claim ("…, the channel said without citing sources");
// 4. nothing: the article's own voice (source null).
// Pronouns ("he added", "it said") and coordinated verbs ("… and noted that") take the speaker before.
import type { Source } from "../../claims/index.js";
import type { Refiner } from "../article-context.js";
import type { Candidate } from "../candidate.js";
import type { Lexicon } from "../lexicon.js";
import { perLexicon, re } from "../compile.js";
import type { ArticleContext } from "../article-context.js";
import { clauseStart } from "../text-window.js";
import { findCues, speakerOf, type Cue } from "./attribution-cues.js";

// The rows of the pack, compiled once per lexicon.
const compile = (lex: Lexicon) => {
  const { NEGATED_EVIDENCE, NEGATED_SUBJECT, NEXT_SENTENCE_SPEAKER, UNCONFIRMED } = lex;
  const UNCONFIRMED_RE = re(lex, `\\b(?:${UNCONFIRMED})`);
  const NEGATED_BY_SUBJECT = NEGATED_SUBJECT.map((row) => ({ ...row, re: re(lex, `\\b(?:${row.pattern})`) }));
  const SPEAKER_AFTER = NEXT_SENTENCE_SPEAKER.map((row) => ({ ...row, re: re(lex, row.pattern, "i") }));
  const NOT_FOUND = NEGATED_EVIDENCE.map((row) => ({ ...row, re: re(lex, `\\b(?:${row.pattern})\\b`) }));
  // "had not captured", "НЕ окупувала", "не находится в окружении": the trigger negated by its own clause.
  const NEGATED_TRIGGER = re(lex, `\\b(?:${lex.NEGATED_TRIGGER})$`);
  const OPENER = lex.CONTINUATION_OPENER ? re(lex, lex.CONTINUATION_OPENER, "i") : null;
  const SOURCE_LINE = lex.SOURCE_LINE ? re(lex, lex.SOURCE_LINE, "i") : null;
  const BACKGROUND = lex.BACKGROUND_APPOSITIVE ? re(lex, `(?:${lex.BACKGROUND_APPOSITIVE})$`) : null;
  return { NEGATED_TRIGGER, UNCONFIRMED_RE, NEGATED_BY_SUBJECT, SPEAKER_AFTER, NOT_FOUND, OPENER, SOURCE_LINE, BACKGROUND };
};
type Rules = ReturnType<typeof compile>;
const compiled = perLexicon(compile);
const CLAIM_VERB = /^claim/;
// What a report goes on telling; a town's population or distances are the writer's background.
const REPORTED_KINDS = new Set(["casualties", "control", "event", "forces"]);
// A sentence with a date of its own ("In October it became known …", "losses in 2025 alone …") tells
// another time than the report's: the writer's background, not the report going on.
// ("For example, yesterday …": an opener that goes on with the report keeps it, date or not.)
const CONTINUES = (report: { sentence: number; paragraph: number }, s: { index: number; paragraph: number; dates: unknown[] }, opener: boolean) =>
  s.index - report.sentence <= 1 && s.paragraph - report.paragraph <= 1 && (s.dates.length === 0 || opener);

export const SpeakerRefiner: Refiner = {
  name: "speaker",
  refine(ctx, found) {
    const R = compiled(ctx.lexicon);
    const bySentence = new Map<number, Candidate[]>();
    for (const c of found) bySentence.set(c.sentence, [...(bySentence.get(c.sentence) ?? []), c]);
    const out: Candidate[] = [];
    let last: Source | null = null;
    const named: Source[] = [];
    const told = speakersNamedAfter(ctx);
    let paragraph = -1, quotes = 0;
    // The speaker of the last attributed claim, where it was: a claim sentence right after it with no
    // speaker of its own goes on with that report ("The ministry said X. In the Y direction, …").
    let report: { source: Source; sentence: number; paragraph: number } | null = null;
    const articleSource = sourceLine(ctx, R);
    for (const s of ctx.sentences) {
      // Inside a quotation opened in an earlier sentence of the paragraph ("… told Reuters, "This is not
      // true. Our units are fighting in X."): an odd number of quote marks before it.
      if (s.paragraph !== paragraph) { paragraph = s.paragraph; quotes = 0; }
      const insideQuote = quotes % 2 === 1;
      quotes += (ctx.fold.slice(s.start, s.end).match(/"/g) ?? []).length;
      const cues = findCues(ctx, s);
      // Resolve pronouns and coordinated verbs in reading order.
      let previousInSentence: Source | null = null;
      ctx.cues.set(s.index, cues); // later refiners (denials of a report) read the resolved speakers
      for (const cue of cues) {
        if (cue.pronoun && !cue.source) {
          // "he", "it": the last such speaker, else the last one; "the ministry": only a ministry named before.
          const personal = !cue.pronounNoun || /^(?:he|she|it|they)$/.test(cue.pronounNoun);
          const antecedent: Source | null = (cue.pronounNoun && typedAntecedent(named, cue.pronounNoun)) || (personal ? last : null);
          cue.source = cue.possessive && antecedent ? possessiveSpeaker(cue.possessive, antecedent) : antecedent;
          // "the ministry said" with no ministry named before: the ministry, side unknown.
          if (!cue.source && cue.pronounNoun && !/^(?:he|she|it|they)$/.test(cue.pronounNoun)) {
            cue.source = { name: cue.pronounNoun.replace(/\b\w/g, (ch) => ch.toUpperCase()), kind: "organization", side: null, role: null, institution: null, mention: cue.pronounNoun };
          }
        }
        if (cue.coordinated && !cue.source) cue.source = previousInSentence;
        if (cue.source) {
          previousInSentence = cue.source;
          if (cue.kind === "verb" || cue.kind === "according") { last = cue.source; named.push(cue.source); }
        }
      }
      // A sentence that is all quotation, with no speaker of its own, goes on quoting the last one.
      const later = told.get(s.index);
      const quoted = !cues.some((q) => q.source) && (later || ((/^["“‘']/.test(ctx.fold.slice(s.start, s.start + 1)) || insideQuote) && last))
        ? { at: s.start, end: s.start, verb: later ? "named-after" : "quoted", kind: "verb" as const, denial: false, negated: false, source: later ?? last, pronoun: false, coordinated: false }
        : null;
      const opener = !!R.OPENER?.test(ctx.fold.slice(s.start, Math.min(s.end, s.start + 40)));
      const continued: Cue | null = !cues.some((q) => q.source) && !quoted && report && CONTINUES(report, s, opener)
        ? { at: s.start, end: s.start, verb: "continues-report", kind: "verb" as const, denial: false, negated: false, source: report.source, pronoun: false, coordinated: false }
        : null;
      const sourced: Cue | null = articleSource && !cues.some((q) => q.source) && !quoted
        ? { at: s.start, end: s.start, verb: "source-line", kind: "according", denial: false, negated: false, source: articleSource, pronoun: false, coordinated: false }
        : null;
      for (const c of bySentence.get(s.index) ?? []) {
        const cue: Cue | null = chooseCue(cues, c) ?? quoted ?? (REPORTED_KINDS.has(c.kind) ? continued ?? sourced : null);
        const shaped = shape(R, ctx.lower, c, cue, s.start, clauseStart(ctx, s, c.at));
        if (shaped) out.push(shaped);
        if (shaped?.source && cue !== continued) report = { source: shaped.source, sentence: s.index, paragraph: s.paragraph };
        // (… and an opener's sentence carries the report on to the next one.)
        else if (shaped?.source && cue && cue === continued && opener) report = { source: cue.source!, sentence: s.index, paragraph: s.paragraph };
      }
      // "За словами Зеленського, співвідношення втрат – 1 до 3.": a sentence with a speaker and no claim opens a report too.
      const spoken = cues.find((q) => q.source && !q.denial && !q.negated && (q.kind === "verb" || q.kind === "according"));
      if (spoken && !(bySentence.get(s.index) ?? []).length) report = { source: spoken.source!, sentence: s.index, paragraph: s.paragraph };
    }
    return out;
  },
};

/**
 * "Джерело: інформація від Генерального штабу ЗСУ.": a line naming the source of the whole article; its
 * claims that name no speaker of their own are that source's. The longest run of words after the colon
 * the registry knows (a media outlet credited this way is a photo or text credit, not the claims' source).
 */
function sourceLine(ctx: ArticleContext, R: Rules): Source | null {
  if (!R.SOURCE_LINE) return null;
  // (Read from the lines of the text: a short credit line is page furniture, not a sentence.)
  const found = new Map<string, Source>();
  for (const line of ctx.fold.split("\n")) {
    const m = R.SOURCE_LINE.exec(line.trim());
    if (!m) continue;
    const words = line.trim().slice(m[0].length).replace(/[.!]\s*$/, "").split(/\s+/).filter(Boolean).slice(0, 12);
    search: for (let n = Math.min(words.length, 10); n >= 1; n--) {
      for (let i = 0; i + n <= Math.min(words.length, 4 + n); i++) {
        const known = ctx.actors.resolveSpeaker(words.slice(i, i + n).join(" "));
        if (known && known.kind !== "media") { found.set(known.name, { ...known, mention: known.mention ?? words.slice(i, i + n).join(" ") }); break search; }
      }
    }
  }
  // Several source lines credit several items (photos, quotes): none speaks for the whole article.
  return found.size === 1 ? [...found.values()][0] : null;
}

// "… Lysychansk is under Ukrainian control. ¶ This was announced by the head of the oblast administration":
// the speaker named after the claims. A sentence opening its paragraph names the speaker of the whole
// paragraph before; otherwise of the sentence just before.
function speakersNamedAfter(ctx: ArticleContext): Map<number, Source> {
  const R = compiled(ctx.lexicon);
  const out = new Map<number, Source>();
  for (const s of ctx.sentences) {
    const text = ctx.fold.slice(s.start, s.end);
    for (const row of R.SPEAKER_AFTER) {
      const m = row.re.exec(text);
      const source = m?.groups?.who ? speakerOf(ctx, m.groups.who, true) : null;
      if (!source) continue;
      const first = s.index === 0 || ctx.sentences[s.index - 1].paragraph !== s.paragraph;
      for (let i = s.index - 1; i >= 0; i--) {
        const before = ctx.sentences[i];
        if (!first && i < s.index - 1) break;
        if (first && before.paragraph !== s.paragraph - 1) break;
        if (!out.has(i)) out.set(i, source);
      }
      break;
    }
  }
  return out;
}

function possessiveSpeaker(words: string, owner: Source): Source {
  const name = words.split(",").map((w) => w.trim()).filter(Boolean).at(-1) ?? words;
  return { name: /^(?:his|her|its|their)\b/i.test(name) ? `${owner.name} (${name.replace(/^(?:his|her|its|their)\s+/i, "")})` : name,
    kind: "person", side: owner.side, role: words, institution: owner.institution ?? owner.name, mention: words };
}

// "the ministry said" is the last ministry named (by its name before by a role), not merely the last
// speaker; "it said" the last organisation, "he said" the last person.
function typedAntecedent(named: Source[], noun: string): Source | null {
  if (noun === "he" || noun === "she") return [...named].reverse().find((s) => s.kind === "person") ?? null;
  if (noun === "it") return [...named].reverse().find((s) => s.kind !== "person") ?? null;
  if (noun === "they") return null;
  const words = noun.split(/\s+/);
  const has = (text: string) => words.every((w) => text.toLowerCase().includes(w));
  return [...named].reverse().find((s) => has(s.name)) ?? [...named].reverse().find((s) => has(s.role ?? "")) ?? null;
}

function chooseCue(all: Cue[], c: Candidate): Cue | null {
  // "X said …, RegioNews reports": an outlet relaying after a named speaker yields to the one it relays.
  const relays = (q: Cue) => q.source?.kind === "media" && all.some((p) => p.at < q.at && p.source?.side && p.source.kind !== "media");
  const cues = all.filter((q) => !relays(q));
  const before = cues.filter((q) => q.kind === "verb" && q.source && (q.end <= c.at || (q.at >= c.at && q.end <= c.end)));
  if (before.length) return before[before.length - 1];
  const explicit = cues.find((q) => q.kind !== "verb" && q.source && (q.end <= c.at || q.at >= c.end));
  const after = cues.find((q) => q.kind === "verb" && q.at >= c.end && q.source);
  // "…, the ministry said, according to a state media report": the report relays the one who said it.
  if (explicit && after && explicit.kind === "according" && explicit.at > after.at) return after;
  return explicit ?? after ?? null;
}

// "X, a city of 70,000 people," / ", home to 11,000 people": the writer describes the place.


// "Kyiv's claim that its forces had retaken X was false": the speaker denies the claim it reports.
const CALLED_FALSE_AFTER = /^[^;.]{0,80}?\b(?:was|is|were|are)\s+(?:completely\s+|entirely\s+|simply\s+)?["“]?(?:false|untrue|fake|a lie|lies|not true|fabricated|a fabrication|fabrications|nonsense|disinformation)\b/;

function shape(R: Rules, lower: string, c: Candidate, cue: Cue | null, sentenceStart: number, clause: number): Candidate | null {
  // "Myrnohrad — a town of roughly 46,000 pre-war residents", "Krynky, a village some 35 km east of Kherson":
  // a description of a place in apposition is the writer's background, not the speaker's claim.
  if ((c.kind === "population" || c.kind === "distance" || c.kind === "control") && R.BACKGROUND?.test(lower.slice(Math.max(sentenceStart, c.at - 120), c.at))) cue = null;
  if (cue?.denial && cue.negated) return null;
  const trail = [...c.trail];
  let polarity = c.polarity;
  const hedges = [...c.hedges];
  if (cue) {
    trail.push(`speaker:${cue.kind}:${cue.verb}`);
    if (cue.denial && cue.at < c.at) polarity = "denied";
    if (cue.end <= c.at && R.UNCONFIRMED_RE.test(lower.slice(cue.end, c.at))) polarity = "unconfirmed";
    if (CLAIM_VERB.test(cue.verb) && !hedges.includes("claimed")) hedges.push("claimed");
  }
  // "ISW has not observed evidence that Russian forces seized X": looked for, not found.
  const notFound = polarity === "asserted" ? R.NOT_FOUND.find((row) => row.re.test(lower.slice(sentenceStart, c.at))) : undefined;
  if (notFound) {
    polarity = "unconfirmed";
    trail.push(`polarity:${notFound.reason}`);
  }
  if (polarity === "asserted" && cue && CALLED_FALSE_AFTER.test(lower.slice(c.end, c.end + 80)) && /\b(?:claims?|reports?|statements?|allegations?)\s+(?:that|of|about)\b/.test(lower.slice(Math.max(0, c.at - 80), c.at))) {
    polarity = "denied";
    trail.push("polarity:claim-called-false");
  }
  // "None of its units are encircled", "there is no encirclement of X": the speaker denies it.
  // (The trigger may hold its own subject: "units … are encircled".)
  const before = lower.slice(Math.max(clause, c.at - 120), c.at), through = lower.slice(Math.max(clause, c.at - 120), c.end);
  const negated = polarity === "asserted" && c.value === null ? R.NEGATED_BY_SUBJECT.find((row) => row.re.test(before) || row.re.test(through)) : undefined;
  if (negated) {
    polarity = "denied";
    trail.push(`polarity:${negated.reason}`);
  }
  if (polarity === "asserted" && R.NEGATED_TRIGGER.test(lower.slice(Math.max(0, c.at - 30), c.at)) && c.kind !== "population") {
    polarity = "denied";
    trail.push("polarity:negated-trigger");
  }
  return { ...c, source: cue?.source ?? null, sourceAt: cue?.at, polarity, hedges, trail };
}
