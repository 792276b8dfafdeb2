// PropositionFilter -> SQL over the propositions table, using its indices (see migrations.ts).
import type { PropositionFilter } from "../ledger-store.js";
import { foldName } from "./claim-row.js";
import { searchWords, toFtsQuery } from "./fts-query.js";
import { SqlWhere } from "./sql-where.js";

export const PROPOSITION_ORDER = "ORDER BY time_start IS NULL, time_start, place_name, kind, measure, id";

/** A filter whose --outlet is resolved to the outlet names stored (outlet-match.ts). */
export type ResolvedPropositionFilter = PropositionFilter & { outlets?: string[] };

export function propositionWhere(filter: ResolvedPropositionFilter): SqlWhere {
  const where = new SqlWhere();
  // As for claims: with a place, "+column" keeps the planner on the place indices.
  const coarse = filter.place === undefined ? "" : "+";
  if (filter.place !== undefined) {
    where.add("(place_key = @placeKey OR place_id = @placeId)", { placeKey: foldName(filter.place), placeId: filter.place });
  }
  if (filter.kind !== undefined) where.add(`${coarse}kind = @kind`, { kind: filter.kind });
  if (filter.side !== undefined) where.add(`${coarse}side = @side`, { side: filter.side });
  if (filter.status !== undefined) where.add(`${coarse}status = @status`, { status: filter.status });
  if (filter.search !== undefined) addSearch(where, filter.search);
  // Through its primary sources, as a dispute shows them: one of that side, one reported by that outlet.
  if (filter.speakerSide !== undefined) {
    where.add(`EXISTS (SELECT 1 FROM json_each(propositions.body, '$.primary_sources') s WHERE json_extract(s.value, '$.side') = @speakerSide)`,
      { speakerSide: filter.speakerSide });
  }
  if (filter.outlets !== undefined) {
    where.add(`EXISTS (SELECT 1 FROM json_each(propositions.body, '$.primary_sources') s, json_each(s.value, '$.reported_by') r
      WHERE r.value IN (SELECT value FROM json_each(@outlets)))`, { outlets: JSON.stringify(filter.outlets) });
  }
  return where;
}

/** A proposition matches when one of its claims' evidence does, or its place, kind and sources name every word. */
function addSearch(where: SqlWhere, search: string): void {
  const match = toFtsQuery(search);
  if (match === null) {
    where.add("0");
    return;
  }
  const words = searchWords(search).map(foldName);
  const inText = words.map((_, i) => `instr(search_text, @word${i}) > 0`).join(" AND ");
  const params: Record<string, unknown> = { match };
  words.forEach((w, i) => (params[`word${i}`] = w));
  where.add(
    // CROSS JOIN fixes the order: from the words' matches to their claims to their propositions. Left to
    // the planner (on a ledger without statistics) it scanned every claim against the match list.
    `(id IN (SELECT pc.proposition FROM claim_fts f CROSS JOIN claims c ON c.seq = f.rowid CROSS JOIN proposition_claims pc ON pc.claim = c.id
             WHERE claim_fts MATCH @match)
      OR (${inText}))`,
    params,
  );
}
