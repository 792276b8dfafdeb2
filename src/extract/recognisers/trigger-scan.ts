// Finds trigger phrases of a table in each sentence and proposes one candidate per match.
import type { ArticleContext } from "../article-context.js";
import { newCandidate, type Candidate } from "../candidate.js";
import type { Kind, Measure } from "../../claims/index.js";
import type { MeasureRow } from "../lang/en/lexicon.js";

export interface TriggerRule extends MeasureRow {
  re: RegExp;
  /** Rejects a match by the words around it (e.g. "took part", "captured 200 soldiers"). */
  reject?: (before: string, after: string, words: string) => boolean;
}

export const compileTriggers = (rows: MeasureRow[], reject?: TriggerRule["reject"]): TriggerRule[] =>
  rows.map((row) => ({ ...row, re: new RegExp(`\\b(?:${row.pattern})\\b`, "g"), reject }));

export function scanTriggers(ctx: ArticleContext, kind: Kind, rules: TriggerRule[], name: string): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.sentences) {
    const text = ctx.lower.slice(s.start, s.end);
    const taken: [number, number][] = [];
    for (const rule of rules) {
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
        const start = m.index, end = m.index + m[0].length;
        if (taken.some(([a, b]) => start < b && a < end)) continue;
        if (rule.reject?.(text.slice(0, start), text.slice(end), m[0])) continue;
        taken.push([start, end]);
        out.push(newCandidate({
          kind, measure: rule.measure as Measure, sentence: s.index, at: s.start + start, end: s.start + end,
          placeFallback: "previous", trail: [`${name}:${rule.reason}`], sideRule: rule.side, placeAfter: rule.placeAfter,
        }));
      }
    }
  }
  return out;
}
