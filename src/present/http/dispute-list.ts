// Disputed propositions with their positions side by side: who asserts, who denies, who cannot confirm,
// together with the propositions that contradict them (the export stage's positions, as `fogline disputes`).
import type { Claim, Proposition } from "../../claims/index.js";
import type { LedgerStore } from "../../store/ledger-store.js";
import { groupPositions, positionsOf, type PositionGroup } from "../export/positions.js";
import { claimsOfProposition } from "./proposition-detail.js";

export interface Dispute {
  proposition: Proposition;
  /** Propositions that contradict it ("Ukrainian control of X" against "Russian control of X"). */
  contradicting: Proposition[];
  /** One column per thing said, each with the sources that say it. */
  positions: PositionGroup[];
}

/** Disputes listed at most (a large ledger holds thousands; filter by place to see a place's all). */
export const MOST_DISPUTES = 200;

export async function listDisputes(store: LedgerStore, place?: string): Promise<Dispute[]> {
  const disputed = await store.propositions({ status: "disputed", ...(place ? { place } : {}), limit: MOST_DISPUTES });
  const disputes: Dispute[] = [];
  for (const p of disputed) {
    const related = await Promise.all(p.related.filter((r) => r.relation === "contradicts").map((r) => store.proposition(r.id)));
    const contradicting = related.filter((q): q is Proposition => q !== null);
    const all = [p, ...contradicting];
    const claims: Claim[] = (await Promise.all(all.map((q) => claimsOfProposition(store, q)))).flat();
    const outlets = await store.outlets([...new Set(claims.map((c) => c.doc))]);
    const outletOf = (doc: string) => outlets.get(doc) ?? null;
    const positions = groupPositions(all.flatMap((q) => {
      const own = new Set(q.claims);
      return positionsOf(q, claims.filter((c) => own.has(c.id)), outletOf);
    }));
    disputes.push({ proposition: p, contradicting, positions });
  }
  return disputes;
}
