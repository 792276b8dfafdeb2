// The words live in the read layer (src/ledger/wording.ts), so that every view says the same thing.
export { SIDE_WORDS, STANCE_WORDS, STATUS_WORDS, TITLES, titleOf, place2Of, formatDate, formatPeriod } from "../../ledger/index.js";
