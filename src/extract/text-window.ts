// Windows of the lower-cased sentence around a position, bounded by the sentence and by clause breaks.
import type { ArticleContext, SentenceInfo } from "./article-context.js";

const CLAUSE_BREAK = /;|:|\s-\s|-{2}|\(|\)|\bbut\b|\bwhile\b|\bwhereas\b|\bthat\b|\bwho\b|\bwhich\b/g;

/** Text of the sentence between `from` and `to` (absolute offsets), lower-cased and folded. */
export const slice = (ctx: ArticleContext, from: number, to: number) => ctx.lower.slice(from, to);

/** Absolute offset where the clause holding `pos` starts. */
export function clauseStart(ctx: ArticleContext, s: SentenceInfo, pos: number): number {
  const before = ctx.lower.slice(s.start, pos);
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) start = m.index + m[0].length;
  return s.start + start;
}
