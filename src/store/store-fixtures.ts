// Made-up articles, claims and propositions for the store tests (not the seed articles): valid records
// whose evidence is a verbatim span of the article text.
import type { Article, Claim, Proposition } from "../claims/index.js";

export function makeArticle(id: string, sentences: string[], overrides: Partial<Article> = {}): Article {
  return { id, text: sentences.join(" "), outlet: "Test Wire", title: `Title of ${id}`, published: "2025-11-20", origin: `test/${id}.txt`, ...overrides };
}

/** A claim whose evidence is `sentence`, found in `article`. */
export function makeClaim(article: Article, sentence: string, overrides: Partial<Claim> = {}): Claim {
  const start = article.text.indexOf(sentence);
  if (start < 0) throw new Error(`not in ${article.id}: ${sentence}`);
  const base: Claim = {
    id: `${article.id}:${start}-${start + sentence.length}:casualties/killed`,
    doc: article.id,
    kind: "casualties",
    measure: "killed",
    side: "UA",
    value: 120,
    low: 120,
    high: null,
    qualifier: "over",
    unit: "people",
    place: { name: "Avdiivka", mention: "Avdiivka", id: "709717", lat: 48.14, lon: 37.74 },
    place2: null,
    time: { start: "2025-11", end: "2025-11", text: "in November" },
    source: { name: "Eastern Group Spokesman", kind: "military", side: "RU", role: "spokesman" },
    polarity: "asserted",
    hedges: [],
    evidence: { text: sentence, start, end: start + sentence.length },
    trail: ["TestRecogniser"],
  };
  return { ...base, ...overrides };
}

export function makeProposition(id: string, claims: Claim[], overrides: Partial<Proposition> = {}): Proposition {
  const first = claims[0];
  return {
    id,
    kind: first.kind,
    measure: first.measure,
    side: first.side,
    place: first.place ? { name: first.place.name, id: first.place.id } : null,
    time: first.time ? { start: first.time.start, end: first.time.end } : null,
    claims: claims.map((c) => c.id),
    reports: new Set(claims.map((c) => c.doc)).size,
    primary_sources: [{ name: first.source?.name ?? "Test Wire", side: first.source?.side ?? "independent", speakers: [], stance: "asserted", reported_by: ["Test Wire"] }],
    figure: null,
    status: "single_source",
    related: [],
    checks: [],
    ...overrides,
  };
}

/** The reconciler's grouping, in miniature: kind, measure, side, place. */
export const testGroupKey = (c: Pick<Claim, "kind" | "measure" | "side" | "place">): string =>
  [c.kind, c.measure, c.side ?? "-", c.place?.id ?? c.place?.name ?? "-"].join("|");
