// PropositionFilter -> SQL over the PostgreSQL propositions table (the meaning of sqlite/proposition-query.ts).
import { foldName } from "../sqlite/claim-row.js";
import { searchWords } from "../sqlite/fts-query.js";
import type { ResolvedPropositionFilter } from "../sqlite/proposition-query.js";
import { wordsQuery } from "./pg-claim-query.js";
import { PgWhere } from "./pg-where.js";

export const PG_PROPOSITION_ORDER = "ORDER BY time_start IS NULL, time_start, place_name, kind, measure, id";

export function pgPropositionWhere(filter: ResolvedPropositionFilter): PgWhere {
  const where = new PgWhere();
  if (filter.place !== undefined) {
    where.add(`(place_key = ${where.bind(foldName(filter.place))} OR place_id = ${where.bind(filter.place)})`);
  }
  if (filter.kind !== undefined) where.add(`kind = ${where.bind(filter.kind)}`);
  if (filter.side !== undefined) where.add(`side = ${where.bind(filter.side)}`);
  if (filter.status !== undefined) where.add(`status = ${where.bind(filter.status)}`);
  if (filter.search !== undefined) {
    // One of its claims' evidence has every word, or its place, kind and sources name every word.
    const words = searchWords(filter.search);
    if (words.length === 0) where.add("false");
    else {
      const inText = words.map((w) => `strpos(search_text, ${where.bind(foldName(w))}) > 0`).join(" AND ");
      where.add(`(id IN (SELECT pc.proposition FROM proposition_claims pc JOIN claims c ON c.id = pc.claim
                         WHERE c.evidence_words @@ ${wordsQuery(where, words)})
                  OR (${inText}))`);
    }
  }
  // Through its primary sources, as a dispute shows them: one of that side, one reported by that outlet.
  if (filter.speakerSide !== undefined) {
    where.add(`EXISTS (SELECT 1 FROM jsonb_array_elements(body::jsonb -> 'primary_sources') s WHERE s ->> 'side' = ${where.bind(filter.speakerSide)})`);
  }
  if (filter.outlets !== undefined) {
    where.add(`EXISTS (SELECT 1 FROM jsonb_array_elements(body::jsonb -> 'primary_sources') s, jsonb_array_elements_text(s -> 'reported_by') r
      WHERE r = ANY(${where.bind(filter.outlets)}::text[]))`);
  }
  return where;
}
