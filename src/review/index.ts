export { createClaimReviewer, type Actor, type AddRequest, type ClaimReviewer, type ReviewerOptions, type ReviewResult } from "./claim-reviewer.js";
export { foldReview, type ReviewedState } from "./review-fold.js";
export { fieldOf, withField, type FieldValues } from "./review-fields.js";
export { parseFieldValue, rejectReason, reviewField } from "./review-values.js";
export { carryReviews } from "./carry-reviews.js";
export { createPropositionSettler, settledFrom, holdsOf, type PropositionSettler, type SettleRequest, type SettlerOptions } from "./proposition-settler.js";
