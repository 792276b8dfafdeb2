// Drops control and event candidates that are plans, wishes, conditions or predictions ("trying to
// seize", "if X falls", "will withdraw", "to capture"): a claim says something happened or holds.
// "claimed to have captured" is a report of a fact, not a plan. Figures are not filtered: "would need
// to seize 7,000 km²" still asserts the 7,000.
import type { Refiner } from "../article-context.js";
import type { Lexicon } from "../lexicon.js";
import { perLexicon, re } from "../compile.js";
import { clauseStart } from "../text-window.js";

// The rows of the pack, compiled once per lexicon.
const compile = (lex: Lexicon) => {
  const { NOT_FACTUAL } = lex;
  const MODAL = re(lex, NOT_FACTUAL);
  return { MODAL };
};
type Rules = ReturnType<typeof compile>;
const compiled = perLexicon(compile);
const BARE_INFINITIVE = /\bto\s*\]?\s*(?:\w+ly\s+)?$/;
// "… that remain under Ukrainian control": a description of the place, not a claim about it.
const BACKGROUND = /\b(?:that|which|who)\s+(?:still\s+|currently\s+|now\s+)?(?:remains?|is|are|was|were|stays?)\s+(?:still\s+|currently\s+|now\s+)?(?:\w+\s+)?under\b/;
// "the territory Russia had occupied": a reduced relative clause describing land, not a new claim.
const DESCRIBED_LAND = /\b(?:territory|territories|land|lands|area|areas|part|parts)\s+(?:that\s+|which\s+)?(?:[a-z'-]+\s+){1,2}(?:had|has|have)\s+(?:\w+ly\s+)?$/;
const DEMAND = /\b(?:requires?|required|demands?|demanded|calls? for|called for|urged?|insists? on)\b/;

export const NonFactualFilter: Refiner = {
  name: "non-factual",
  refine(ctx, found) {
    const R = compiled(ctx.lexicon);
    return found.filter((c) => {
      if (c.value !== null || c.low !== null || c.qualifier === "vague") return true;
      if (c.kind !== "control" && c.kind !== "event" && c.kind !== "forces") return true;
      const s = ctx.sentences[c.sentence];
      const start = clauseStart(ctx, s, c.at);
      const window = ctx.lower.slice(start, c.at);
      if (BACKGROUND.test(ctx.lower.slice(Math.max(s.start, start - 8), c.at + 6))) return false;
      if (DESCRIBED_LAND.test(ctx.lower.slice(Math.max(s.start, c.at - 60), c.at))) return false;
      if (c.kind === "event" && /\b(?:who|which)\s*$/.test(ctx.lower.slice(Math.max(s.start, start - 8), start))) return false;
      if (/\bto have\s+(?:been\s+)?(?:\w+ly\s+)?$/.test(window)) return true;
      // A withdrawal decided or ordered is the withdrawal news reports.
      if (c.measure === "withdrawal" && /\b(?:decided|decision|ordered|order|began|started|announced|had|has)\s+(?:\w+\s+){0,3}?to\s+$/.test(window)) return true;
      // "Has Russia captured X?", "Вугледар: чи є оточення?": a question asserts nothing.
      if (/\?["'»)\]]*\s*$/.test(ctx.fold.slice(s.start, s.end))) return false;
      return !(R.MODAL.test(window) || BARE_INFINITIVE.test(window) || DEMAND.test(window));
    });
  },
};
