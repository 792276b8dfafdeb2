// --outlet NAME as both engines read it: a case-folded substring of the outlet names stored, resolved to
// those names first (a ledger holds a few hundred outlets), then compared exactly in the query.
import { foldName } from "./sqlite/claim-row.js";

export function matchingOutlets(stored: (string | null)[], typed: string): string[] {
  const wanted = foldName(typed.trim());
  return stored.filter((o): o is string => o !== null && foldName(o).includes(wanted));
}
