// One proposition with everything the proposition page shows: its claims, each claim's article,
// and the claims grouped under the primary source they came from (ledger.md).
import type { Claim, PrimarySource, Proposition } from "../../claims/index.js";
import type { LedgerStore, StoredArticle } from "../../store/ledger-store.js";
import { claimsOfSource } from "../export/positions.js";
import { summariseDocument, type DocumentSummary } from "./document-summary.js";

export interface SourcedClaims extends PrimarySource {
  /** Ids of this source's claims in the proposition. */
  claimIds: string[];
}

export interface PropositionDetail {
  proposition: Proposition;
  claims: Claim[];
  documents: DocumentSummary[];
  sources: SourcedClaims[];
  related: { id: string; relation: string; proposition: Proposition | null }[];
}

/** A page shows this many of a proposition's claims (the first ones; `proposition.claims` lists all). */
export const MOST_CLAIMS_SHOWN = 300;

/** The proposition's claims, by id, at most MOST_CLAIMS_SHOWN of them. */
export async function claimsOfProposition(store: LedgerStore, p: Proposition): Promise<Claim[]> {
  const shown = p.claims.slice(0, MOST_CLAIMS_SHOWN);
  const order = new Map(shown.map((id, i) => [id, i]));
  return (await store.claimsByIds(shown)).sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/** A source's claims (the export stage's matching), narrowed to its stance when that leaves any. */
function claimsSpokenBy(source: PrimarySource, claims: Claim[], outletOf: (doc: string) => string | null): Claim[] {
  const spoken = claimsOfSource(source, claims, outletOf);
  const sameStance = spoken.filter((c) => c.polarity === source.stance);
  return sameStance.length ? sameStance : spoken;
}

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
    proposition: p,
    claims,
    documents: [...articles.values()].filter((a): a is StoredArticle => a !== null).map(summariseDocument),
    sources,
    related: await Promise.all(p.related.map(async (r) => ({ ...r, proposition: await store.proposition(r.id) }))),
  };
}
