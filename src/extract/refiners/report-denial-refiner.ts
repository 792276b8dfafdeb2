// Denials that point at a claim instead of repeating it: "Ukraine has rejected this report" denies the
// claim of the sentence before; "… claims that were dismissed by military experts" denies the claims of
// its own sentence. Each becomes the denied proposition, with the denier as its source.
import type { ArticleContext, Refiner } from "../article-context.js";
import type { Candidate } from "../candidate.js";
import { DENIAL_VERBS, REPORT_ANAPHORS } from "../lang/en/lexicon.js";
import { findCues, speakerOf } from "./attribution-cues.js";

const POINTED = new RegExp(`\\b(?:${DENIAL_VERBS})\\s+(?:${REPORT_ANAPHORS})`);
const DISMISSED_BY = new RegExp(`\\b(?:claims?|reports?|statements?|assertions?)\\s+(?:that|which)\\s+(?:were|was|have been|had been|has been)\\s+(?:${DENIAL_VERBS})\\s+by\\s+`);
const DENIABLE = new Set(["control", "forces", "casualties", "event", "area"]);

export const ReportDenialRefiner: Refiner = {
  name: "report-denial",
  refine(ctx, found) {
    const out = [...found];
    for (const s of ctx.sentences) {
      const text = ctx.lower.slice(s.start, s.end);
      if (POINTED.test(text)) {
        const cue = findCues(ctx, s).find((q) => q.denial && !q.negated && q.source);
        const denied = cue ? claimsBefore(ctx, found, s.index) : [];
        for (const c of denied) out.push(copy(c, s.index, cue!.source!, "denial-of-report"));
      }
      const by = DISMISSED_BY.exec(text);
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
