// What the exports read: propositions, the claims they cite (by id), and each document's outlet.
import type { Claim, Proposition } from "../../claims/index.js";
import type { TimelineEntry } from "../../reconcile/index.js";

export interface Ledger {
  propositions: Proposition[];
  /** Every claim the propositions cite, by id (a Map or a plain object). */
  claims: ReadonlyMap<string, Claim> | Readonly<Record<string, Claim>>;
  outletOf(doc: string): string | null;
  /** Control timelines by place id or name; computed from the claims when absent. */
  timelines?: Readonly<Record<string, TimelineEntry[]>>;
  /** Heading of the report; default "fogline report". */
  title?: string;
}

export function claimById(ledger: Pick<Ledger, "claims">, id: string): Claim | undefined {
  const c = ledger.claims;
  return c instanceof Map ? c.get(id) : (c as Record<string, Claim>)[id];
}

export function allClaims(ledger: Pick<Ledger, "claims">): Claim[] {
  const c = ledger.claims;
  return c instanceof Map ? [...c.values()] : Object.values(c as Record<string, Claim>);
}

/** The claims a proposition cites, in its order, skipping ids the ledger does not hold. */
export const claimsOf = (ledger: Pick<Ledger, "claims">, p: Proposition): Claim[] =>
  p.claims.map((id) => claimById(ledger, id)).filter((c): c is Claim => c !== undefined);
