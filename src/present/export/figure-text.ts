// Figure texts live in the read layer (src/ledger/figure-text.ts).
export { figureText, boundsText } from "../../ledger/index.js";
