// History: the ledger as it stood on a day, and what changed from day to day (issue 14).
export { parseAsOf, dayBefore, type AsOf } from "./as-of.js";
export { openAsOf, type AsOfOptions, type AsOfStore } from "./as-of-store.js";
export { claimsOfScope, docsInScope } from "./scope-claims.js";
export { listChanges, type ChangeQuery, type LedgerChange } from "./ledger-changes.js";
export { diffPropositions, highOf, CHANGE_TYPES, type ChangeType, type PropositionChange } from "./proposition-diff.js";
