// Hedges on a claim: the verification and hedging words of its sentence ("reportedly", "without citing
// sources"), and doubt pointed at a figure ("… could not independently verify the number given by
// Ukraine"): that doubt hedges the claims it points back at — those before it in its sentence and in
// the sentence before, and only the named party's when it names one — never the claims after it.
import type { Side } from "../../claims/index.js";
import type { ArticleContext, Refiner } from "../article-context.js";
import type { Candidate } from "../candidate.js";
import type { Lexicon } from "../lexicon.js";
import { perLexicon, re } from "../compile.js";

// The rows of the pack, compiled once per lexicon.
const compile = (lex: Lexicon) => {
  const { DOUBT_OF_PREVIOUS, DOUBTED_PARTY, HEDGES } = lex;
  const ROWS = HEDGES.map((row) => ({ ...row, re: re(lex, `\\b(?:${row.pattern})`) }));
  const DOUBT = re(lex, DOUBT_OF_PREVIOUS);
  const PARTIES = DOUBTED_PARTY.map((row) => ({ ...row, re: re(lex, `^(?:${row.pattern})`) }));
  return { ROWS, DOUBT, PARTIES };
};
type Rules = ReturnType<typeof compile>;
const compiled = perLexicon(compile);
const UNVERIFIED = "could not be independently verified";

/** Doubt pointed at earlier figures: where it stands, and whose figures it doubts (null: anyone's). */
interface Doubt { at: number; end: number; party: Side | null }

export const HedgeRefiner: Refiner = {
  name: "hedge",
  refine(ctx, found) {
    const R = compiled(ctx.lexicon);
    const doubts = new Map<number, Doubt | null>();
    const doubtOf = (i: number): Doubt | null => {
      if (!doubts.has(i)) doubts.set(i, findDoubt(ctx, i));
      return doubts.get(i) ?? null;
    };
    const pointedAt = (c: Candidate, d: Doubt) => d.party === null || c.source?.side === d.party;
    // Each sentence's hedge words, found once: the phrase and where it stands.
    const hedgesOf = new Map<number, { phrase: string; at: number }[]>();
    const sentenceHedges = (i: number) => {
      let list = hedgesOf.get(i);
      if (!list) {
        const s = ctx.sentences[i];
        const text = ctx.lower.slice(s.start, s.end);
        list = [];
        for (const row of R.ROWS) {
          const m = row.re.exec(text);
          if (m) list.push({ phrase: row.phrase, at: s.start + m.index });
        }
        hedgesOf.set(i, list);
      }
      return list;
    };
    return found.map((c) => {
      const s = ctx.sentences[c.sentence];
      const own = doubtOf(c.sentence);
      const extra: string[] = [];
      for (const h of sentenceHedges(c.sentence)) {
        // The sentence's own doubt, when it points back: only claims before it, of the party it names.
        if (own && h.at >= own.at && h.at < own.end && !(c.at < own.at && pointedAt(c, own))) continue;
        extra.push(h.phrase);
      }
      const next = ctx.sentences[c.sentence + 1];
      if (next && (next.paragraph === s.paragraph || next.paragraph === s.paragraph + 1)) {
        const d = doubtOf(c.sentence + 1);
        if (d && found.every((f) => f.sentence !== c.sentence + 1 || f.at > d.at) && pointedAt(c, d)) extra.push(UNVERIFIED);
      }
      const add = [...new Set(extra)].filter((h) => !c.hedges.includes(h));
      return add.length ? { ...c, hedges: [...c.hedges, ...add], trail: [...c.trail, "hedge"] } : c;
    });
  },
};

function findDoubt(ctx: ArticleContext, i: number): Doubt | null {
  const R = compiled(ctx.lexicon);
  const s = ctx.sentences[i];
  const text = ctx.lower.slice(s.start, s.end);
  const m = R.DOUBT.exec(text);
  if (!m) return null;
  // The rest of the word the doubt ends in ("figure" of "figures"), then what names the party.
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40).replace(/^[a-z]*/, "").trimStart();
  const party = R.PARTIES.find((row) => row.re.test(after))?.side ?? null;
  return { at: s.start + m.index, end: s.start + m.index + m[0].length, party };
}
