// ClaimFilter -> SQL over the PostgreSQL claims table: the same meaning as sqlite/claim-query.ts (the
// contract suite holds both to it), written for PostgreSQL's planner and its full-text search.
import { foldName } from "../sqlite/claim-row.js";
import { assertIsoDate, fromParams, TIME_TOP, type ResolvedClaimFilter } from "../sqlite/claim-query.js";
import { searchWords } from "../sqlite/fts-query.js";
import { pgLimit, PgWhere } from "./pg-where.js";
import { assertAsOfDay } from "../as-of-scope.js";
import type { AsOfScope } from "../ledger-store.js";

/** The documents in the ledger on the scope's day, as a condition on documents' columns. */
export function pgAsOfDocuments(scope: AsOfScope, where: PgWhere): string {
  assertAsOfDay(scope.day);
  const day = where.bind(scope.day);
  return scope.basis === "ingested" ? `substr(ingested_at, 1, 10) <= ${day}` : `published <= ${day}`;
}

/** Claims (column doc) of the documents the scope selects. */
export const pgAsOfClaims = (scope: AsOfScope, where: PgWhere): string =>
  `doc ${scope.later ? "NOT IN" : "IN"} (SELECT id FROM documents WHERE ${pgAsOfDocuments(scope, where)})`;

export const PG_CLAIM_ORDER = "ORDER BY time_start IS NULL, time_start, doc, evidence_start, seq";

/** The words as a tsquery of the 'simple' configuration, every word required; no query syntax gets through. */
export const wordsQuery = (where: PgWhere, words: string[]): string => `plainto_tsquery('simple', ${where.bind(words.join(" "))})`;

export function pgClaimWhere(filter: ResolvedClaimFilter, where = new PgWhere()): PgWhere {
  if (!filter.withRejected) where.add("rejected = 0");
  if (filter.place !== undefined) {
    // As in SQLite: the one name the place goes by, then the claims under it that are that place.
    const key = where.bind(foldName(filter.place));
    const id = where.bind(filter.place);
    where.add(`place_key = (SELECT place_key FROM places WHERE place_key = ${key} OR place_id = ${id}
      ORDER BY place_key = ${key} DESC LIMIT 1) AND (place_key = ${key} OR place_id = ${id})`);
  }
  if (filter.kind !== undefined) where.add(`kind = ${where.bind(filter.kind)}`);
  if (filter.side !== undefined) where.add(`side = ${where.bind(filter.side)}`);
  if (filter.doc !== undefined) where.add(`doc = ${where.bind(filter.doc)}`);
  if (filter.source !== undefined) {
    where.add(`source_key IN (SELECT source_key FROM sources WHERE strpos(source_key, ${where.bind(foldName(filter.source))}) > 0)`);
  }
  if (filter.outlets !== undefined) where.add(`doc IN (SELECT id FROM documents WHERE outlet = ANY(${where.bind(filter.outlets)}::text[]))`);
  if (filter.asOf !== undefined) where.add(pgAsOfClaims(filter.asOf, where));
  if (filter.speakerSide !== undefined) where.add(`(body::jsonb #>> '{source,side}') = ${where.bind(filter.speakerSide)}`);
  if (filter.status !== undefined) {
    where.add(`id IN (SELECT pc.claim FROM proposition_claims pc JOIN propositions p ON p.id = pc.proposition WHERE p.status = ${where.bind(filter.status)})`);
  }
  if (filter.from !== undefined) {
    assertIsoDate("from", filter.from);
    const { from, fromYear, fromMonth } = fromParams(filter.from);
    where.add(`(time_end >= ${where.bind(from)} OR time_end IN (${where.bind(fromYear)}, ${where.bind(fromMonth)}))`);
  }
  if (filter.to !== undefined) {
    assertIsoDate("to", filter.to);
    where.add(`time_start <= ${where.bind(filter.to + TIME_TOP)}`);
  }
  if (filter.search !== undefined) {
    const words = searchWords(filter.search);
    where.add(words.length === 0 ? "false" : `evidence_words @@ ${wordsQuery(where, words)}`);
  }
  return where;
}

export function pgClaimSelect(filter: ResolvedClaimFilter, columns: string): { text: string; values: unknown[] } {
  const where = pgClaimWhere(filter);
  const limit = pgLimit(where, filter.limit, filter.offset);
  return { text: `SELECT ${columns} FROM claims ${where} ${PG_CLAIM_ORDER} ${limit}`, values: where.values };
}
