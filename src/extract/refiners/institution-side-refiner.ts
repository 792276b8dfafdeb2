// The side of an institution the article names without its country ("the Defence Ministry said", "the
// General Staff added", "the officials claimed"), read before the claim's own side is (its "own forces"
// are the institution's): 1. the same institution named with its country elsewhere in the article
// ("Russia's Defence Ministry" … "the ministry"), the nearest mention before the claim first; 2. for a
// state institution (lexicon STATE_INSTITUTION), the country whose media publishes the article (a
// Ukrainian outlet's bare "General Staff" is Ukraine's); 3. the party that spoke last before it
// ("Russia said on Saturday … The Defence Ministry said on Telegram …"). A noun standing for an
// institution ("ведомство", "the agency") is the institution named last before it.
import type { Source } from "../../claims/index.js";
import type { ArticleContext, Refiner } from "../article-context.js";
import type { Candidate } from "../candidate.js";
import { perLexicon, re } from "../compile.js";

const stateInstitution = perLexicon((lex) => re(lex, `\\b(?:${lex.STATE_INSTITUTION})\\b`, "i"));
const anaphor = perLexicon((lex) => re(lex, `^(?:${lex.INSTITUTION_ANAPHOR})$`, "i"));

/** The institution's words, as compared: lower case, one spelling of "defence". */
const words = (s: Source) => s.name.toLowerCase().replace(/defense/g, "defence").replace(/[''’]s\b/g, "").replace(/\s+/g, " ").trim();
const contains = (whole: string, part: string) => ` ${whole} `.includes(` ${part} `);

interface Named { source: Source; at: number }
/** A person by name ("Andrei Bayevsky"), not a common noun the registry could not type ("officials"). */
const namedPerson = (s: Source) => s.kind === "person" && /\p{Lu}/u.test(s.mention ?? s.name);

export const InstitutionSideRefiner: Refiner = {
  name: "institution-side",
  refine(ctx, found) {
    if (!found.some((c) => c.source && !namedPerson(c.source) && (!c.source.side || anaphor(ctx.lexicon).test(words(c.source))))) return found;
    // Every sided speaker the article names, where (also in sentences that hold no claim).
    const named: Named[] = [...ctx.cues.values()].flat().filter((q) => q.source?.side).map((q) => ({ source: q.source!, at: q.at }))
      .concat(found.filter((c) => c.source?.side).map((c) => ({ source: c.source!, at: c.sourceAt ?? c.at })))
      .sort((a, b) => a.at - b.at);
    const home = outletSide(ctx);
    return found.map((c): Candidate => {
      const source = c.source;
      if (!source || namedPerson(source)) return c;
      const at = c.sourceAt ?? c.at;
      const key = words(source);
      // "по данным ведомства": the institution named last before it.
      if (anaphor(ctx.lexicon).test(key)) {
        const last = named.filter((n) => n.at < at && !namedPerson(n.source) && n.source.kind !== "media" && !anaphor(ctx.lexicon).test(words(n.source))).at(-1);
        if (last) return { ...c, source: { ...last.source, mention: source.mention }, inferred: [...c.inferred, { field: "source", reason: "institution-anaphor" }], trail: [...c.trail, "source:institution-anaphor"] };
      }
      if (source.side) return c;
      const same = named.filter((n) => !namedPerson(n.source) && contains(words(n.source), key));
      const sameSides = new Set(same.map((n) => n.source.side));
      const before = same.filter((n) => n.at <= at).at(-1);
      const match = before ?? (sameSides.size === 1 ? same[0] : undefined);
      if (match) return withSide(c, source, match.source.side, "same-institution", match.source);
      if (!stateInstitution(ctx.lexicon).test(key)) return c;
      if (home) return withSide(c, source, home, "outlet-country");
      const party = named.filter((n) => n.at <= at && (n.source.kind === "government" || n.source.kind === "military") && (n.source.side === "RU" || n.source.side === "UA")).at(-1);
      return party ? withSide(c, source, party.source.side, "party-before") : c;
    });
  },
};

function withSide(c: Candidate, source: Source, side: Source["side"], reason: string, like?: Source): Candidate {
  // "the Defence Ministry" after "Russia's Defence Ministry": the registry's name of the one named before.
  const named = like && words(like).endsWith(words(source)) ? { ...like, mention: source.mention } : { ...source, side, institution: source.institution ?? like?.institution ?? null };
  return { ...c, source: named, inferred: [...c.inferred, { field: "source.side", reason }], trail: [...c.trail, `source-side:${reason}`] };
}

/** RU or UA when the outlet is a party's media (TASS, Ukrinform); otherwise none. */
function outletSide(ctx: ArticleContext): "RU" | "UA" | null {
  const outlet = ctx.article.outlet?.replace(/\s*\(.*\)\s*$/, "").trim();
  if (!outlet) return null;
  const side = ctx.actors.resolveSpeaker(outlet)?.side;
  return side === "RU" || side === "UA" ? side : null;
}
