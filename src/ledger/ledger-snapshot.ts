// The whole ledger (or one place's) in memory, for views that read everything at once: the report and its
// exports. Claims are read in the store's order, so timelines built from them match controlTimeline().
import type { Claim, Proposition } from "../claims/index.js";
import type { LedgerStore } from "../store/ledger-store.js";

export interface LedgerSnapshot {
  propositions: Proposition[];
  claims: Map<string, Claim>;
  outletOf(doc: string): string | null;
}

export async function readLedgerSnapshot(store: LedgerStore, place?: string): Promise<LedgerSnapshot> {
  const propositions = await store.propositions({ place, limit: 1_000_000 });
  const claims = new Map<string, Claim>((await store.claims({ place, limit: 10_000_000 })).map((c) => [c.id, c]));
  const outlets = await store.outlets([...new Set([...claims.values()].map((c) => c.doc))]);
  return { propositions, claims, outletOf: (doc) => outlets.get(doc) ?? null };
}
