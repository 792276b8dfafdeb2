// Storing one article and its claims in PostgreSQL: one transaction, claims inserted in one statement.
// Idempotent on the whitespace-folded text: the content_hash UNIQUE constraint decides, so two writers
// racing on one article store it once (the loser's INSERT … ON CONFLICT DO NOTHING waits, then yields).
import type { Article, Claim } from "../../claims/index.js";
import { documentKey } from "../content-hash.js";
import type { AddResult, ClaimGroupKeyOf, StoredArticle } from "../ledger-store.js";
import { toClaimRow, type ClaimRow } from "../sqlite/claim-row.js";
import { tallyPlaces } from "../place-tally.js";
import { inTransaction, type Pool, type PoolClient, type Queryable } from "./pg-driver.js";

const CLAIM_FIELDS = ["id", "doc", "kind", "measure", "side", "place_name", "place_key", "place_id", "source_name", "source_key",
  "time_start", "time_end", "polarity", "group_key", "evidence_start", "evidence_end", "evidence_text", "body", "rejected", "machine"] as const;
const INT_FIELDS = new Set(["evidence_start", "evidence_end", "rejected"]);

/** A claim row with its review columns (a copied ledger's; 0 and NULL on ingest). */
export type CopiedRow = ClaimRow & { rejected: number; machine: string | null };


export async function findByHash(db: Queryable, hash: string): Promise<AddResult | null> {
  const { rows } = await db.query<{ id: string; claim_count: number }>("SELECT id, claim_count FROM documents WHERE content_hash = $1", [hash]);
  return rows[0] ? { added: false, docId: rows[0].id, claims: rows[0].claim_count } : null;
}

export async function addArticlePg(pool: Pool, article: Article, claims: Claim[], groupKeyOf: ClaimGroupKeyOf, now: () => Date): Promise<AddResult> {
  const hash = documentKey(article);
  const known = await findByHash(pool, hash);
  if (known) return known;
  // Everything that can fail outside PostgreSQL runs before the transaction opens.
  const rows = claims.map((c) => ({ ...toClaimRow(c, groupKeyOf(c)), rejected: 0, machine: null }));
  const stored: StoredArticle = {
    id: article.id, outlet: article.outlet, title: article.title, published: article.published, url: article.url ?? null,
    origin: article.origin, contentHash: hash, text: article.text, offset: article.offset ?? 0, claimCount: rows.length,
    ingestedAt: now().toISOString(),
  };
  const added = await writeDocument(pool, stored, rows);
  return added ? { added: true, docId: article.id, claims: rows.length } : ((await findByHash(pool, hash)) ?? { added: false, docId: article.id, claims: 0 });
}

/** The document row, its claims, and the place and source tallies, in one transaction; false if its hash is stored. */
export function writeDocument(pool: Pool, d: StoredArticle, rows: CopiedRow[]): Promise<boolean> {
  return inTransaction(pool, async (client) => {
    const inserted = await client.query<{ seq: number }>(`INSERT INTO documents
      (id, part_offset, outlet, title, published, url, origin, content_hash, text, claim_count, ingested_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (content_hash) DO NOTHING RETURNING seq`,
      [d.id, d.offset, d.outlet, d.title, d.published, d.url, d.origin, d.contentHash, d.text, rows.length, d.ingestedAt]);
    if (inserted.rows.length === 0) return false;
    await insertClaims(client, inserted.rows[0].seq, rows);
    return true;
  });
}

async function insertClaims(client: PoolClient, document: number, rows: CopiedRow[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = CLAIM_FIELDS.map((f) => rows.map((r) => r[f]));
  const casts = CLAIM_FIELDS.map((f, i) => `$${i + 2}::${INT_FIELDS.has(f) ? "integer" : "text"}[]`).join(", ");
  const fields = CLAIM_FIELDS.join(", ");
  const picked = CLAIM_FIELDS.map((f) => `t.${f}`).join(", ");
  // WITH ORDINALITY keeps the claims' order, so that seq follows it as it does in SQLite.
  await client.query(`INSERT INTO claims (document, ${fields})
    SELECT $1, ${picked} FROM unnest(${casts}) WITH ORDINALITY AS t(${fields}, n) ORDER BY t.n`, [document, ...columns]);
  const sources = [...new Set(rows.map((r) => r.source_key).filter((k): k is string => k !== null))].sort();
  if (sources.length) await client.query("INSERT INTO sources (source_key) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING", [sources]);
  // Sorted, so that two writers tallying the same places lock them in the same order (no deadlock).
  // The places table counts the claims that are not rejected (pg-review-log.ts).
  const places = tallyPlaces(rows.filter((row) => row.rejected === 0).map((row) => (row.place_name === null ? null : (JSON.parse(row.body) as Claim).place))).sort((a, b) => (a.place_key + "\u0000" + a.place_id < b.place_key + "\u0000" + b.place_id ? -1 : 1));
  if (places.length) {
    await client.query(`INSERT INTO places (place_key, place_id, name, lat, lon, claims)
      SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::double precision[], $5::double precision[], $6::integer[])
      ON CONFLICT (place_key, place_id) DO UPDATE SET claims = places.claims + excluded.claims`,
      [places.map((p) => p.place_key), places.map((p) => p.place_id), places.map((p) => p.name), places.map((p) => p.lat),
        places.map((p) => p.lon), places.map((p) => p.claims)]);
  }
}
