// createExtractor: an article in, its claims out (shared/spec/claims.md). Pure and deterministic: the
// same article always gives the same claims in the same order.
import type { Article, Claim } from "../claims/index.js";
import type { ActorRegistry } from "../actors/actor-registry.js";
import type { PlaceIndex } from "../places/place-index.js";
import { createSentenceSplitter } from "../language/sentences.js";
import { buildContext } from "./article-context-builder.js";
import type { ArticleContext } from "./article-context.js";
import type { Candidate } from "./candidate.js";
import { PACKS as LANGUAGES } from "./lang/index.js";
import type { LanguagePack } from "./configuration.js";

export interface ExtractorOptions {
  places: PlaceIndex;
  actors: ActorRegistry;
  /** Language pack used when an article does not say its language (default "en"). */
  language?: string;
  /** Keep each claim's trail of rules (for `fogline extract --explain`). Default false. */
  explain?: boolean;
  debug?: (message: string) => void;
}

export interface Extractor {
  /** Claims of an article, read with the pack of `article.lang` (else the default language). */
  extract(article: Article): Claim[];
  /** Whether a language pack exists for this ISO 639-1 code. */
  reads(lang: string): boolean;
}

export const packLanguages = (): string[] => Object.keys(LANGUAGES);

export function createExtractor(options: ExtractorOptions): Extractor {
  const splitter = createSentenceSplitter();
  const fallback = options.language ?? "en";
  if (!LANGUAGES[fallback]) throw new Error(`no language pack for "${fallback}" (packs: ${packLanguages().join(", ")})`);
  const configurations = new Map<string, LanguagePack>();
  const packFor = (lang: string): LanguagePack => {
    const code = LANGUAGES[lang] ? lang : fallback;
    let pack = configurations.get(code);
    if (!pack) { pack = LANGUAGES[code](); configurations.set(code, pack); }
    return pack;
  };
  return {
    reads: (lang) => lang in LANGUAGES,
    extract(article) {
      const configuration = packFor(article.lang ?? fallback);
      const ctx = buildContext(article, { splitter, places: options.places, actors: options.actors, lexicon: configuration.lexicon, debug: options.debug });
      let found = configuration.recognisers.flatMap((r) => r.find(ctx));
      for (const refiner of configuration.refiners) found = refiner.refine(ctx, found);
      return found
        .map((c) => toClaim(ctx, c, options.explain ?? false, LANGUAGES[article.lang ?? ""] ? article.lang! : fallback))
        .sort((a, b) => a.evidence.start - b.evidence.start || a.kind.localeCompare(b.kind));
    },
  };
}

function toClaim(ctx: ArticleContext, c: Candidate, explain: boolean, lang: string): Claim {
  const s = ctx.sentences[c.sentence];
  const span = c.evidence ?? { start: s.start, end: s.end };
  const offset = ctx.article.offset ?? 0;
  const evidence = { text: ctx.text.slice(span.start, span.end), start: span.start + offset, end: span.end + offset };
  const claim: Claim = {
    id: "",
    doc: ctx.article.id,
    kind: c.kind, measure: c.measure, side: c.side,
    value: c.value, low: c.low, high: c.high, qualifier: c.qualifier, unit: c.unit,
    place: c.place, place2: c.place2, time: c.time,
    source: c.source, polarity: c.polarity, hedges: c.hedges,
    evidence, lang,
  };
  if (c.inferred.length) claim.inferred = c.inferred;
  if (explain) claim.trail = c.trail;
  claim.id = claimId(claim);
  return claim;
}

/** A stable id from what the claim says and where. */
export function claimId(c: Claim): string {
  const key = [c.doc, c.evidence.start, c.evidence.end, c.kind, c.measure, c.side, c.value, c.low, c.high, c.polarity, c.source?.name, c.place?.id].join("|");
  let h1 = 0x811c9dc5, h2 = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 16777619);
    h2 = Math.imul(h2 ^ ch, 2246822519);
  }
  return "c-" + (h1 >>> 0).toString(36) + (h2 >>> 0).toString(36);
}
