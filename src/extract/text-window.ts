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

/** Words (letters, digits, apostrophes, hyphens) with their absolute offsets. */
export function words(ctx: ArticleContext, from: number, to: number): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  const re = /[a-z0-9\u0400-\u04ff][a-z0-9'\u0400-\u04ff-]*/g;
  const text = ctx.lower.slice(from, to);
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ word: m[0], start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/** Compile `\b(?:a|b|c)\b`-style alternations once. */
export const alternation = (source: string, flags = "g") => new RegExp(`\\b(?:${source})\\b`, flags);
