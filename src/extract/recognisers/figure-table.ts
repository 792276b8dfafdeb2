// Types each figure of a sentence from the pack's FIGURES rows: the words just before it, just after it
// and in its clause ("ВСУ потеряли более 265 военнослужащих", "погибли 5 человек", "площадью 300 кв. км").
// The first row that fits types the figure; a figure no row fits is no claim. Language-neutral: every word
// is in the rows.
import type { ArticleContext, Recogniser } from "../article-context.js";
import { newCandidate, type Candidate } from "../candidate.js";
import type { FigureRow, Lexicon } from "../lexicon.js";
import { perLexicon, re } from "../compile.js";
import { clauseStart } from "../text-window.js";

interface CompiledRow { row: FigureRow; before?: RegExp; after?: RegExp; clause?: RegExp }

const compiled = perLexicon((lex: Lexicon): CompiledRow[] => (lex.FIGURES ?? []).map((row) => ({
  row,
  before: row.before === undefined ? undefined : re(lex, `(?:${row.before})\\s*$`),
  after: row.after === undefined ? undefined : re(lex, `^\\s*(?:${row.after})`),
  clause: row.clause === undefined ? undefined : re(lex, row.clause),
})));

// How far a row looks on each side of a figure.
const REACH = 90;

export const FigureTableRecogniser: Recogniser = {
  name: "figure-table",
  find(ctx: ArticleContext) {
    const rows = compiled(ctx.lexicon);
    const out: Candidate[] = [];
    if (!rows.length) return out;
    for (const s of ctx.sentences) {
      for (const q of s.quantities) {
        const before = ctx.lower.slice(Math.max(s.start, q.start - REACH), q.start);
        const after = ctx.lower.slice(q.end, Math.min(s.end, q.end + REACH));
        const clause = ctx.lower.slice(clauseStart(ctx, s, q.start), Math.min(s.end, q.end + REACH));
        const unit = q.unit ?? "people";
        const hit = rows.find((r) => (r.row.unit ?? "people") === unit &&
          (!r.before || r.before.test(before)) && (!r.after || r.after.test(after)) && (!r.clause || r.clause.test(clause)));
        if (!hit) continue;
        const { kind, measure, reason } = hit.row;
        const fallback: Candidate["placeFallback"] = kind === "casualties" ? "none"
          : kind === "forces" ? (measure === "deployed" ? "none" : "focus") : kind === "distance" && measure === "length" ? "none" : "previous";
        out.push(newCandidate({
          kind, measure, sentence: s.index, at: q.start, end: q.end,
          value: q.value, low: q.low, high: q.high, qualifier: q.qualifier,
          unit: q.unit ?? (kind === "distance" ? "km" : "people"),
          placeFallback: fallback, victimsOfVerb: hit.row.victimsOfVerb,
          trail: [`figure:${reason}`, ...q.reasons.map((r) => `quantity:${r}`)],
        }));
      }
    }
    return out;
  },
};
