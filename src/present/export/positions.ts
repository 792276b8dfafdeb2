// Positions live in the read layer (src/ledger/positions.ts).
export { claimsOfSource, positionsOf, groupPositions, whenText, whoText, type Position, type PositionGroup } from "../../ledger/index.js";
