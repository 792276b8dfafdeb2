// The claims one reconcile scope works on, as stored or as they stood on a day: a place's claims of the
// kinds related there (also those naming it as their second place), or one group's.
import type { Claim } from "../claims/index.js";
import { placeKey, type ReconcileScope } from "../reconcile/index.js";
import type { AsOfScope, LedgerStore } from "../store/ledger-store.js";

const ALL = Number.MAX_SAFE_INTEGER;

export async function claimsOfScope(store: LedgerStore, scope: ReconcileScope, asOf?: AsOfScope): Promise<Claim[]> {
  if (scope.place !== undefined) {
    let claims: Claim[] = [];
    for (const kind of scope.kinds) claims = claims.concat(await store.claims({ place: scope.place, kind, limit: ALL, ...(asOf && { asOf }) }));
    return claims.filter((c) => placeKey(c.place) === scope.place || placeKey(c.place2) === scope.place);
  }
  const claims = await store.claimsByGroup([scope.group]);
  if (!asOf) return claims;
  const docs = await docsInScope(store, [...new Set(claims.map((c) => c.doc))], asOf);
  return claims.filter((c) => docs.has(c.doc));
}

/** Which of these documents the as-of scope selects (in the ledger on its day, or with later not yet). */
export async function docsInScope(store: LedgerStore, docs: string[], asOf: AsOfScope): Promise<Set<string>> {
  const inLedger = new Set<string>();
  if (asOf.basis === "published") {
    for (const [doc, published] of await store.publishedDates(docs)) if (published !== null && published <= asOf.day) inLedger.add(doc);
  } else {
    for (const doc of docs) {
      const article = await store.article(doc);
      if (article && article.ingestedAt.slice(0, 10) <= asOf.day) inLedger.add(doc);
    }
  }
  return asOf.later ? new Set(docs.filter((d) => !inLedger.has(d))) : inLedger;
}
