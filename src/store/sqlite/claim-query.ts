// ClaimFilter -> SQL over the claims table, using its indices (see migrations.ts).
import { FoglineError } from "../../claims/index.js";
import type { ClaimFilter } from "../ledger-store.js";
import { foldName } from "./claim-row.js";
import { toFtsQuery } from "./fts-query.js";
import { limitClause, SqlWhere } from "./sql-where.js";
import { assertAsOfDay } from "../as-of-scope.js";
import type { AsOfScope } from "../ledger-store.js";

/** The documents in the ledger on the scope's day, as a condition on documents' columns (@asOfDay). */
export function asOfDocuments(scope: AsOfScope): string {
  assertAsOfDay(scope.day);
  return scope.basis === "ingested" ? "substr(ingested_at, 1, 10) <= @asOfDay" : "published <= @asOfDay";
}

/** Claims (column doc) of the documents the scope selects. */
export function asOfClaims(scope: AsOfScope, coarse = ""): string {
  return `${coarse}doc ${scope.later ? "NOT IN" : "IN"} (SELECT id FROM documents WHERE ${asOfDocuments(scope)})`;
}

/** Past every character of an ISO date, so "2025-11-30" <= "2025-11" + TIME_TOP: a prefix covers its days. */
export const TIME_TOP = "\uffff";

export const CLAIM_ORDER = "ORDER BY time_start IS NULL, time_start, doc, evidence_start, seq";

/** A filter whose --outlet is resolved to the outlet names stored (outlet-match.ts). */
export type ResolvedClaimFilter = ClaimFilter & { outlets?: string[] };

export function claimWhere(filter: ResolvedClaimFilter): SqlWhere {
  const where = new SqlWhere();
  if (!filter.withRejected) where.add("rejected = 0");
  // A place is the most selective filter: "+column" keeps the planner off the coarser indices (and off
  // the full-text index for common words), even on a file never ANALYZEd.
  const coarse = filter.place === undefined ? "" : "+";
  if (filter.place !== undefined) {
    // The names the place goes by (places table), then the claims under those names that match it.
    // One name per place: equality on it lets claims_by_place_in_order give the page already sorted.
    // (Two places may share a name; the second condition keeps the one asked for by id.)
    where.add(`place_key = (SELECT place_key FROM places WHERE place_key = @placeKey OR place_id = @placeId
      ORDER BY place_key = @placeKey DESC LIMIT 1) AND (place_key = @placeKey OR place_id = @placeId)`, { placeKey: foldName(filter.place), placeId: filter.place });
  }
  // With a place, kind narrows the place's index (claims_by_place_and_kind); without, it is coarse.
  if (filter.kind !== undefined) where.add(`kind = @kind`, { kind: filter.kind });
  if (filter.side !== undefined) where.add(`${coarse}side = @side`, { side: filter.side });
  if (filter.doc !== undefined) where.add("doc = @doc", { doc: filter.doc });
  if (filter.source !== undefined) {
    // Substring over the few distinct speakers, then the index on claims.source_key.
    where.add(`${coarse}source_key IN (SELECT source_key FROM sources WHERE instr(source_key, @source) > 0)`,
      { source: foldName(filter.source) });
  }
  if (filter.outlets !== undefined) {
    where.add(`${coarse}doc IN (SELECT id FROM documents WHERE outlet IN (SELECT value FROM json_each(@outlets)))`,
      { outlets: JSON.stringify(filter.outlets) });
  }
  if (filter.asOf !== undefined) where.add(asOfClaims(filter.asOf, coarse), { asOfDay: filter.asOf.day });
  if (filter.speakerSide !== undefined) where.add("json_extract(body, '$.source.side') = @speakerSide", { speakerSide: filter.speakerSide });
  if (filter.status !== undefined) {
    // "+id" always: the page is then read in claim order, each claim checked against the status's claims
    // (bench: 20,000 articles, a page of disputed claims 1.3 s -> 0.3 s), not sorted after.
    where.add(`+id IN (SELECT pc.claim FROM proposition_claims pc JOIN propositions p ON p.id = pc.proposition WHERE p.status = @status)`,
      { status: filter.status });
  }
  // Periods compare at the shorter precision: "2025-11" ends on or after "2025-11-15" and starts on or before it.
  if (filter.from !== undefined) {
    assertIsoDate("from", filter.from);
    // "ends on or after": at or past `from`, or a coarser period holding it (its year, its month).
    where.add("(time_end >= @from OR time_end IN (@fromYear, @fromMonth))", fromParams(filter.from));
  }
  if (filter.to !== undefined) assertIsoDate("to", filter.to);
  if (filter.to !== undefined) where.add("time_start <= @to", { to: filter.to + TIME_TOP });
  if (filter.search !== undefined) {
    const match = toFtsQuery(filter.search);
    if (match === null) where.add("0");
    else where.add(`${coarse}seq IN (SELECT rowid FROM claim_fts WHERE claim_fts MATCH @match)`, { match });
  }
  return where;
}

/**
 * A place's claims are read in claim order from the index that has it (migrations 2 and 3); named
 * explicitly, since on a file never ANALYZEd the planner may take the other one and sort every match.
 */
const placeIndex = (filter: ResolvedClaimFilter): string =>
  filter.place === undefined || filter.doc !== undefined || filter.search !== undefined ? ""
    : filter.kind !== undefined ? "INDEXED BY claims_by_place_and_kind" : "INDEXED BY claims_by_place_in_order";

/**
 * The SELECT of `columns` for a page of claims, in CLAIM_ORDER. With `from` and no place or doc, the
 * claims starting at or after `from` are read in order from the time index, and merged with the few that
 * start before it (a coarser period holding it, or a span across it): the plain form would read the time
 * index from the first claim ever stored.
 */
export function claimSelect(filter: ResolvedClaimFilter, columns: string): { sql: string; params: Record<string, unknown> } {
  if (filter.from === undefined || filter.place !== undefined || filter.doc !== undefined) {
    const where = claimWhere(filter);
    const limit = limitClause(where, filter.limit, filter.offset);
    return { sql: `SELECT ${columns} FROM claims ${placeIndex(filter)} ${where} ${CLAIM_ORDER} ${limit}`, params: where.params };
  }
  assertIsoDate("from", filter.from);
  const where = claimWhere({ ...filter, from: undefined });
  const rest = where.conditions.map((c) => ` AND ${c}`).join("");
  Object.assign(where.params, fromParams(filter.from));
  const limit = limitClause(where, filter.limit, filter.offset);
  const select = `SELECT ${columns}, time_start AS o_time, doc AS o_doc, evidence_start AS o_start, seq AS o_seq FROM claims`;
  const sql = `${select} WHERE (time_start IS NULL) = 0 AND time_start >= @from${rest}
    UNION ALL
    ${select} WHERE +time_start < @from AND (time_end IN (@fromYear, @fromMonth) OR (time_start <> time_end AND time_end >= @from))${rest}
    ORDER BY o_time, o_doc, o_start, o_seq ${limit}`;
  return { sql, params: where.params };
}

export const fromParams = (from: string) => ({ from, fromYear: coarser(from, 4), fromMonth: coarser(from, 7) });

/** The year (4) or month (7) of an ISO date finer than that, else null (matches nothing in IN). */
const coarser = (date: string, length: number): string | null => (date.length > length ? date.slice(0, length) : null);

export function assertIsoDate(name: string, date: string): void {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) {
    throw new FoglineError("bad-filter", `--${name} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not "${date}"`,
      `pass --${name} 2025-11-01, for example`);
  }
}
