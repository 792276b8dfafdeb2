// LedgerStore on PostgreSQL (pg): a connection pool, one transaction per article, versioned migrations,
// full-text search over evidence with the 'simple' configuration. Rows are the SQLite adapter's (claim-row,
// proposition-row), so both engines store and give back the same records.
import type { Article, Claim, Proposition, ReviewEvent, SettlementEvent } from "../../claims/index.js";
import type {
  AddResult, AsOfScope, ClaimFilter, ClaimGroupKeyOf, LedgerStore, LedgerTransfer, PropositionFilter, PropositionGroupKeyOf,
  ReviewedClaim, ReviewEventQuery, ReviewWrite, SettlementEventQuery, StoredArticle, StoredPlace, TransferDocument, TransferProposition,
} from "../ledger-store.js";
import { fromClaimRow, toClaimRow, type ClaimRow } from "../sqlite/claim-row.js";
import { fromPropositionRow, toPropositionRow, type PropositionRow } from "../sqlite/proposition-row.js";
import { addArticlePg, writeDocument } from "./pg-article-ingest.js";
import { matchingOutlets } from "../outlet-match.js";
import { PG_CLAIM_ORDER, pgAsOfClaims, pgAsOfDocuments, pgClaimSelect, pgClaimWhere } from "./pg-claim-query.js";
import { createPool, inTransaction, type Pool, type PoolClient } from "./pg-driver.js";
import { pgGuard, toPgFoglineError, type PgOperation } from "./pg-errors.js";
import { migratePostgres } from "./pg-migrations.js";
import { appendReviewsPg, reviewedClaimPg, reviewEventsPg } from "./pg-review-log.js";
import { appendSettlementPg, insertSettlementPg, settlementEventsPg } from "./pg-settlement-log.js";
import { fromSettlementEventRow, SETTLEMENT_EVENT_FIELDS, type SettlementEventRow } from "../settlement-event-row.js";
import { fromReviewEventRow, REVIEW_EVENT_FIELDS, reviewColumnsOf, toReviewEventRow, transferReviewOf, type ReviewEventRow } from "../review-event-row.js";
import { PG_PROPOSITION_ORDER, pgPropositionWhere } from "./pg-proposition-query.js";
import { pgLimit, PgWhere } from "./pg-where.js";
import { parsePostgresUrl } from "./postgres-url.js";
import { searchTimedOut } from "../search-terms.js";

export interface PostgresStoreOptions {
  /** Clock for `ingestedAt` and schema_version. Default: the system clock. */
  now?: () => Date;
  /** Give up connecting after this long (default 5000 ms). */
  connectTimeoutMs?: number;
  /** Connections in the pool (default 4). */
  poolSize?: number;
  /** A search (a filter with `search`) is stopped after this long, as a `search-timeout` error (default 5000 ms). */
  searchBudgetMs?: number;
}

/** PostgreSQL's SQLSTATE for a statement stopped by statement_timeout. */
const QUERY_CANCELED = "57014";

const CLAIM_COLUMNS = "body, evidence_text, evidence_start, evidence_end";
type ClaimColumns = Pick<ClaimRow, "body" | "evidence_text" | "evidence_start" | "evidence_end">;

interface DocumentRow {
  seq: number; id: string; part_offset: number; outlet: string | null; title: string | null; published: string | null;
  url: string | null; origin: string; content_hash: string; text: string; claim_count: number; ingested_at: string;
}

/**
 * Connects to `url` (postgres://user:pass@host:port/db, optionally ?schema=NAME to keep the tables in
 * their own schema, created if missing), checks the server, and brings the schema up to date.
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const target = parsePostgresUrl(url);
  const now = options.now ?? (() => new Date());
  const pool = await createPool({
    connectionString: target.connectionString,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    max: options.poolSize ?? 4,
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
  });
  try {
    await migratePostgres(pool, target.display, now, target.schema);
  } catch (e) {
    await pool.end().catch(() => {});
    throw toPgFoglineError(e, target.display, "open");
  }
  return new PostgresStore(pool, target.display, now, options.searchBudgetMs ?? 5000);
}

export class PostgresStore implements LedgerStore, LedgerTransfer {
  private closed = false;

  constructor(private readonly pool: Pool, readonly where: string, private readonly now: () => Date, private readonly searchBudgetMs = 5000) {}

  addArticle(article: Article, claims: Claim[], groupKeyOf: ClaimGroupKeyOf = () => ""): Promise<AddResult> {
    return this.guard("ingest", () => addArticlePg(this.pool, article, claims, groupKeyOf, this.now));
  }

  putPropositions(groupKeys: string[], propositions: Proposition[], groupKeyOf?: PropositionGroupKeyOf): Promise<void> {
    return this.guard("write", async () => {
      const groups = groupKeyOf ? null : await this.groupsOfClaims(propositions.flatMap((p) => p.claims.slice(0, 1)));
      const rows = propositions.map((p) => toPropositionRow(p, groupKeyOf?.(p) ?? groups?.get(p.claims[0]) ?? (groupKeys.length === 1 ? groupKeys[0] : "")));
      await inTransaction(this.pool, async (client) => {
        await client.query("DELETE FROM propositions WHERE group_key = ANY($1::text[])", [groupKeys]);
        await insertPropositions(client, rows, propositions.map((p) => p.claims));
      });
    });
  }

  article(id: string): Promise<StoredArticle | null> {
    return this.guard("read", async () => {
      const { rows } = await this.pool.query<DocumentRow>("SELECT * FROM documents WHERE id = $1 ORDER BY part_offset, seq LIMIT 1", [id]);
      return rows[0] ? toStoredArticle(rows[0]) : null;
    });
  }

  articles(options: { limit?: number; offset?: number; asOf?: AsOfScope } = {}): Promise<StoredArticle[]> {
    return this.guard("read", async () => {
      const where = new PgWhere();
      if (options.asOf) {
        const inLedger = pgAsOfDocuments(options.asOf, where);
        where.add(options.asOf.later ? `NOT coalesce(${inLedger}, false)` : inLedger);
      }
      const limit = pgLimit(where, options.limit, options.offset);
      const { rows } = await this.pool.query<DocumentRow>(`SELECT * FROM documents ${where} ORDER BY seq ${limit}`, where.values);
      return rows.map(toStoredArticle);
    });
  }

  claims(filter: ClaimFilter = {}): Promise<Claim[]> {
    return this.guard("read", async () => {
      const { text, values } = pgClaimSelect(await this.resolveOutlet(filter), CLAIM_COLUMNS);
      return (await this.filtered<ClaimColumns>(filter, text, values)).map(fromClaimRow);
    });
  }

  countClaims(filter: ClaimFilter = {}): Promise<number> {
    return this.guard("read", async () => {
      const where = pgClaimWhere(await this.resolveOutlet(filter));
      return (await this.filtered<{ n: number }>(filter, `SELECT count(*) AS n FROM claims ${where}`, where.values))[0].n;
    });
  }

  claimsByIds(ids: string[]): Promise<Claim[]> {
    return this.guard("read", async () => {
      const sql = `SELECT ${CLAIM_COLUMNS} FROM claims WHERE id = ANY($1::text[]) ${PG_CLAIM_ORDER}`;
      return (await this.pool.query<ClaimColumns>(sql, [ids])).rows.map(fromClaimRow);
    });
  }

  claimsByGroup(groupKeys: string[]): Promise<Claim[]> {
    return this.guard("read", async () => {
      const sql = `SELECT ${CLAIM_COLUMNS} FROM claims WHERE group_key = ANY($1::text[]) AND rejected = 0 ${PG_CLAIM_ORDER}`;
      return (await this.pool.query<ClaimColumns>(sql, [groupKeys])).rows.map(fromClaimRow);
    });
  }

  propositions(filter: PropositionFilter = {}): Promise<Proposition[]> {
    return this.guard("read", async () => {
      const where = pgPropositionWhere(await this.resolveOutlet(filter));
      const limit = pgLimit(where, filter.limit, filter.offset);
      const sql = `SELECT body FROM propositions ${where} ${PG_PROPOSITION_ORDER} ${limit}`;
      return (await this.filtered<{ body: string }>(filter, sql, where.values)).map(fromPropositionRow);
    });
  }

  countPropositions(filter: PropositionFilter = {}): Promise<number> {
    return this.guard("read", async () => {
      const where = pgPropositionWhere(await this.resolveOutlet(filter));
      return (await this.filtered<{ n: number }>(filter, `SELECT count(*) AS n FROM propositions ${where}`, where.values))[0].n;
    });
  }

  /** A filtered read; a search runs under the statement timeout of its budget (search-terms.ts). */
  private async filtered<Row extends Record<string, unknown>>(filter: { search?: string }, sql: string, values: unknown[]): Promise<Row[]> {
    if (filter.search === undefined) return (await this.pool.query<Row>(sql, values)).rows;
    const ms = this.searchBudgetMs;
    try {
      return await inTransaction(this.pool, async (client) => {
        await client.query(`SET LOCAL statement_timeout = ${Math.max(1, Math.round(ms))}`);
        return (await client.query<Row>(sql, values)).rows;
      });
    } catch (e) {
      if ((e as { code?: string }).code === QUERY_CANCELED) throw searchTimedOut(ms);
      throw e;
    }
  }

  /** --outlet as the outlet names stored that hold it (outlet-match.ts). */
  private async resolveOutlet<F extends { outlet?: string }>(filter: F): Promise<F & { outlets?: string[] }> {
    if (filter.outlet === undefined) return filter;
    const { rows } = await this.pool.query<{ outlet: string | null }>("SELECT DISTINCT outlet FROM documents");
    return { ...filter, outlets: matchingOutlets(rows.map((r) => r.outlet), filter.outlet) };
  }

  proposition(id: string): Promise<Proposition | null> {
    return this.guard("read", async () => {
      const { rows } = await this.pool.query<{ body: string }>("SELECT body FROM propositions WHERE id = $1", [id]);
      return rows[0] ? fromPropositionRow(rows[0]) : null;
    });
  }

  places(filter: { asOf?: AsOfScope } = {}): Promise<StoredPlace[]> {
    return this.guard("read", async () => {
      const where = new PgWhere();
      const sql = filter.asOf
        ? `SELECT p.name, p.place_id, p.lat, p.lon, count(*)::int AS claims FROM claims c
            JOIN places p ON p.place_key = c.place_key AND p.place_id = coalesce(c.place_id, '')
            WHERE c.${pgAsOfClaims(filter.asOf, where)} GROUP BY p.place_key, p.place_id, p.name, p.lat, p.lon
            ORDER BY claims DESC, p.place_key, p.place_id`
        : "SELECT name, place_id, lat, lon, claims FROM places WHERE claims > 0 ORDER BY claims DESC, place_key, place_id";
      const { rows } = await this.pool.query<{ name: string; place_id: string; lat: number | null; lon: number | null; claims: number }>(sql, where.values);
      return rows.map((r) => ({ name: r.name, id: r.place_id === "" ? null : r.place_id, lat: r.lat, lon: r.lon, claims: r.claims }));
    });
  }

  outlets(docIds: string[]): Promise<Map<string, string | null>> {
    return this.documentField(docIds, "outlet");
  }

  publishedDates(docIds: string[]): Promise<Map<string, string | null>> {
    return this.documentField(docIds, "published");
  }

  appendReviews(events: ReviewEvent[], write: ReviewWrite): Promise<void> {
    return this.guard("write", () => appendReviewsPg(this.pool, events, write));
  }

  reviewedClaim(id: string): Promise<ReviewedClaim | null> {
    return this.guard("read", () => reviewedClaimPg(this.pool, id));
  }

  reviewEvents(query: ReviewEventQuery = {}): Promise<ReviewEvent[]> {
    return this.guard("read", () => reviewEventsPg(this.pool, query));
  }

  appendSettlement(event: SettlementEvent): Promise<void> {
    return this.guard("write", () => appendSettlementPg(this.pool, event));
  }

  settlementEvents(query: SettlementEventQuery = {}): Promise<SettlementEvent[]> {
    return this.guard("read", () => settlementEventsPg(this.pool, query));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  // LedgerTransfer: fogline migrate.

  exportDocuments(after: number, limit: number): Promise<{ next: number; documents: TransferDocument[] }> {
    return this.guard("read", async () => {
      const docs = (await this.pool.query<DocumentRow>("SELECT * FROM documents WHERE seq > $1 ORDER BY seq LIMIT $2", [after, limit])).rows;
      if (docs.length === 0) return { next: after, documents: [] };
      const claims = (await this.pool.query<ClaimColumns & { document: number; group_key: string; rejected: number; machine: string | null }>(
        `SELECT document, group_key, rejected, machine, ${CLAIM_COLUMNS} FROM claims WHERE document = ANY($1::bigint[]) ORDER BY seq`,
        [docs.map((d) => d.seq)])).rows;
      const byDocument = new Map<number, TransferDocument["claims"]>(docs.map((d) => [d.seq, []]));
      for (const c of claims) {
        const review = transferReviewOf(c.rejected, c.machine);
        byDocument.get(c.document)!.push({ claim: fromClaimRow(c), groupKey: c.group_key, ...(review ? { review } : {}) });
      }
      return { next: docs[docs.length - 1].seq, documents: docs.map((d) => ({ article: toStoredArticle(d), claims: byDocument.get(d.seq)! })) };
    });
  }

  exportPropositions(afterId: string, limit: number): Promise<TransferProposition[]> {
    return this.guard("read", async () => {
      const { rows } = await this.pool.query<{ body: string; group_key: string }>(
        "SELECT body, group_key FROM propositions WHERE id > $1 ORDER BY id LIMIT $2", [afterId, limit]);
      return rows.map((r) => ({ proposition: fromPropositionRow(r), groupKey: r.group_key }));
    });
  }

  importDocument(document: TransferDocument): Promise<boolean> {
    return this.guard("ingest", () => writeDocument(this.pool, document.article,
      document.claims.map((c) => ({ ...toClaimRow(c.claim, c.groupKey), ...reviewColumnsOf(c.review) }))));
  }

  importPropositions(rows: TransferProposition[]): Promise<void> {
    return this.guard("write", () => inTransaction(this.pool, (client) =>
      insertPropositions(client, rows.map((r) => toPropositionRow(r.proposition, r.groupKey)), rows.map((r) => r.proposition.claims))));
  }

  exportReviewEvents(after: number, limit: number): Promise<{ next: number; events: ReviewEvent[] }> {
    return this.guard("read", async () => {
      const { rows } = await this.pool.query<ReviewEventRow & { seq: string }>(
        `SELECT seq, ${REVIEW_EVENT_FIELDS.join(", ")} FROM review_events WHERE seq > $1 ORDER BY seq LIMIT $2`, [after, limit]);
      return { next: rows.length ? Number(rows[rows.length - 1].seq) : after, events: rows.map(fromReviewEventRow) };
    });
  }

  importReviewEvents(events: ReviewEvent[]): Promise<void> {
    return this.guard("write", () => inTransaction(this.pool, async (client) => {
      const rows = events.map(toReviewEventRow);
      if (rows.length === 0) return;
      // WITH ORDINALITY keeps the order, so that seq follows it.
      await client.query(`INSERT INTO review_events (${REVIEW_EVENT_FIELDS.join(", ")})
        SELECT ${REVIEW_EVENT_FIELDS.map((f) => `t.${f}`).join(", ")} FROM unnest(${REVIEW_EVENT_FIELDS.map((_, i) => `$${i + 1}::text[]`).join(", ")})
        WITH ORDINALITY AS t(${REVIEW_EVENT_FIELDS.join(", ")}, n) ORDER BY t.n ON CONFLICT (id) DO NOTHING`,
      REVIEW_EVENT_FIELDS.map((f) => rows.map((r) => r[f])));
    }));
  }

  exportSettlementEvents(after: number, limit: number): Promise<{ next: number; events: SettlementEvent[] }> {
    return this.guard("read", async () => {
      const { rows } = await this.pool.query<SettlementEventRow & { seq: string }>(
        `SELECT seq, ${SETTLEMENT_EVENT_FIELDS.join(", ")} FROM settlement_events WHERE seq > $1 ORDER BY seq LIMIT $2`, [after, limit]);
      return { next: rows.length ? Number(rows[rows.length - 1].seq) : after, events: rows.map(fromSettlementEventRow) };
    });
  }

  importSettlementEvents(events: SettlementEvent[]): Promise<void> {
    return this.guard("write", () => inTransaction(this.pool, async (client) => {
      for (const e of events) await insertSettlementPg(client, e, "ON CONFLICT (id) DO NOTHING");
    }));
  }

  finishImport(): Promise<void> {
    // Autovacuum would get there later; until then a freshly filled table is planned as if empty.
    return this.guard("write", async () => {
      await this.pool.query("ANALYZE documents, claims, places, sources, propositions, proposition_claims, review_events, settlement_events");
    });
  }

  private documentField(docIds: string[], field: "outlet" | "published"): Promise<Map<string, string | null>> {
    return this.guard("read", async () => {
      const sql = `SELECT id, ${field} AS value FROM documents WHERE id = ANY($1::text[]) ORDER BY part_offset DESC, seq DESC`;
      const found = new Map<string, string | null>();
      for (const r of (await this.pool.query<{ id: string; value: string | null }>(sql, [docIds])).rows) found.set(r.id, r.value);
      return new Map(docIds.map((id) => [id, found.get(id) ?? null]));
    });
  }

  /** The group each claim id was stored under (its first row). */
  private async groupsOfClaims(ids: string[]): Promise<Map<string, string>> {
    const { rows } = await this.pool.query<{ id: string; group_key: string }>(
      "SELECT DISTINCT ON (id) id, group_key FROM claims WHERE id = ANY($1::text[]) ORDER BY id, seq", [ids]);
    return new Map(rows.map((r) => [r.id, r.group_key]));
  }

  private guard<T>(operation: PgOperation, fn: () => Promise<T>): Promise<T> {
    return pgGuard(this.where, operation, fn);
  }
}

const PROPOSITION_FIELDS = ["id", "group_key", "kind", "measure", "side", "place_name", "place_key", "place_id", "status",
  "time_start", "time_end", "search_text", "body"] as const;

/** Rows (ids that moved from another group replaced) and their claim links, in the caller's transaction. */
async function insertPropositions(client: PoolClient, rows: PropositionRow[], claims: string[][]): Promise<void> {
  if (rows.length === 0) return;
  const last = new Map(rows.map((r, i) => [r.id, i])); // one id twice: the later one wins, as in SQLite
  const kept = rows.map((r, i) => ({ r, i })).filter(({ r, i }) => last.get(r.id) === i);
  await client.query("DELETE FROM propositions WHERE id = ANY($1::text[])", [kept.map(({ r }) => r.id)]);
  const casts = PROPOSITION_FIELDS.map((_, i) => `$${i + 1}::text[]`).join(", ");
  await client.query(`INSERT INTO propositions (${PROPOSITION_FIELDS.join(", ")}) SELECT * FROM unnest(${casts})`,
    PROPOSITION_FIELDS.map((f) => kept.map(({ r }) => r[f])));
  const links = kept.flatMap(({ r, i }) => claims[i].map((claim) => [r.id, claim]));
  if (links.length) {
    await client.query(`INSERT INTO proposition_claims (proposition, claim) SELECT * FROM unnest($1::text[], $2::text[])
      ON CONFLICT DO NOTHING`, [links.map((l) => l[0]), links.map((l) => l[1])]);
  }
}

const toStoredArticle = (r: DocumentRow): StoredArticle => ({
  id: r.id, outlet: r.outlet, title: r.title, published: r.published, url: r.url, origin: r.origin,
  contentHash: r.content_hash, text: r.text, offset: r.part_offset, claimCount: r.claim_count, ingestedAt: r.ingested_at,
});
