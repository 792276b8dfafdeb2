// Drops figures told for comparison or reference (COMPARISON rows): "by comparison, the entire German army
// numbers about 180,000" is not a claim about this war's forces. Only people counted in the figure's own
// clause are judged, so "Russia deployed 170,000 troops, more than the entire German army" keeps its figure.
import type { Refiner } from "../article-context.js";
import type { Lexicon } from "../lexicon.js";
import { perLexicon, re } from "../compile.js";
import { clauseStart } from "../text-window.js";

// The rows of the pack, compiled once per lexicon.
const compile = (lex: Lexicon) => {
  const { COMPARISON } = lex;
  const ROWS = COMPARISON.map((row) => ({ ...row, re: re(lex, `\\b(?:${row.pattern})\\b`) }));
  return { ROWS };
};
type Rules = ReturnType<typeof compile>;
const compiled = perLexicon(compile);
const COUNTED = new Set(["forces", "casualties"]);

export const ComparisonFilter: Refiner = {
  name: "comparison",
  refine(ctx, found) {
    const R = compiled(ctx.lexicon);
    return found.filter((c) => {
      if (!COUNTED.has(c.kind)) return true;
      const s = ctx.sentences[c.sentence];
      const start = clauseStart(ctx, s, c.at);
      // The clause up to the figure, and the few words after it ("… 58,000 in Vietnam").
      const window = ctx.lower.slice(Math.max(s.start, Math.min(start, c.at - 80)), Math.min(s.end, c.end + 40));
      const own = ctx.lower.slice(start, Math.min(s.end, c.end + 40));
      const row = R.ROWS.find((r) => r.re.test(r.reason === "comparison-marker" ? window : own));
      if (row) ctx.debug?.(`comparison: dropped ${c.kind} ${c.value} (${row.reason})`);
      return !row;
    });
  },
};
