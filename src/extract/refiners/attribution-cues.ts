// Where a sentence says who speaks: "X said/claimed/denied …" (the subject before the verb),
// "…, said X", "according to X", "citing X", "posted/shared by X". Each cue carries the speaker it
// names, or marks a pronoun ("he added", "it said") for the caller to resolve from earlier sentences.
import type { Source } from "../../claims/index.js";
import type { ArticleContext, SentenceInfo } from "../article-context.js";
import { perLexicon, re } from "../compile.js";
import { scanTableCues } from "./table-cues.js";

export interface Cue {
  at: number;
  end: number;
  verb: string;
  kind: "verb" | "according" | "by";
  denial: boolean;
  /** "did not deny": the speaker reports a non-denial. */
  negated: boolean;
  source: Source | null;
  pronoun: boolean;
  /** "… and noted that": shares the subject of the verb before it. */
  coordinated: boolean;
  /** "the ministry said": the noun to look for among the speakers named before. */
  pronounNoun?: string;
  /** "his spokesman, Name,": the words, to name the speaker while keeping the side of the one before. */
  possessive?: string;
}

// The pack's speech and denial verbs, compiled once per lexicon.
const verbs = perLexicon((lex) => ({
  VERB: re(lex, `\\b(${lex.SPEECH_VERBS}|${lex.DENIAL_VERBS})\\b`, "g"),
  DENIAL: new RegExp(`^(?:${lex.DENIAL_VERBS})$`, "u"),
  VERB_ANYWHERE: re(lex, `\\b(?:${lex.SPEECH_VERBS}|${lex.DENIAL_VERBS})\\b`),
}));
const SPEECH_VERB_BEFORE = perLexicon((lex) => re(lex, `\\b(?:${lex.SPEECH_VERBS}|${lex.DENIAL_VERBS})\\s+$`));
const ACCORDING = /\b(?:according to|citing|cited by|quoted by|as reported by|(?:posted|shared|published|released|issued|filmed|distributed) by)\s+/g;
const NOT_A_SPEAKER = /^(?:the\s+)?(?:(?:preliminary|official|available|latest|initial|updated|early|unofficial|its|their|his|her)\s+)?(?:data|figures|information|estimates|statistics|numbers|calculations|reports|report|count|tally)$/i;
const PASSIVE_BEFORE = /\b(?:were|was|been|being|is|are|be)\s+(?:\w+ly\s+)?$/;
const NOUN_BEFORE = /(?:\b(?:the|a|an|these|those|such|repeated|their|its|his|her|our|deny|denied|denies|dismissed|rejected|of|and|russian|ukrainian|false|exaggerated|earlier|previous|unverified|similar)|'s)\s+$/;
const NEGATED_BEFORE = /\b(?:not|n't|never)\s+(?:\w+ly\s+)?$/;
const SUBJECT_BREAK = /[;:"]|\s-\s|-{2}|\b(?:that|which|who|whom|as|while|but|because|although|though|after|when|if)\b/g;
// "Name, who commands X, said": the relative clause describes the speaker; it does not end the subject.
const RELATIVE_APPOSITION = /,\s*(?:who|which)\b[^,;]*,\s*$/;
// "Wagner Group, run by an ally of President Vladimir Putin, claimed": the one named in the participle is not the subject.
const PARTICIPLE_APPOSITION = /,\s*(?:run|led|headed|founded|owned|backed|controlled|commanded|funded|financed|created|supported|sponsored) by\b[^,;]*,\s*$/;
const TRAILING_FILLER = /(?:[\s,]+(?:also|has|have|had|is|are|was|were|now|repeatedly|again|continues to|continue to|continued to|continuing to|earlier|later|previously|then|further|publicly|officially|separately|recently|already|itself|themselves|once again|has repeatedly|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:in|last|this|on|earlier) (?:[a-z]+|[a-z]+ \d{1,2})|yesterday|today|not|n't|did|does|do|would|could|will|may|might))+\s*$/i;
const LEADING_FILLER = /^\s*(?:and|but|with|while|as|so|yet|also|meanwhile|however|still|now)\b[\s,]*/i;
const PRONOUN = /^(?:he|she|it|they|the (?:[a-z-]+ )?(?:ministry|statement|army|military|agency|channel|group|report|institute|think tank|official|spokesman|spokesperson|governor|president|general staff))$/i;
const STOP_SUBJECT = /^(?:it|this|that|there|which|what|who|these|those|some|many|most|one|figures?|the figure|a figure|the number|the data|the report|reports?|estimates?|images?|footage|video|photos?)$/i;

export function findCues(ctx: ArticleContext, s: SentenceInfo): Cue[] {
  let cues = ctx.cues.get(s.index);
  // A pack with attribution rows is read by the table engine; English by its subject-verb reading below.
  if (!cues) { cues = ctx.lexicon.ATTRIBUTION ? scanTableCues(ctx, s) : scanCues(ctx, s); ctx.cues.set(s.index, cues); }
  return cues.map((c) => ({ ...c }));
}

function scanCues(ctx: ArticleContext, s: SentenceInfo): Cue[] {
  const text = ctx.lower.slice(s.start, s.end);
  const cues: Cue[] = [];
  const { VERB } = verbs(ctx.lexicon);
  VERB.lastIndex = 0;
  for (let m = VERB.exec(text); m; m = VERB.exec(text)) {
    const before = text.slice(0, m.index);
    if (PASSIVE_BEFORE.test(before)) continue;
    // "a video posted by X", "figures released by X": a participle; "by X" names the speaker.
    if (/^\s+by\b/.test(text.slice(m.index + m[0].length))) continue;
    const verb = m[1];
    const ambiguousNoun = /^(?:claims?|reports?|estimates?|shows|states|notes|posted|published|released)$/.test(verb);
    if (ambiguousNoun && NOUN_BEFORE.test(before)) continue;
    // "The General Staff also said reports of …": after a speech verb, "reports" is what is said of.
    if (ambiguousNoun && SPEECH_VERB_BEFORE(ctx.lexicon).test(before)) continue;
    const cue = verbCue(ctx, s, m.index, m.index + m[0].length, verb);
    if (ambiguousNoun && !cue.source && !cue.pronoun) continue;
    cues.push(cue);
  }
  ACCORDING.lastIndex = 0;
  for (let m = ACCORDING.exec(text); m; m = ACCORDING.exec(text)) {
    if (/\bwithout\s+$/.test(text.slice(0, m.index))) continue;
    const from = s.start + m.index + m[0].length;
    const phrase = ctx.fold.slice(from, s.end).split(/[,;.!?()]|\s-\s|\s(?:shows?|showing|said|says|which|that|who)\s/)[0];
    // "according to preliminary data": how the speaker knows, not who speaks.
    if (NOT_A_SPEAKER.test(phrase.trim())) continue;
    const kind = m[0].startsWith("accord") || m[0].startsWith("cit") ? "according" as const : "by" as const;
    // "according to him": the speaker named before.
    if (/^(?:him|her|them|it)$/i.test(phrase.trim())) {
      cues.push({ at: s.start + m.index, end: from + phrase.length, verb: m[0].trim(), kind, denial: false, negated: false, source: null, pronoun: true, pronounNoun: phrase.trim().toLowerCase() === "him" ? "he" : phrase.trim().toLowerCase() === "her" ? "she" : undefined, coordinated: false });
      continue;
    }
    const source = described(speakerOf(ctx, phrase, true), ctx.fold.slice(from + phrase.length, s.end));
    if (source) cues.push({ at: s.start + m.index, end: from + phrase.length, verb: m[0].trim(), kind, denial: false, negated: false, source, pronoun: false, coordinated: false });
  }
  return cues.sort((a, b) => a.at - b.at);
}

function verbCue(ctx: ArticleContext, s: SentenceInfo, from: number, to: number, verb: string): Cue {
  const { DENIAL, VERB_ANYWHERE } = verbs(ctx.lexicon);
  const text = ctx.lower.slice(s.start, s.end);
  const before = text.slice(0, from);
  const participle = PARTICIPLE_APPOSITION.exec(before);
  const relative = participle ? null : RELATIVE_APPOSITION.exec(before);
  const head = participle ? before.slice(0, participle.index) : relative ? before.slice(0, relative.index) : before;
  let start = 0;
  SUBJECT_BREAK.lastIndex = 0;
  // (A short quoted term inside the subject — 'head of the "military-civilian administration" for X' — is no break.)
  // (Only a term after a determiner: a quoted clause — 'had "fulfilled its mission" and denied' — still ends it.)
  const unquoted = head.replace(/(?<=\b(?:the|a|an|of|so-called|called)\s)"[^"\n,;.:]{1,40}"(?=\s+\S)/g, (q) => " ".repeat(q.length));
  for (let m = SUBJECT_BREAK.exec(unquoted); m; m = SUBJECT_BREAK.exec(unquoted)) start = m.index + m[0].length;
  // "Kyiv said … and Moscow said …": a capitalised name after "and" begins the subject of a new clause.
  const joined = /\band\s+(?=(?:the\s+)?\S+(?:\s+\S+){0,4}\s*$)/g;
  for (let m = joined.exec(head); m; m = joined.exec(head)) {
    const next = s.start + m.index + m[0].length;
    if (m.index > start && /^(?:the\s+)?[A-Z]/.test(ctx.fold.slice(next, next + 40)) && VERB_ANYWHERE.test(head.slice(start, m.index))) start = m.index + m[0].length;
  }
  const raw = ctx.fold.slice(s.start + start, s.start + head.length) + (relative ? ", " + ctx.fold.slice(s.start + relative.index + 1, s.start + from).trim() : "");
  const cue: Cue = {
    at: s.start + from, end: s.start + to, verb, kind: "verb", denial: DENIAL.test(verb),
    negated: NEGATED_BEFORE.test(before), source: null, pronoun: false, coordinated: false,
  };
  // "…, insisting that …": a participle says more from the subject of the verb before it.
  if (/ing$/.test(verb) && /,\s*$/.test(before)) { cue.coordinated = true; cue.denial = false; return cue; }
  // "His spokesman, Name, said": the speaker works for the one named before.
  if (/^(?:his|her|its|their)\s+(?:spokes\w+|adviser|advisor|aide|deputy|office|press secretary|representative)\b/i.test(cleanSubject(raw))) {
    cue.pronoun = true;
    cue.possessive = cleanSubject(raw);
    return cue;
  }
  const phrase = cleanSubject(raw);
  // "Russian forces entered X, said the head of the oblast administration": a verb right after a comma,
  // with its speaker after it, is an inverted attribution of the clause before.
  // (Not "Name, who leads X, said Russian forces had …": there the subject stands before the verb.)
  // (Nor "Name, the head of X, said …", "The head of X, Name, said …": a name in apposition is the subject.)
  if (phrase && !relative && !participle && !nameInApposition(phrase) && /,\s*$/.test(before) && !/ing$/.test(verb) && !/\d/.test(ctx.fold.slice(to, s.end).split(/[,;.!?]/)[0])) {
    const inverted = invertedSpeaker(ctx, s, to);
    if (inverted) { cue.source = inverted; return cue; }
  }
  if (!phrase) {
    cue.coordinated = /\band\s*$/.test(raw.toLowerCase()) || /\band\s+$/.test(before);
    const inverted = /,\s*$|["']\s*$/.test(before) ? invertedSpeaker(ctx, s, to) : null;
    cue.source = inverted;
    return cue;
  }
  // "…, the ministry said": the words right before the verb are the subject, here a typed pronoun.
  const lastPart = phrase.lastIndexOf(",") > 0 ? cleanSubject(phrase.slice(phrase.lastIndexOf(",") + 1)) : phrase;
  if (PRONOUN.test(lastPart)) {
    // "the Ukrainian army said" names its side; "the ministry said", "the regional governor said" point back.
    const direct = ctx.actors.resolveSpeaker(lastPart);
    if (direct?.side) { cue.source = direct; return cue; }
    cue.pronoun = true;
    cue.pronounNoun = lastPart.toLowerCase().replace(/^the /, "");
    return cue;
  }
  // "Their map shows", "its report said": the speaker named before, through what it published.
  if (/^(?:his|her|its|their)\s+(?:latest\s+|daily\s+|own\s+)?(?:map|maps|report|reports|data|analysis|assessment|statement|estimate|estimates|figures|tally|update|briefing|post|video|channel)\b/i.test(lastPart)) {
    cue.pronoun = true;
    return cue;
  }
  // The words right before the verb first ("…, the news agency TASS reported"), then a name with its
  // description ("Name, a spokesman for X,"), then the whole phrase.
  const tail = phrase.lastIndexOf(",") > 0 ? cleanSubject(phrase.slice(phrase.lastIndexOf(",") + 1)) : "";
  // "Name, a pro-Kremlin blogger,", "Name, the Moscow-installed head of the region,", "Name, who commands X,":
  // a person's name beside a description is the speaker; the description only gives the side.
  const describing = tail !== "" && phrase.split(/\s*,\s*/).some((p) => isPersonName(cleanSubject(p)));
  cue.source = describing
    ? appositiveSpeaker(ctx, phrase) ?? speakerOf(ctx, phrase, false)
    : (tail ? ctx.actors.resolveSpeaker(tail) : null) ?? appositiveSpeaker(ctx, phrase) ?? speakerOf(ctx, tail || phrase, false) ?? speakerOf(ctx, phrase, false);
  // The words that named the speaker may give its side ("a spokesman for Ukraine's eastern command").
  if (cue.source && !cue.source.side) cue.source = { ...cue.source, side: sideOfWords(`${cue.source.mention ?? cue.source.name} ${cue.source.role ?? ""}`) };
  if (!cue.source && /^(?:he|she|it|they)\b/i.test(phrase.slice(phrase.lastIndexOf(",") + 1).trim())) cue.pronoun = true;
  return cue;
}

/**
 * "Name, a spokesman for X," / "One of X's bloggers, Name," / "Name, who commands X,": the name is the
 * speaker; the description around it gives the side when the registry does not know the name.
 */
function appositiveSpeaker(ctx: ArticleContext, phrase: string): Source | null {
  const parts = phrase.split(/\s*,\s*/).map((p) => cleanSubject(p)).filter(Boolean);
  if (parts.length < 2) return null;
  const name = parts.find(isPersonName);
  const known = name ? ctx.actors.resolveSpeaker(name) : null;
  if (known && known.kind === "person" && known.side) return known;
  for (const part of parts) {
    const named = ctx.actors.resolveSpeaker(part);
    if (named && named.kind === "person" && named.side && !/^(?:a|an|the|one of)\b/i.test(part)) return named;
  }
  if (!name) return null;
  const described = ctx.actors.resolveSpeaker(phrase);
  const role = parts.filter((p) => p !== name).join(", ");
  const side = described?.side ?? sideOfWords(role);
  return { name: name.replace(/^(?:the\s+)?(?:[a-z-]+\s+)*/, ""), kind: "person", side, role: role || null, institution: described?.institution ?? null, mention: phrase };
}

/** "Name, the head of X" or "the head of X, Name": a person's name beside a description of them. */
function nameInApposition(phrase: string): boolean {
  const parts = phrase.split(/\s*,\s*/).map((p) => cleanSubject(p)).filter(Boolean);
  if (parts.length !== 2) return false;
  return (isPersonName(parts[0]) && /^(?:the|a|an)\s/i.test(parts[1])) || (/^(?:the|a|an)\s/i.test(parts[0]) && isPersonName(parts[1]));
}

// "Serhiy Dobriak", "Brigadier General Oleksandr Tarnavskyi" — but not "In April" or "On Monday".
const NOT_A_NAME = /^(?:in|on|at|by|for|from|after|before|during|since|until|last|this|next|earlier|later|meanwhile|however|also|the|a|an)\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const isPersonName = (part: string): boolean => PERSON_NAME.test(part) && !NOT_A_NAME.test(part);

const TITLED_NAME = /^((?:[a-z][\w'’-]*\s+|[A-Z][\w'’-]*\s+(?=[a-z])|(?:of|the|for|and)\s+){2,12}?(?:[A-Z][\w'’-]*\s+)*?)((?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][a-zA-Z'’-]+)$/;
const GENERIC_GROUP = /^(?:(?:local|regional|city|municipal|district|military|government|security|health|emergency|rescue|russian|ukrainian|western|u\.s\.|us|european|nato|intelligence|police)[\s-]+){0,2}(?:officials|authorities|sources|rescuers|emergency services|medics|doctors|police|prosecutors|analysts|experts|observers|witnesses|residents|administration|officers)$/i;
const PERSON_NAME = /^(?:[A-Z][a-z]+\.?\s+){0,3}[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+){1,2}$/;

/** The side a description names ("a spokesman for Ukraine's eastern command", "a pro-Kremlin blogger"). */
export function sideOfWords(text: string): Source["side"] {
  if (/\b(?:ukrain\w*|kyiv\w*|kiev\w*)/i.test(text)) return "UA";
  if (/\b(?:russia\w*|moscow\w*|kremlin\w*|pro-kremlin)/i.test(text)) return "RU";
  if (/\b(?:independent|western|american|british|u\.s\.|us|european|nato|un|united nations|international|open-source|osint|geolocat\w*|satellite|analysts?|experts?|observers?|researchers?|monitors?|think tank)\b/i.test(text)) return "independent";
  return null;
}

// "MOSCOW (Reuters) -Russia said …", "KYIV, Ukraine (AP) — The army said …": a dateline before the subject.
const DATELINE = /^\s*[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][\w.’' -]{1,30})?\s*\([^)]{2,40}\)\s*[-–—]+\s*/;
const cleanSubject = (raw: string) => raw.replace(DATELINE, "").replace(/^[\s*•·–-]+/, "").replace(/\s*\([^)]*\)/g, "").replace(TRAILING_FILLER, "").replace(LEADING_FILLER, "").trim().replace(/,$/, "").trim();

function invertedSpeaker(ctx: ArticleContext, s: SentenceInfo, from: number): Source | null {
  const after = ctx.fold.slice(from, s.end);
  // "…, said Syrsky", "…, the ministry said"; "…, said the head of the oblast administration Serhiy Haidai".
  if (!/^\s+(?:the\s+)?[A-Z]/.test(after) && !/^\s+(?:the|a)\s+[a-z][^,;.!?]*?\s[A-Z][a-z]+\s+[A-Z][a-z]+/.test(after)) return null;
  const phrase = after.split(/[,;.!?]/)[0];
  return described(speakerOf(ctx, phrase, false), after.slice(phrase.length));
}

/**
 * "According to Name, the head of the Kharkiv RMA, …", "…, said Name, the governor of X.": a person the
 * registry does not side, described right after the name; the description is their role and may give the
 * side (here, or from the place it names: source-side-refiner.ts).
 */
const DESCRIPTION_AFTER = /^,\s+((?:the|a|an)\s+[^,;.!?"]{3,80}?)\s*(?=[,;.!?]|$)/;
function described(source: Source | null, after: string): Source | null {
  if (!source || source.side || source.kind !== "person" || source.role) return source;
  const m = DESCRIPTION_AFTER.exec(after);
  if (!m || /\b(?:said|says|told|added|claimed|reported|which|who|that)\b/.test(m[1])) return source;
  return { ...source, role: m[1], side: sideOfWords(m[1]), mention: `${source.mention ?? source.name}, ${m[1]}` };
}

/** The registry's reading of a phrase; an unknown named or generic speaker when `explicit`. */
export function speakerOf(ctx: ArticleContext, phrase: string, explicit: boolean): Source | null {
  const clean = phrase.replace(/^[\s*•·–-]+/, "").trim();
  if (!clean || clean.length > 160) return null;
  if (/^(?:in|on|at|with|during|after|before|from|for|over|under|into|through)\s/i.test(clean)) return null;
  const known = ctx.actors.resolveSpeaker(clean);
  // A speaker's name is a few words; a longer one is a clause the registry read as a role.
  if (known && known.name.split(/\s+/).length <= 8) return known;
  const bare = clean.replace(/^(?:the|a|an)\s+/i, "").replace(/[\s.,:;"'“”]+$/, "").trim();
  if (!bare || STOP_SUBJECT.test(bare) || /\d/.test(bare)) return null;
  // "A video released by X shows …": the video is what X published; "by X" names the speaker.
  // ("according to open-source maps" does name a source: only a verb's subject is passed over.)
  if (!explicit && /^(?:[a-z-]+\s+)?(?:video|footage|photos?|images?|pictures?|maps?|satellite images?|clip|recording)\b/i.test(bare)) return null;
  // "the head of the Luhansk oblast military administration Serhiy Haidai": a description, then the name.
  // ("the head of the Odesa regional administration, Oleh Kiper": the name in apposition.)
  const titled = TITLED_NAME.exec(bare.replace(/,\s+(?=(?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][a-zA-Z'’-]+$)/, " "));
  // (Not a place: "the leader in the occupied part of Kherson Oblast".)
  if (titled && !NOT_A_NAME.test(titled[2]) && !/\b(?:Oblast|Region|Province|Raion|District|Republic|Krai)$/.test(titled[2]) && !ctx.places.resolve(titled[2])) {
    const named = ctx.actors.resolveSpeaker(titled[2]);
    const role = titled[1].trim();
    if (named?.side) return { ...named, role: named.role ?? role, mention: clean };
    return { name: titled[2], kind: "person", side: sideOfWords(role), role, institution: null, mention: clean };
  }
  const words = bare.split(/\s+/);
  if (words.length > 6) return null;
  // "regional officials", "local authorities", "rescuers": a group that speaks; its side comes later
  // from the place (local officials) or stays unknown.
  if (GENERIC_GROUP.test(bare)) return { name: bare, kind: "group", side: sideOfWords(bare), role: bare, institution: null, mention: clean };
  const named = words.some((w) => /^[A-Z][a-z]/.test(w));
  if (!explicit && !named) return null;
  return { name: bare, kind: named && words.length <= 3 ? "person" : "group", side: sideOfWords(bare), role: null, institution: null, mention: clean };
}
