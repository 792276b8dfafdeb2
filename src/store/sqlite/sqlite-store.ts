// LedgerStore on an embedded SQLite file (better-sqlite3): WAL, one transaction per article, indexed filters.
// better-sqlite3 is synchronous: each method does its work at once and returns a settled Promise, so a
// transaction never spans an await and no other call can interleave with it.
import type { Article, Claim, Proposition, ReviewEvent, SettlementEvent } from "../../claims/index.js";
import type {
  AddResult, AsOfScope, ClaimFilter, ClaimGroupKeyOf, LedgerStore, LedgerTransfer, PropositionFilter, PropositionGroupKeyOf, ReviewedClaim,
  ReviewEventQuery, ReviewWrite, SettlementEventQuery, StoredArticle, StoredPlace, TransferDocument, TransferProposition,
} from "../ledger-store.js";
import { ArticleIngest } from "./article-ingest.js";
import { matchingOutlets } from "../outlet-match.js";
import { asOfClaims, asOfDocuments, CLAIM_ORDER, claimSelect, claimWhere } from "./claim-query.js";
import { fromClaimRow, type ClaimRow } from "./claim-row.js";
import type { Database, Statement } from "./driver.js";
import { openFoglineDatabase } from "./open-database.js";
import { PROPOSITION_ORDER, propositionWhere } from "./proposition-query.js";
import { fromPropositionRow, toPropositionRow } from "./proposition-row.js";
import { PropositionWriter } from "./proposition-writer.js";
import { ReviewLog } from "./review-log.js";
import { INSERT_SETTLEMENT, SettlementLog } from "./settlement-log.js";
import { fromSettlementEventRow, toSettlementEventRow, type SettlementEventRow } from "../settlement-event-row.js";
import { fromReviewEventRow, toReviewEventRow, transferReviewOf, type ReviewEventRow } from "../review-event-row.js";
import { guard, type Operation } from "./sqlite-errors.js";
import { limitClause, SqlWhere } from "./sql-where.js";

export interface SqliteStoreOptions {
  /** Open for reading only: writes fail with `store-readonly`; the file must exist. Default false. */
  readonly?: boolean;
  /** How long to wait for another process's write lock before `store-locked`. Default 5000 ms. */
  busyTimeoutMs?: number;
  /** Clock for `ingestedAt` and the migrations log. Default: the system clock. */
  now?: () => Date;
  /** Refuse a damaged file on a writable open (PRAGMA quick_check, open-database.ts). Default true. */
  integrityCheck?: boolean;
}

/** Articles added between two PRAGMA optimize runs, once the ledger is past the first few hundred. */
const OPTIMIZE_EVERY = 5000;

type ClaimColumns = Pick<ClaimRow, "body" | "evidence_text" | "evidence_start" | "evidence_end">;
const CLAIM_COLUMNS = "body, evidence_text, evidence_start, evidence_end";

interface DocumentRow {
  id: string; part_offset: number; outlet: string | null; title: string | null; published: string | null;
  url: string | null; origin: string; content_hash: string; text: string; claim_count: number; ingested_at: string;
}

/** Opens (creating and migrating if needed) the store at `path`; ":memory:" gives a private in-memory one. */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): SqliteStore {
  const now = options.now ?? (() => new Date());
  const db = openFoglineDatabase(path, { readonly: options.readonly ?? false, busyTimeoutMs: options.busyTimeoutMs ?? 5000, now, integrityCheck: options.integrityCheck ?? true });
  return new SqliteStore(db, path, now);
}

export class SqliteStore implements LedgerStore, LedgerTransfer {
  /** Statements per SQL text: filters combine into a bounded number of shapes. */
  private readonly statements = new Map<string, Statement>();
  private ingest?: ArticleIngest;
  private writer?: PropositionWriter;
  private reviews?: ReviewLog;
  private settlements?: SettlementLog;
  private addedSinceOpen = 0;
  private nextOptimize = 100;

  constructor(private readonly db: Database, private readonly path: string, private readonly now: () => Date) {}

  async addArticle(article: Article, claims: Claim[], groupKeyOf?: ClaimGroupKeyOf): Promise<AddResult> {
    const result = this.guard("ingest", () => (this.ingest ??= new ArticleIngest(this.db, this.now)).add(article, claims, groupKeyOf));
    if (result.added) this.refreshStatistics();
    return result;
  }

  /**
   * The planner's statistics kept fresh while the ledger grows in a long-running process (fogline serve,
   * a long ingest), not only at close: PRAGMA optimize after 100, 200, 400 … articles added, then every
   * OPTIMIZE_EVERY. A server that started on an empty file otherwise plans searches without statistics.
   */
  private refreshStatistics(): void {
    if (++this.addedSinceOpen < this.nextOptimize) return;
    this.nextOptimize = Math.min(this.nextOptimize * 2, this.addedSinceOpen + OPTIMIZE_EVERY);
    try {
      this.db.pragma("optimize");
    } catch {
      // statistics are an optimisation; a busy file must not fail the article just stored
    }
  }

  async putPropositions(groupKeys: string[], propositions: Proposition[], groupKeyOf?: PropositionGroupKeyOf): Promise<void> {
    this.guard("write", () => (this.writer ??= new PropositionWriter(this.db)).put(groupKeys, propositions, groupKeyOf));
  }

  async article(id: string): Promise<StoredArticle | null> {
    return this.guard("read", () => {
      const row = this.sql<DocumentRow>("SELECT * FROM documents WHERE id = ? ORDER BY part_offset, seq LIMIT 1").get(id);
      return row ? toStoredArticle(row) : null;
    });
  }

  async articles(options: { limit?: number; offset?: number; asOf?: AsOfScope } = {}): Promise<StoredArticle[]> {
    return this.guard("read", () => {
      const where = new SqlWhere();
      if (options.asOf) {
        const inLedger = asOfDocuments(options.asOf);
        where.add(options.asOf.later ? `NOT coalesce(${inLedger}, 0)` : inLedger, { asOfDay: options.asOf.day });
      }
      const limit = limitClause(where, options.limit, options.offset);
      return this.sql<DocumentRow>(`SELECT * FROM documents ${where} ORDER BY seq ${limit}`).all(where.params).map(toStoredArticle);
    });
  }

  async claims(filter: ClaimFilter = {}): Promise<Claim[]> {
    return this.guard("read", () => {
      const { sql, params } = claimSelect(this.resolveOutlet(filter), CLAIM_COLUMNS);
      return this.sql<ClaimColumns>(sql).all(params).map(fromClaimRow);
    });
  }

  async countClaims(filter: ClaimFilter = {}): Promise<number> {
    return this.guard("read", () => {
      const where = claimWhere(this.resolveOutlet(filter));
      return this.count(`SELECT count(*) AS n FROM claims ${where}`, where);
    });
  }

  async claimsByIds(ids: string[]): Promise<Claim[]> {
    return this.guard("read", () => {
      const sql = `SELECT ${CLAIM_COLUMNS} FROM claims WHERE id IN (SELECT value FROM json_each(?)) ${CLAIM_ORDER}`;
      return this.sql<ClaimColumns>(sql).all(JSON.stringify(ids)).map(fromClaimRow);
    });
  }

  async claimsByGroup(groupKeys: string[]): Promise<Claim[]> {
    return this.guard("read", () => {
      const sql = `SELECT ${CLAIM_COLUMNS} FROM claims WHERE group_key IN (SELECT value FROM json_each(?)) AND rejected = 0 ${CLAIM_ORDER}`;
      return this.sql<ClaimColumns>(sql).all(JSON.stringify(groupKeys)).map(fromClaimRow);
    });
  }

  async propositions(filter: PropositionFilter = {}): Promise<Proposition[]> {
    return this.guard("read", () => {
      const where = propositionWhere(this.resolveOutlet(filter));
      const limit = limitClause(where, filter.limit, filter.offset);
      const sql = `SELECT body FROM propositions ${where} ${PROPOSITION_ORDER} ${limit}`;
      return this.sql<{ body: string }>(sql).all(where.params).map(fromPropositionRow);
    });
  }

  async countPropositions(filter: PropositionFilter = {}): Promise<number> {
    return this.guard("read", () => {
      const where = propositionWhere(this.resolveOutlet(filter));
      return this.count(`SELECT count(*) AS n FROM propositions ${where}`, where);
    });
  }

  async proposition(id: string): Promise<Proposition | null> {
    return this.guard("read", () => {
      const row = this.sql<{ body: string }>("SELECT body FROM propositions WHERE id = ?").get(id);
      return row ? fromPropositionRow(row) : null;
    });
  }

  async places(filter: { asOf?: AsOfScope } = {}): Promise<StoredPlace[]> {
    return this.guard("read", () => {
      const sql = filter.asOf
        ? `SELECT p.name, p.place_id, p.lat, p.lon, count(*) AS claims FROM claims c
            JOIN places p ON p.place_key = c.place_key AND p.place_id = coalesce(c.place_id, '')
            WHERE c.${asOfClaims(filter.asOf)} GROUP BY p.place_key, p.place_id ORDER BY claims DESC, p.place_key, p.place_id`
        : "SELECT name, place_id, lat, lon, claims FROM places WHERE claims > 0 ORDER BY claims DESC, place_key, place_id";
      return this.sql<{ name: string; place_id: string; lat: number | null; lon: number | null; claims: number }>(sql)
        .all(filter.asOf ? { asOfDay: filter.asOf.day } : {})
        .map((r) => ({ name: r.name, id: r.place_id === "" ? null : r.place_id, lat: r.lat, lon: r.lon, claims: r.claims }));
    });
  }

  async outlets(docIds: string[]): Promise<Map<string, string | null>> {
    return this.guard("read", () => {
      const sql = "SELECT id, outlet FROM documents WHERE id IN (SELECT value FROM json_each(?)) ORDER BY part_offset DESC, seq DESC";
      const found = new Map<string, string | null>();
      for (const r of this.sql<{ id: string; outlet: string | null }>(sql).all(JSON.stringify(docIds))) found.set(r.id, r.outlet);
      return new Map(docIds.map((id) => [id, found.get(id) ?? null]));
    });
  }

  async publishedDates(docIds: string[]): Promise<Map<string, string | null>> {
    return this.guard("read", () => {
      const sql = "SELECT id, published FROM documents WHERE id IN (SELECT value FROM json_each(?)) ORDER BY part_offset DESC, seq DESC";
      const found = new Map<string, string | null>();
      for (const r of this.sql<{ id: string; published: string | null }>(sql).all(JSON.stringify(docIds))) found.set(r.id, r.published);
      return new Map(docIds.map((id) => [id, found.get(id) ?? null]));
    });
  }

  async appendReviews(events: ReviewEvent[], write: ReviewWrite): Promise<void> {
    this.guard("write", () => this.reviewLog().append(events, write));
  }

  async reviewedClaim(id: string): Promise<ReviewedClaim | null> {
    return this.guard("read", () => this.reviewLog().claim(id));
  }

  async reviewEvents(query: ReviewEventQuery = {}): Promise<ReviewEvent[]> {
    return this.guard("read", () => this.reviewLog().events(query));
  }

  async appendSettlement(event: SettlementEvent): Promise<void> {
    this.guard("write", () => this.settlementLog().append(event));
  }

  async settlementEvents(query: SettlementEventQuery = {}): Promise<SettlementEvent[]> {
    return this.guard("read", () => this.settlementLog().events(query));
  }

  private settlementLog(): SettlementLog {
    return (this.settlements ??= new SettlementLog(this.db));
  }

  private reviewLog(): ReviewLog {
    return (this.reviews ??= new ReviewLog(this.db));
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    // Keeps the planner's statistics fresh (cheap: SQLite limits how much it analyses).
    if (!this.db.readonly) {
      try {
        this.db.pragma("optimize");
      } catch {
        // statistics are an optimisation; a busy or full file must not stop the close
      }
    }
    this.db.close();
  }

  /** --outlet as the outlet names stored that hold it (outlet-match.ts). */
  private resolveOutlet<F extends { outlet?: string }>(filter: F): F & { outlets?: string[] } {
    if (filter.outlet === undefined) return filter;
    const stored = this.sql<{ outlet: string | null }>("SELECT DISTINCT outlet FROM documents").all().map((r) => r.outlet);
    return { ...filter, outlets: matchingOutlets(stored, filter.outlet) };
  }

  // LedgerTransfer: fogline migrate.

  async exportDocuments(after: number, limit: number): Promise<{ next: number; documents: TransferDocument[] }> {
    return this.guard("read", () => {
      const docs = this.sql<DocumentRow & { seq: number }>("SELECT * FROM documents WHERE seq > ? ORDER BY seq LIMIT ?").all(after, limit);
      if (docs.length === 0) return { next: after, documents: [] };
      const sql = `SELECT document, group_key, rejected, machine, ${CLAIM_COLUMNS} FROM claims WHERE document IN (SELECT value FROM json_each(?)) ORDER BY seq`;
      const byDocument = new Map<number, TransferDocument["claims"]>(docs.map((d) => [d.seq, []]));
      type Row = ClaimColumns & { document: number; group_key: string; rejected: number; machine: string | null };
      for (const c of this.sql<Row>(sql).all(JSON.stringify(docs.map((d) => d.seq)))) {
        const review = transferReviewOf(c.rejected, c.machine);
        byDocument.get(c.document)!.push({ claim: fromClaimRow(c), groupKey: c.group_key, ...(review ? { review } : {}) });
      }
      return { next: docs[docs.length - 1].seq, documents: docs.map((d) => ({ article: toStoredArticle(d), claims: byDocument.get(d.seq)! })) };
    });
  }

  async exportPropositions(afterId: string, limit: number): Promise<TransferProposition[]> {
    return this.guard("read", () => this.sql<{ body: string; group_key: string }>(
      "SELECT body, group_key FROM propositions WHERE id > ? ORDER BY id LIMIT ?").all(afterId, limit)
      .map((r) => ({ proposition: fromPropositionRow(r), groupKey: r.group_key })));
  }

  async importDocument(document: TransferDocument): Promise<boolean> {
    return this.guard("ingest", () => (this.ingest ??= new ArticleIngest(this.db, this.now)).import(document));
  }

  async importPropositions(rows: TransferProposition[]): Promise<void> {
    this.guard("write", () => (this.writer ??= new PropositionWriter(this.db))
      .import(rows.map((r) => toPropositionRow(r.proposition, r.groupKey)), rows.map((r) => r.proposition.claims)));
  }

  async exportReviewEvents(after: number, limit: number): Promise<{ next: number; events: ReviewEvent[] }> {
    return this.guard("read", () => {
      const rows = this.sql<ReviewEventRow & { seq: number }>("SELECT * FROM review_events WHERE seq > ? ORDER BY seq LIMIT ?").all(after, limit);
      return { next: rows.length ? rows[rows.length - 1].seq : after, events: rows.map(fromReviewEventRow) };
    });
  }

  async importReviewEvents(events: ReviewEvent[]): Promise<void> {
    this.guard("write", () => this.db.transaction(() => {
      const insert = this.sql(`INSERT INTO review_events (id, claim, action, field, before, after, reviewer, at, note, undoes)
        VALUES (@id, @claim, @action, @field, @before, @after, @reviewer, @at, @note, @undoes) ON CONFLICT (id) DO NOTHING`);
      for (const e of events) insert.run(toReviewEventRow(e));
    }).immediate());
  }

  async exportSettlementEvents(after: number, limit: number): Promise<{ next: number; events: SettlementEvent[] }> {
    return this.guard("read", () => {
      const rows = this.sql<SettlementEventRow & { seq: number }>("SELECT * FROM settlement_events WHERE seq > ? ORDER BY seq LIMIT ?").all(after, limit);
      return { next: rows.length ? rows[rows.length - 1].seq : after, events: rows.map(fromSettlementEventRow) };
    });
  }

  async importSettlementEvents(events: SettlementEvent[]): Promise<void> {
    this.guard("write", () => this.db.transaction(() => {
      const insert = this.sql(`${INSERT_SETTLEMENT} ON CONFLICT (id) DO NOTHING`);
      for (const e of events) insert.run(toSettlementEventRow(e));
    }).immediate());
  }

  async finishImport(): Promise<void> {
    // The same as on close (queries name their indices, so they never depend on full statistics).
    this.guard("write", () => this.db.pragma("optimize"));
  }

  private sql<Row>(text: string): Statement<Row> {
    let statement = this.statements.get(text);
    if (!statement) this.statements.set(text, (statement = this.db.prepare(text)));
    return statement as Statement<Row>;
  }

  private count(text: string, where: SqlWhere): number {
    return (this.sql<{ n: number }>(text).get(where.params) as { n: number }).n;
  }

  private guard<T>(operation: Operation, fn: () => T): T {
    return guard(this.path, operation, fn);
  }
}

const toStoredArticle = (r: DocumentRow): StoredArticle => ({
  id: r.id, outlet: r.outlet, title: r.title, published: r.published, url: r.url, origin: r.origin,
  contentHash: r.content_hash, text: r.text, offset: r.part_offset, claimCount: r.claim_count, ingestedAt: r.ingested_at,
});
