// Finds trigger phrases of a table in each sentence and proposes one candidate per match; a match that a
// reject row fits (the words around it) is set aside.
import type { ArticleContext } from "../article-context.js";
import { newCandidate, type Candidate } from "../candidate.js";
import type { Kind, Measure } from "../../claims/index.js";
import type { Lexicon, MeasureRow, RejectRow } from "../lexicon.js";
import { re } from "../compile.js";

export interface TriggerRule extends MeasureRow {
  re: RegExp;
}

interface CompiledReject { reason: string; before?: RegExp; after?: RegExp; words?: RegExp; notBefore?: RegExp; notWords?: RegExp }

export interface TriggerTable { rules: TriggerRule[]; rejects: CompiledReject[] }

export function compileTriggers(lex: Lexicon, rows: MeasureRow[], rejects: RejectRow[] = []): TriggerTable {
  const end = (p?: string) => (p === undefined ? undefined : re(lex, `(?:${p})$`));
  const start = (p?: string) => (p === undefined ? undefined : re(lex, `^(?:${p})`));
  const whole = (p?: string) => (p === undefined ? undefined : re(lex, `^(?:${p})$`));
  return {
    rules: rows.map((row) => ({ ...row, re: re(lex, `\\b(?:${row.pattern})\\b`, "g") })),
    rejects: rejects.map((r) => ({ reason: r.reason, before: end(r.before), after: start(r.after), words: whole(r.words), notBefore: end(r.notBefore), notWords: whole(r.notWords) })),
  };
}

const rejected = (rejects: CompiledReject[], before: string, after: string, words: string): boolean =>
  rejects.some((r) => (!r.before || r.before.test(before)) && (!r.after || r.after.test(after)) && (!r.words || r.words.test(words)) &&
    !(r.notBefore?.test(before)) && !(r.notWords?.test(words)));

// (The name may follow "the city of", "the town of".)
const NAME_AFTER = /^\s+(?:the (?:city|town|village) of\s+)?\p{Lu}/u;

export function scanTriggers(ctx: ArticleContext, kind: Kind, table: TriggerTable, name: string): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.sentences) {
    const text = ctx.lower.slice(s.start, s.end);
    const taken: [number, number][] = [];
    for (const rule of table.rules) {
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
        if (m[0].length === 0) { rule.re.lastIndex++; continue; }
        const start = m.index, end = m.index + m[0].length;
        if (taken.some(([a, b]) => start < b && a < end)) continue;
        if (rejected(table.rejects, text.slice(0, start), text.slice(end), m[0])) continue;
        if (rule.nameAfter && !NAME_AFTER.test(ctx.fold.slice(s.start + end, s.end))) continue;
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
