// Moved to the read layer (src/ledger/place-name.ts); kept so that present/http imports stay short.
export { canonicalPlace } from "../../ledger/index.js";
