// ClaimFilter -> SQL over the claims table, using its indices (see migrations.ts).
import type { ClaimFilter } from "../ledger-store.js";
import { foldName } from "./claim-row.js";
import { toFtsQuery } from "./fts-query.js";
import { SqlWhere } from "./sql-where.js";

/** Past every character of an ISO date, so "2025-11-30" <= "2025-11" + TIME_TOP: a prefix covers its days. */
const TIME_TOP = "\uffff";

export const CLAIM_ORDER = "ORDER BY time_start IS NULL, time_start, doc, evidence_start, seq";

export function claimWhere(filter: ClaimFilter): SqlWhere {
  const where = new SqlWhere();
  // A place is the most selective filter: "+column" keeps the planner off the coarser indices, even
  // on a file never ANALYZEd.
  const coarse = filter.place === undefined ? "" : "+";
  if (filter.place !== undefined) {
    where.add("(place_key = @placeKey OR place_id = @placeId)", { placeKey: foldName(filter.place), placeId: filter.place });
  }
  if (filter.kind !== undefined) where.add(`${coarse}kind = @kind`, { kind: filter.kind });
  if (filter.side !== undefined) where.add(`${coarse}side = @side`, { side: filter.side });
  if (filter.doc !== undefined) where.add("doc = @doc", { doc: filter.doc });
  if (filter.source !== undefined) {
    // Substring over the few distinct speakers, then the index on claims.source_key.
    where.add("source_key IN (SELECT source_key FROM sources WHERE instr(source_key, @source) > 0)",
      { source: foldName(filter.source) });
  }
  // Periods compare at the shorter precision: "2025-11" ends on or after "2025-11-15" and starts on or before it.
  if (filter.from !== undefined) {
    // "ends on or after": at or past `from`, or a coarser period holding it (its year, its month).
    where.add("(time_end >= @from OR time_end IN (@fromYear, @fromMonth))",
      { from: filter.from, fromYear: coarser(filter.from, 4), fromMonth: coarser(filter.from, 7) });
  }
  if (filter.to !== undefined) where.add("time_start <= @to", { to: filter.to + TIME_TOP });
  if (filter.search !== undefined) {
    const match = toFtsQuery(filter.search);
    if (match === null) where.add("0");
    else where.add("seq IN (SELECT rowid FROM claim_fts WHERE claim_fts MATCH @match)", { match });
  }
  return where;
}

/** The year (4) or month (7) of an ISO date finer than that, else null (matches nothing in IN). */
const coarser = (date: string, length: number): string | null => (date.length > length ? date.slice(0, length) : null);
