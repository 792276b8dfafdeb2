// Casualties told without a numeral: one person named by a singular noun ("Загинув 53-річний чоловік",
// "погибла женщина", "Є постраждалий"). Each row of the pack's SINGLE_VICTIMS is a casualty of one;
// a sentence that already holds a figure of people is left to the figure rows.
import type { ArticleContext, Recogniser } from "../article-context.js";
import { newCandidate, type Candidate } from "../candidate.js";
import type { Lexicon } from "../lexicon.js";
import { perLexicon, re } from "../compile.js";

const compiled = perLexicon((lex: Lexicon) => (lex.SINGLE_VICTIMS ?? []).map((row) => ({ row, re: re(lex, `\\b(?:${row.pattern})\\b`, "g") })));

export const SingleVictimRecogniser: Recogniser = {
  name: "single-victim",
  find(ctx: ArticleContext) {
    const rows = compiled(ctx.lexicon);
    const out: Candidate[] = [];
    if (!rows.length) return out;
    for (const s of ctx.sentences) {
      if (s.quantities.some((q) => (q.unit ?? "people") === "people")) continue;
      const text = ctx.lower.slice(s.start, s.end);
      const taken: [number, number][] = [];
      for (const { row, re: pattern } of rows) {
        pattern.lastIndex = 0;
        for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
          const at = m.index, end = at + m[0].length;
          if (taken.some(([a, b]) => at < b && a < end)) continue;
          taken.push([at, end]);
          out.push(newCandidate({
            kind: "casualties", measure: row.measure, sentence: s.index, at: s.start + at, end: s.start + end,
            value: 1, low: null, high: null, qualifier: null, unit: "people", placeFallback: "none",
            trail: [`figure:${row.reason}`],
          }));
        }
      }
    }
    return out;
  },
};
