// The reviewed state of a claim as the fold of its log over the machine reading: nothing else is needed
// to rebuild it. An undo cancels its target (undos themselves are not undone).
import { REVIEW_FIELDS, type Claim, type ClaimReviewMark, type RejectReason, type ReviewEvent, type ReviewField } from "../claims/index.js";
import { withField } from "./review-fields.js";

export interface ReviewedState {
  /** The claim as reviewed, with its mark; null when it was added and the add undone. */
  claim: Claim | null;
  rejected: boolean;
}

const STATUS_RANK: Record<ClaimReviewMark["status"], number> = { accepted: 0, corrected: 1, added: 2, rejected: 3 };

export function foldReview(machine: Claim | null, events: ReviewEvent[]): ReviewedState {
  const undone = new Set(events.filter((e) => e.action === "undo" && e.undoes).map((e) => e.undoes!));
  let claim = machine ? stripMark(machine) : null;
  let rejected = false;
  let reason: RejectReason | undefined;
  let status: ClaimReviewMark["status"] | null = null;
  const decided = new Set<ReviewField>();
  let last: ReviewEvent | null = null;
  const raise = (s: ClaimReviewMark["status"]) => { if (status === null || STATUS_RANK[s] > STATUS_RANK[status]) status = s; };
  for (const e of events) {
    if (e.action === "undo" || undone.has(e.id)) continue;
    last = e;
    if (e.action === "add") {
      claim = stripMark(e.after as Claim);
      raise("added");
      for (const f of REVIEW_FIELDS) decided.add(f);
    } else if (e.action === "accept") {
      raise("accepted");
      for (const f of REVIEW_FIELDS) decided.add(f);
    } else if (e.action === "correct" && e.field && claim) {
      claim = withField(claim, e.field, e.after);
      raise("corrected");
      decided.add(e.field);
    } else if (e.action === "reject") {
      rejected = true;
      reason = e.after as RejectReason;
      raise("rejected");
    }
  }
  if (!claim) return { claim: null, rejected: true };
  if (status === null || !last) return { claim, rejected: false };
  const review: ClaimReviewMark = {
    status, decided: REVIEW_FIELDS.filter((f) => decided.has(f)), ...(reason ? { reason } : {}), by: last.reviewer, at: last.at,
  };
  return { claim: { ...claim, review }, rejected };
}

const stripMark = (c: Claim): Claim => {
  const { review: _review, ...rest } = c;
  return rest;
};
