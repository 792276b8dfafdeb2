// An article stored again (its text edited, the same id) brings claims the log already knows: each takes
// its reviewed state, folded over the new machine reading, and a field a person decided whose machine
// reading changed under the review is flagged (ClaimReviewMark.machineChanged) for a second look.
import type { Claim, ReviewEvent, ReviewField } from "../claims/index.js";
import type { LedgerStore } from "../store/ledger-store.js";
import { fieldOf } from "./review-fields.js";
import { foldReview } from "./review-fold.js";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The reviewed claims among `claims` (just stored) rewritten with their reviews; how many. */
export async function carryReviews(store: LedgerStore, claims: Claim[], groupKeyOf: (c: Claim) => string): Promise<number> {
  if (claims.length === 0) return 0;
  const events = await store.reviewEvents({ claims: [...new Set(claims.map((c) => c.id))] });
  if (events.length === 0) return 0;
  const byClaim = new Map<string, ReviewEvent[]>();
  for (const e of events) byClaim.set(e.claim, [...(byClaim.get(e.claim) ?? []), e]);
  let carried = 0;
  for (const machine of claims) {
    const own = byClaim.get(machine.id);
    const before = own ? await store.reviewedClaim(machine.id) : null;
    if (!own || !before) continue;
    const state = foldReview(machine, own);
    if (!state.claim) continue;
    const claim = state.claim;
    const changed = (claim.review?.decided ?? []).filter((f: ReviewField) => before.machine && !same(fieldOf(before.machine, f), fieldOf(machine, f)));
    if (claim.review && changed.length) claim.review = { ...claim.review, machineChanged: changed };
    await store.appendReviews([], { claim, groupKey: groupKeyOf(claim), rejected: state.rejected, machine });
    carried++;
  }
  return carried;
}
