// Hedges on a claim: the verification and hedging words of its sentence ("reportedly", "without citing
// sources"), and a next sentence that doubts the figure ("… could not independently verify the number").
import type { Refiner } from "../article-context.js";
import { DOUBT_OF_PREVIOUS, HEDGES } from "../lang/en/lexicon.js";

const ROWS = HEDGES.map((row) => ({ ...row, re: new RegExp(`\\b(?:${row.pattern})`) }));
const DOUBT = new RegExp(DOUBT_OF_PREVIOUS);

export const HedgeRefiner: Refiner = {
  name: "hedge",
  refine(ctx, found) {
    const hedgesOf = new Map<number, string[]>();
    const sentenceHedges = (i: number) => {
      let list = hedgesOf.get(i);
      if (!list) {
        const s = ctx.sentences[i];
        const text = ctx.lower.slice(s.start, s.end);
        list = ROWS.filter((row) => row.re.test(text)).map((row) => row.phrase);
        const next = ctx.sentences[i + 1];
        if (next && (next.paragraph === s.paragraph || next.paragraph === s.paragraph + 1) && DOUBT.test(ctx.lower.slice(next.start, next.end))) list.push("could not be independently verified");
        hedgesOf.set(i, list);
      }
      return list;
    };
    return found.map((c) => {
      const extra = sentenceHedges(c.sentence).filter((h) => !c.hedges.includes(h) && !(h === "claimed" && c.polarity !== "asserted"));
      return extra.length ? { ...c, hedges: [...c.hedges, ...extra], trail: [...c.trail, "hedge"] } : c;
    });
  },
};
