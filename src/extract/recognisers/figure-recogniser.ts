// Types each figure of a sentence by the words around it: a casualty count ("… were killed", "killed
// 1,200 …", "losses … 392,000"), a force ("… troops", encircled, at risk), a population ("population of",
// "… residents", "home to"), a distance or length (km), an area (km²) or a share of a territory (percent
// of a region), or the share of a place held (percent + captured/controlled).
import type { ArticleContext, Recogniser, SentenceInfo } from "../article-context.js";
import { newCandidate, type Candidate } from "../candidate.js";
import type { Quantity } from "../../language/quantities.js";
import type { Measure } from "../../claims/index.js";
import type { Lexicon } from "../lexicon.js";
import { perLexicon, re } from "../compile.js";
import { clauseStart, slice } from "../text-window.js";

// The rows of the pack, compiled once per lexicon.
const compile = (lex: Lexicon) => {
  const { AT_RISK, CASUALTY_NOUNS_BEFORE, CASUALTY_OUTCOMES, CASUALTY_VERBS, DEPLOYED, ENCIRCLED, FIGURE_FILLER_WORDS, FORCE_NOUNS, PEOPLE_NOUNS,
    EQUIPMENT_NOUNS, POPULATION_AFTER, POPULATION_BEFORE, POPULATION_CLAUSE, SUBCOUNT_BEFORE, TERRITORY_NOUNS } = lex;
  const OUTCOMES = CASUALTY_OUTCOMES.map((row) => ({ ...row, re: re(lex, `^(?:${row.pattern})\\b`) }));
  const VERBS_BEFORE = CASUALTY_VERBS.map((row) => ({ ...row, re: re(lex, `\\b(?:${row.pattern})\\s+(?:a total of\\s+)?$`) }));
  const NOUNS_BEFORE = CASUALTY_NOUNS_BEFORE.map((row) => ({ ...row, re: re(lex, `\\b(?:${row.pattern})\\b[^;]{0,60}?(?:\\bof|\\bat|\\bwere|\\bwas|\\bare|\\bis|\\bstood at|\\bstands at|\\breached|\\btotall?ed|:|\\bamount to|\\bexceeded|\\bexceeding|\\bestimated at|\\b(?:rose|risen|climbed|increased|jumped|bringing [^.;]{0,40}?) to|\\bto)?\\s*$`) }));
  const FILLER = re(lex, `^(?:${FIGURE_FILLER_WORDS}|${PEOPLE_NOUNS})$`);
  const PEOPLE = re(lex, `^${PEOPLE_NOUNS}$`);
  const FORCE = re(lex, `\\b${FORCE_NOUNS}\\b`);
  const FORCE_AFTER = re(lex, `^(?:\\s+of)?(?:\\s+(?:ukrainian|russian|ukraine's|russia's|north korean|chechen|military|active-duty|regular|more|additional|fresh|elite|new|enemy|combat|foreign)){0,3}\\s+${FORCE_NOUNS}\\b`);
  const ARMY_BEFORE = /\b(?:army|armed forces|military|forces|troops|contingent|grouping)\s+(?:\w+\s+)?(?:numbers|numbering|totals?|totall?ing|amounts to|of|is|are|has)\s*$/;
  // "115,000 people had left", "264 servicemen, including 53 wounded, had been evacuated", "170 civilians were brought out".
  const EVACUATED_AFTER = re(lex, `^(?:\\s+[a-z'-]+){0,3}?(?:,[^,;.]{0,60},)?\\s+(?:(?:had|have|has)(?:\\s+(?:already|\\w+ly))?\\s+been|were|was|being|had|have|had to be|have to be)\\s+(?:(?:already|\\w+ly)\\s+)?(?:evacuated|brought out|taken out|rescued|left|fled|relocated)\\b`);
  // "30,000 servicemen … had been moved to the left bank", "troops withdrew": a withdrawal with a count.
  const WITHDRAWN_CLAUSE = /\b(?:withdrawn|withdrew|withdrawing|pulled (?:back|out)|moved (?:to|across)|relocated|retreated|evacuated)\b/;
  // "… have surrendered", "… had been killed" further on in the figure's own clause.
  const OUTCOME_LATER = re(lex, `^[^;.:]{0,160}?\\b(?:have|has|had|were|was|are)\\s+(?:all\\s+)?(?:been\\s+)?(?:\\w+ly\\s+)?(${CASUALTY_OUTCOMES.map((r) => r.pattern).join("|")})\\b`);
  const ENCIRCLED_RE = re(lex, `\\b(?:${ENCIRCLED})\\b`);
  const AT_RISK_RE = re(lex, `\\b(?:${AT_RISK})\\b`);
  const DEPLOYED_RE = re(lex, `\\b(?:${DEPLOYED})\\b`);
  const SENT_RE = re(lex, `\\b(?:${lex.SENT_VERBS})\\b`);
  const POP_BEFORE = re(lex, `\\b(?:${POPULATION_BEFORE})\\s*$`);
  const POP_AFTER = re(lex, `^\\s+(?:\\w+\\s+)?${POPULATION_AFTER}\\b`);
  const POP_CLAUSE = re(lex, POPULATION_CLAUSE);
  const SHARE_OF = re(lex, `^\\s*of\\s+(?:the\\s+)?(?:\\w+\\s+){0,2}?(?:${TERRITORY_NOUNS}|[a-z'-]+ (?:region|oblast|province))\\b`);
  const AFTER_TOLL = re(lex, `^\\s*(?:$|[,.;]|of\\b|from\\b|in\\b|since\\b|(?:\\w+\\s+)?${PEOPLE_NOUNS}\\b)`);
  const VICTIMS_AFTER = re(lex, `^\\s*(?:$|[,.;]|(?:in|near|around|over|during|at|on|since|and|including)\\b|(?:[a-z'-]+\\s+){0,2}${PEOPLE_NOUNS}\\b)`);
  const OF_NAME = /^\s*of\s+(?:the\s+)?/;
  const CONTROL_WORDS = /\b(?:captured|controlled|controls|control|occupied|occupies|occupy|held|holds|holding|hold|liberated|taken|seized|under)\b/;
  const EQUIPMENT_AFTER = re(lex, `^\\s+(?:[a-z-]+\\s+){0,2}?(?:${EQUIPMENT_NOUNS})\\b`);
  const LENGTH_AFTER = /^\s*(?:long\b|stretch|front|line|belt|section|strip|zone|corridor|buffer)/;
  // (A bracketed conversion may stand between: "45 kilometers (27 miles) from X".)
  const DISTANCE_AFTER = /^\s*(?:\([^()]{1,30}\)\s*)?(?:\w+\s+){0,2}?(?:of|from|to|away|outside|short of|north|south|east|west|northwest|northeast|southwest|southeast)\b/;

  const SUBCOUNT = re(lex, `\\b${SUBCOUNT_BEFORE}`);
  const PRISONER_AFTER = re(lex, `^(?:\\s+[a-z'-]+){0,3}?\\s+(?:prisoner|prisoners|captive)\\b`);
  return { OUTCOMES, VERBS_BEFORE, NOUNS_BEFORE, FILLER, PEOPLE, FORCE, FORCE_AFTER, ARMY_BEFORE, EVACUATED_AFTER, WITHDRAWN_CLAUSE, OUTCOME_LATER, ENCIRCLED_RE, AT_RISK_RE, DEPLOYED_RE, SENT_RE, POP_BEFORE, POP_AFTER, POP_CLAUSE, SHARE_OF, AFTER_TOLL, VICTIMS_AFTER, OF_NAME, CONTROL_WORDS, EQUIPMENT_AFTER, LENGTH_AFTER, DISTANCE_AFTER, SUBCOUNT, PRISONER_AFTER };
};
type Rules = ReturnType<typeof compile>;
const compiled = perLexicon(compile);

export const FigureRecogniser: Recogniser = {
  name: "figure",
  find(ctx) {
    const R = compiled(ctx.lexicon);
    const out: Candidate[] = [];
    for (const s of ctx.sentences) {
      let previous: Candidate | null = null;
      for (const q of s.quantities) {
        const c: Candidate | null = typeFigure(ctx, R, s, q) ?? subcount(ctx, R, s, q, previous);
        if (c) { out.push(c); previous = c; }
      }
    }
    return out;
  },
};

// "… 1,200 troops, including 300 in X": a part of the figure before, counted the same way.
function subcount(ctx: ArticleContext, R: Rules, s: SentenceInfo, q: Quantity, previous: Candidate | null): Candidate | null {
  if (!previous || previous.unit !== "people") return null;
  if (!R.SUBCOUNT.test(slice(ctx, Math.max(s.start, q.start - 30), q.start))) return null;
  return {
    ...previous, at: q.start, end: q.end, value: q.value, low: q.low, high: q.high, qualifier: q.qualifier,
    trail: [...previous.trail.filter((t) => !t.startsWith("quantity:")), "figure:subcount", ...q.reasons.map((r) => `quantity:${r}`)],
  };
}

function typeFigure(ctx: ArticleContext, R: Rules, s: SentenceInfo, q: Quantity): Candidate | null {
  const after = slice(ctx, q.end, Math.min(s.end, q.end + 90));
  const before = slice(ctx, Math.max(s.start, q.start - 90), q.start);
  const clause = slice(ctx, clauseStart(ctx, s, q.start), q.start);
  const make = (kind: Candidate["kind"], measure: Measure, reason: string, fallback: Candidate["placeFallback"], unit = q.unit) =>
    newCandidate({
      kind, measure, sentence: s.index, at: q.start, end: q.end,
      value: q.value, low: q.low, high: q.high, qualifier: q.qualifier, unit: unit ?? (kind === "distance" ? "km" : "people"),
      placeFallback: fallback, trail: [`figure:${reason}`, ...q.reasons.map((r) => `quantity:${r}`)],
    });

  if (q.unit === "km2") return make("area", "area", "km2", "previous");
  if (q.unit === "km") {
    if (q.compound || R.LENGTH_AFTER.test(after)) return make("distance", "length", "length", "none");
    return R.DISTANCE_AFTER.test(after) ? make("distance", "distance", "distance", "previous") : null;
  }
  if (q.unit === "percent") {
    if (R.SHARE_OF.test(after) || (R.OF_NAME.test(after) && startsWithRegion(ctx, s, q.end))) return make("area", "share", "share-of-territory", "previous");
    const near = slice(ctx, Math.max(s.start, q.start - 60), Math.min(s.end, q.end + 40));
    return R.CONTROL_WORDS.test(near) ? make("control", "controls", "share-held", "previous") : null;
  }
  // "Group of Seven": a number inside a name.
  // ("MOSCOW: Two people were killed": a dateline or an opening quote starts the sentence again.)
  if (q.reasons.includes("number-words") && /[A-Z]/.test(ctx.fold[q.start]) && q.start > s.start && !/(?:^|[:—–]\s*|["“‘(]\s*)$/.test(ctx.fold.slice(s.start, q.start))) return null;
  if (R.EVACUATED_AFTER.test(after)) return make("event", "evacuation", "evacuated-people", "previous");
  if (R.FORCE_AFTER.test(after) && R.WITHDRAWN_CLAUSE.test(slice(ctx, q.end, Math.min(s.end, q.end + 120)).split(/[;:]/)[0])) {
    return make("event", "withdrawal", "withdrawn-troops", "previous");
  }
  const casualty = casualtyMeasure(R, after, before, slice(ctx, q.end, Math.min(s.end, q.end + 180)));
  if (casualty) return { ...make("casualties", casualty.measure, casualty.reason, "none"), victimsOfVerb: casualty.verbBefore };
  if (R.POP_BEFORE.test(before) || R.POP_AFTER.test(after) || R.POP_CLAUSE.test(clause)) return make("population", "population", "population", "previous");
  // "one infantry fighting vehicle", "40 tanks": equipment is not people.
  if (R.EQUIPMENT_AFTER.test(after)) return null;
  if (R.FORCE_AFTER.test(after) || R.ARMY_BEFORE.test(before)) {
    const around = slice(ctx, s.start, s.end);
    if (R.AT_RISK_RE.test(around)) return make("forces", "at_risk", "at-risk", "focus");
    if (R.ENCIRCLED_RE.test(around)) return make("forces", "encircled", "encircled", "focus");
    // "Two Ukrainian soldiers taped the flag": a handful of people in the story, not a force — unless sent.
    if ((q.high ?? q.value ?? 0) < 20 && !R.SENT_RE.test(around)) return null;
    return make("forces", "deployed", R.DEPLOYED_RE.test(around) || R.FORCE.test(after) ? "troops" : "army-size", "none");
  }
  return null;
}

function casualtyMeasure(R: Rules, after: string, before: string, longAfter: string): { measure: Measure; reason: string; verbBefore?: boolean } | null {
  // "took 14 Russian soldiers prisoner"
  if (/\b(?:taken|took|take|takes|taking)\s+$/.test(before) && R.PRISONER_AFTER.test(after)) return { measure: "captured", reason: "taken-prisoner" };
  // "… [Ukrainian servicemen] [had reportedly been] killed": skip people nouns and auxiliaries.
  let rest = after;
  for (let i = 0; i < 8; i++) {
    const trimmed = rest.trimStart();
    for (const row of R.OUTCOMES) if (row.re.test(trimmed)) return { measure: row.measure, reason: row.reason };
    const m = /^([a-z'-]+)/.exec(trimmed);
    if (!m) break;
    // "Ukrainian and foreign fighters": "and" joins words of the same noun phrase, not a new clause.
    const next = /^\s+([a-z'-]+)/.exec(trimmed.slice(m[1].length))?.[1] ?? "";
    const joins = m[1] === "and" && (R.FILLER.test(next) || R.PEOPLE.test(next) || /^(?:foreign|allied|local)$/.test(next)) && !R.OUTCOMES.some((o) => o.re.test(next));
    if (!(R.FILLER.test(m[1]) || R.PEOPLE.test(m[1]) || joins || /^(?:foreign|allied|local|who|that|which)$/.test(m[1]))) break;
    rest = trimmed.slice(m[1].length);
  }
  const later = R.OUTCOME_LATER.exec(longAfter);
  // (Another figure in between ends the clause's count; an ordinal, "the 72nd brigade", does not.)
  if (later && !/\d(?!\d*(?:st|nd|rd|th)\b)/.test(longAfter.slice(0, later.index + later[0].length - later[1].length))) {
    const row = R.OUTCOMES.find((o) => o.re.test(later[1]));
    if (row) return { measure: row.measure, reason: `${row.reason}-later` };
  }
  // "killed 1,200 Russian soldiers", "wounded 545 in the area" — but not "lost 2,000 armoured vehicles".
  if (R.VICTIMS_AFTER.test(after)) for (const row of R.VERBS_BEFORE) if (row.re.test(before)) return { measure: row.measure, reason: row.reason, verbBefore: true };
  for (const row of R.NOUNS_BEFORE) if (row.re.test(before) && R.AFTER_TOLL.test(after)) return { measure: row.measure, reason: row.reason };
  return null;
}

function startsWithRegion(ctx: ArticleContext, s: SentenceInfo, from: number): boolean {
  return s.places.some((p) => p.start >= from && p.start - from < 12 && p.candidates.some((c) => c.type === "region" || c.type === "country"));
}
