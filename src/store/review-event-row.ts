// A review event as a row, the same in both engines: values before and after as JSON text.
import { FoglineError, type Claim, type ReviewAction, type ReviewEvent, type ReviewField } from "../claims/index.js";
import type { ReviewedClaim, TransferReview } from "./ledger-store.js";

export interface ReviewEventRow {
  id: string;
  claim: string;
  action: string;
  field: string | null;
  before: string;
  after: string;
  reviewer: string;
  at: string;
  note: string | null;
  undoes: string | null;
}

export const REVIEW_EVENT_FIELDS = ["id", "claim", "action", "field", "before", "after", "reviewer", "at", "note", "undoes"] as const;

export const toReviewEventRow = (e: ReviewEvent): ReviewEventRow => ({
  id: e.id, claim: e.claim, action: e.action, field: e.field, before: JSON.stringify(e.before ?? null),
  after: JSON.stringify(e.after ?? null), reviewer: e.reviewer, at: e.at, note: e.note, undoes: e.undoes,
});

export const fromReviewEventRow = (r: ReviewEventRow): ReviewEvent => ({
  id: r.id, claim: r.claim, action: r.action as ReviewAction, field: r.field as ReviewField | null, before: JSON.parse(r.before),
  after: JSON.parse(r.after), reviewer: r.reviewer, at: r.at, note: r.note, undoes: r.undoes,
});

/**
 * The claims.machine column: NULL while never reviewed (the row is the machine's reading), "null" for a
 * claim a person added, else the machine's claim.
 */
export function machineOf(current: Claim, machine: string | null): Claim | null {
  return machine === null ? current : (JSON.parse(machine) as Claim | null);
}

export const reviewedClaimOf = (claim: Claim, machine: string | null, rejected: boolean, groupKey: string): ReviewedClaim =>
  ({ claim, machine: machineOf(claim, machine), rejected, groupKey });

/** The checks every engine makes before writing (the adapters add the ones that need the stored rows). */
export function assertReviewEvents(events: ReviewEvent[], claimId: string, refresh = false): void {
  if (events.length === 0 && !refresh) throw new FoglineError("bad-review", "no review events to append");
  for (const e of events) {
    if (e.claim !== claimId) throw new FoglineError("bad-review", `review event ${e.id} is on claim ${e.claim}, not ${claimId}`);
  }
}

export const unknownClaim = (id: string) =>
  new FoglineError("unknown-claim", `no claim ${id} in the ledger`, "list claim ids with `fogline claims --format json`");
export const claimExists = (id: string) =>
  new FoglineError("review-conflict", `claim ${id} is already stored`, "an added claim needs a new id");
export const unknownDocument = (id: string) =>
  new FoglineError("unknown-document", `no article ${id} in the ledger`, "add a claim to a stored article (see `fogline claims --format json` for doc ids)");
export const eventExists = (id: string) =>
  new FoglineError("review-conflict", `review event ${id} is already in the log`);

/** The review columns of a claim row for a copy: undefined for a row never reviewed. */
export const transferReviewOf = (rejected: number, machine: string | null): TransferReview | undefined =>
  machine === null ? undefined : { rejected: rejected === 1, machine: JSON.parse(machine) as Claim | null };

/** The rejected and machine columns a copied claim row is written with. */
export const reviewColumnsOf = (review: TransferReview | undefined): { rejected: number; machine: string | null } =>
  review ? { rejected: review.rejected ? 1 : 0, machine: JSON.stringify(review.machine) } : { rejected: 0, machine: null };
