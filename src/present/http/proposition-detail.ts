// One proposition with everything the proposition page shows: its claims, each claim's article,
// and the claims grouped under the primary source they came from (ledger.md).
import type { Claim, PrimarySource, Proposition } from "../../claims/index.js";
import type { LedgerStore, StoredArticle } from "../../store/ledger-store.js";
import { claimsOfProposition, claimsOfSource, withWords, wordPropositions, type WordedProposition } from "../../ledger/index.js";
import { summariseDocument, type DocumentSummary } from "./document-summary.js";

export interface SourcedClaims extends PrimarySource {
  /** Ids of this source's claims in the proposition. */
  claimIds: string[];
}

export interface PropositionDetail {
  proposition: WordedProposition;
  claims: Claim[];
  documents: DocumentSummary[];
  sources: SourcedClaims[];
  related: { id: string; relation: string; proposition: WordedProposition | null }[];
}

/** A source's claims (the export stage's matching), narrowed to its stance when that leaves any. */
function claimsSpokenBy(source: PrimarySource, claims: Claim[], outletOf: (doc: string) => string | null): Claim[] {
  const spoken = claimsOfSource(source, claims, outletOf);
  const sameStance = spoken.filter((c) => c.polarity === source.stance);
  return sameStance.length ? sameStance : spoken;
}

export { claimsOfProposition };

export async function propositionDetail(store: LedgerStore, p: Proposition): Promise<PropositionDetail> {
  const claims = await claimsOfProposition(store, p);
  const docs = [...new Set(claims.map((c) => c.doc))];
  const articles = new Map<string, StoredArticle | null>(await Promise.all(docs.map(async (id) => [id, await store.article(id)] as const)));
  const outletOf = (doc: string) => articles.get(doc)?.outlet ?? null;
  const placed = new Set<string>();
  const sources = p.primary_sources.map((s) => {
    const claimIds = claimsSpokenBy(s, claims, outletOf).filter((c) => !placed.has(c.id)).map((c) => c.id);
    claimIds.forEach((id) => placed.add(id));
    return { ...s, claimIds };
  });
  // Claims no primary source's speakers account for still show, under their own stance.
  for (const stance of ["asserted", "denied", "unconfirmed"] as const) {
    const unplaced = claims.filter((c) => !placed.has(c.id) && c.polarity === stance);
    if (unplaced.length) sources.push({ name: "Not matched to a primary source", side: null, speakers: [], stance, reported_by: [], claimIds: unplaced.map((c) => c.id) });
  }
  return {
    proposition: withWords(p, claims),
    claims,
    documents: [...articles.values()].filter((a): a is StoredArticle => a !== null).map(summariseDocument),
    sources,
    related: await relatedOf(store, p),
  };
}

async function relatedOf(store: LedgerStore, p: Proposition): Promise<PropositionDetail["related"]> {
  const found = (await Promise.all(p.related.map((r) => store.proposition(r.id)))).filter((q): q is Proposition => q !== null);
  const worded = new Map((await wordPropositions(store, found)).map((q) => [q.id, q]));
  return p.related.map((r) => ({ ...r, proposition: worded.get(r.id) ?? null }));
}
