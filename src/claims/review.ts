// Human review of claims (issue 14): an append-only log of events, and the mark a reviewed claim carries.
// The reviewed state of a claim is the fold of its events over the machine reading (review/review-fold.ts).

export type ReviewAction = "accept" | "correct" | "reject" | "add" | "undo";
export const REVIEW_ACTIONS: readonly ReviewAction[] = ["accept", "correct", "reject", "add", "undo"];

/** The fields a reviewer may correct; evidence stays the verbatim span the claim was read from. */
export type ReviewField = "speaker" | "speaker_side" | "side" | "place" | "figure" | "period" | "polarity" | "kind";
export const REVIEW_FIELDS: readonly ReviewField[] = ["speaker", "speaker_side", "side", "place", "figure", "period", "polarity", "kind"];

/** Why a claim is not one: the reasons a reject event may give. */
export type RejectReason = "not-a-claim" | "background" | "wrong-article" | "duplicate";
export const REJECT_REASONS: readonly RejectReason[] = ["not-a-claim", "background", "wrong-article", "duplicate"];

export interface ReviewEvent {
  /** Unique, never reused ("rev_…"). */
  id: string;
  claim: string;
  action: ReviewAction;
  /** The field corrected (correct), else null. */
  field: ReviewField | null;
  /** The field's value before and after (correct), the reason (reject), the whole claim (add); JSON values. */
  before: unknown;
  after: unknown;
  reviewer: string;
  /** ISO instant. */
  at: string;
  note: string | null;
  /** The event an undo cancels, else null. */
  undoes: string | null;
}

/** What a person decided about a claim, carried on the claim so every view can tell it from the machine's. */
export interface ClaimReviewMark {
  status: "accepted" | "corrected" | "rejected" | "added";
  /** Fields a person set or confirmed (all of them once accepted or added). */
  decided: ReviewField[];
  /** The reason of a rejection. */
  reason?: RejectReason;
  /**
   * Fields a person decided whose machine reading changed under the review (the article was stored
   * again and read differently): worth a second look. Cleared by the claim's next review.
   */
  machineChanged?: ReviewField[];
  /** The last reviewer and when. */
  by: string;
  at: string;
}
