// A proposition's claims as the views read them: the first MOST_CLAIMS_SHOWN, in the proposition's order.
import type { Claim, Proposition } from "../claims/index.js";
import type { LedgerStore } from "../store/ledger-store.js";

/** A page shows this many of a proposition's claims (the first ones; `proposition.claims` lists all). */
export const MOST_CLAIMS_SHOWN = 300;

export async function claimsOfProposition(store: LedgerStore, p: Proposition): Promise<Claim[]> {
  const shown = p.claims.slice(0, MOST_CLAIMS_SHOWN);
  const order = new Map(shown.map((id, i) => [id, i]));
  return (await store.claimsByIds(shown)).sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}
