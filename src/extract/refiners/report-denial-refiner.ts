// Denials that point at a claim instead of repeating it: "Ukraine has rejected this report" denies the
// claim of the sentence before; "… claims that were dismissed by military experts" denies the claims of
// its own sentence. Each becomes the denied proposition, with the denier as its source.
import type { ArticleContext, Refiner } from "../article-context.js";
import type { Candidate } from "../candidate.js";
import type { Lexicon } from "../lexicon.js";
import { perLexicon, re } from "../compile.js";
import { findCues, speakerOf } from "./attribution-cues.js";

// The rows of the pack, compiled once per lexicon.
const compile = (lex: Lexicon) => {
  const { CALLED_FALSE, DENIAL_VERBS, IS_FALSE, REPORT_ANAPHORS } = lex;
  const POINTED = re(lex, `\\b(?:${DENIAL_VERBS})\\s+(?:${REPORT_ANAPHORS})`);
  const DISMISSED_BY = re(lex, `\\b(?:claims?|reports?|statements?|assertions?)\\s+(?:that|which)\\s+(?:were|was|have been|had been|has been)\\s+(?:${DENIAL_VERBS})\\s+by\\s+`);
  // "a claim Ukraine's military rejected", "a claim the Russian military called 'not true'".
  const CLAIM_DENIED_BY = re(lex, `\\b(?:a|the|this|that|which|such)\\s+(?:claims?|figures?|numbers?|reports?|assertions?|estimates?)\\s+(?:that\\s+|which\\s+)?((?:[\\w'’-]+\\s+){1,5}?)(?:also\\s+|later\\s+|quickly\\s+|promptly\\s+)?(?:${DENIAL_VERBS}|called\\s+(?:it\\s+)?["“']?(?:not true|false|fake|untrue|a lie|propaganda))`);
  // "DeepState said they could not confirm the Russian claims".
  const UNCONFIRMED_POINTED = re(lex, `\\b(?:(?:could|can|did|does|do|have|has|had|were|was)(?: not|n't)(?: yet)?(?: been)?(?: able to)?|(?:was|were|is|are|has been|have been) unable to)(?: immediately| independently)*(?: independently| immediately)? (?:confirm|verify|observed? (?:any )?(?:visual )?confirmation of|seen (?:any )?(?:evidence|confirmation) (?:of|for))\\s+(?:${REPORT_ANAPHORS}|(?:the|these|those)\\s+(?:[a-z'-]+\\s+){1,3}(?:claims?|reports?|statements?|figures?))`);
  const CALLED = re(lex, `\\b${CALLED_FALSE}`);
  const SAID_FALSE = re(lex, IS_FALSE);
  return { POINTED, DISMISSED_BY, CLAIM_DENIED_BY, UNCONFIRMED_POINTED, CALLED, SAID_FALSE };
};
type Rules = ReturnType<typeof compile>;
const compiled = perLexicon(compile);
const DENIABLE = new Set(["control", "forces", "casualties", "event", "area"]);

export const ReportDenialRefiner: Refiner = {
  name: "report-denial",
  refine(ctx, found) {
    const R = compiled(ctx.lexicon);
    const out = [...found];
    for (const s of ctx.sentences) {
      const text = ctx.lower.slice(s.start, s.end);
      if (R.POINTED.test(text)) {
        const cue = findCues(ctx, s).find((q) => q.denial && !q.negated && q.source);
        const denied = cue ? claimsBefore(ctx, found, s.index) : [];
        for (const c of denied) out.push(copy(c, s.index, cue!.source!, "denial-of-report"));
      }
      // "Ukraine's southern command called the claim 'fake'": the subject before the verb denies it.
      const called = R.CALLED.exec(text);
      if (called && !R.POINTED.test(text)) {
        const subject = ctx.fold.slice(s.start, s.start + called.index).split(/[,;:]|\bthat\b/).at(-1) ?? "";
        const source = speakerOf(ctx, subject.replace(/\b(?:also|later|promptly|quickly|has|have|had)\s*$/i, "").trim(), true);
        if (source) for (const c of claimsBefore(ctx, found, s.index)) out.push(copy(c, s.index, source, "called-false"));
      }
      // "… told Reuters, "This is not true."": the speaker of this sentence denies the claims before it.
      const isFalse = R.SAID_FALSE.exec(text);
      if (isFalse && !R.POINTED.test(text) && !called) {
        const cue = findCues(ctx, s).find((q) => q.source && (q.kind === "verb" || q.kind === "according"));
        const own = found.filter((f) => f.sentence === s.index && DENIABLE.has(f.kind));
        if (cue?.source && !own.length) for (const c of claimsBefore(ctx, found, s.index)) if (c.source?.name !== cue.source.name) out.push(copy(c, s.index, cue.source, "said-false"));
      }
      const objectFirst = R.CLAIM_DENIED_BY.exec(text);
      if (objectFirst) {
        const at = s.start + objectFirst.index + objectFirst[0].indexOf(objectFirst[1]);
        const source = speakerOf(ctx, ctx.fold.slice(at, at + objectFirst[1].length), true);
        const own = found.filter((f) => f.sentence === s.index && f.at < s.start + objectFirst.index && DENIABLE.has(f.kind));
        const denied = own.length ? own : claimsBefore(ctx, found, s.index);
        if (source) for (const c of denied) out.push(copy(c, s.index, source, "claim-denied-by"));
      }
      const doubted = R.UNCONFIRMED_POINTED.exec(text);
      if (doubted) {
        // The one who doubts: the speaker of the verb nearest before the end of the doubting words.
        const until = s.start + doubted.index + doubted[0].length;
        const cue = findCues(ctx, s).filter((q) => q.kind === "verb" && q.source && q.at < until).at(-1);
        // "the Russian claims": the claims Russian speakers made in the sentences before.
        const whose = /\brussian\b/.test(doubted[0]) ? "RU" : /\bukrainian\b/.test(doubted[0]) ? "UA" : null;
        // The claim doubted may stand earlier in the same sentence ("X claimed …, but ISW has not observed confirmation of this claim").
        const sameSentence = found.filter((f) => f.sentence === s.index && f.at < s.start + doubted.index && DENIABLE.has(f.kind) && f.polarity === "asserted");
        const claims = whose ? claimsOfSide(found, s.index, whose) : sameSentence.length ? sameSentence : claimsBefore(ctx, found, s.index);
        // (Without a speech verb, "Reuters could not verify the report" is the outlet's hedge on the claim: HedgeRefiner.)
        if (cue) for (const c of claims) out.push({ ...copy(c, s.index, cue.source!, "unconfirmed-report"), polarity: "unconfirmed" });
      }
      const by = R.DISMISSED_BY.exec(text);
      if (by) {
        const from = s.start + by.index + by[0].length;
        const phrase = ctx.fold.slice(from, s.end).split(/[,;.]|\s(?:at|in|on|as|who|which)\s/)[0];
        const source = speakerOf(ctx, phrase, true);
        if (source) {
          for (const c of found.filter((f) => f.sentence === s.index && f.at < from && DENIABLE.has(f.kind))) {
            out.push(copy(c, s.index, source, "dismissed-by"));
          }
        }
      }
    }
    return out;
  },
};

function claimsOfSide(found: Candidate[], sentence: number, side: "RU" | "UA"): Candidate[] {
  return found.filter((c) => c.sentence < sentence && c.sentence >= sentence - 4 && c.polarity === "asserted" && c.source?.side === side && DENIABLE.has(c.kind));
}

function claimsBefore(ctx: ArticleContext, found: Candidate[], sentence: number): Candidate[] {
  for (let i = sentence - 1; i >= Math.max(0, sentence - 3); i--) {
    const here = found.filter((c) => c.sentence === i && DENIABLE.has(c.kind) && c.polarity === "asserted");
    if (here.length) return here;
  }
  return [];
}

const copy = (c: Candidate, sentence: number, source: NonNullable<Candidate["source"]>, reason: string): Candidate => {
  return {
    ...c, sentence, polarity: "denied", source, hedges: [], evidence: undefined,
    inferred: [...c.inferred, { field: "proposition", reason }],
    trail: [...c.trail, `polarity:${reason}`],
  };
};
