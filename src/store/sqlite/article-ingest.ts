// Storing one article and its claims: one immediate transaction, prepared statements reused across calls.
// Idempotent on the whitespace-folded text: a copy already stored returns `added: false`.
import type { Article, Claim } from "../../claims/index.js";
import { documentKey } from "../content-hash.js";
import type { AddResult, ClaimGroupKeyOf, TransferDocument } from "../ledger-store.js";
import { toClaimRow, type ClaimRow } from "./claim-row.js";
import { reviewColumnsOf } from "../review-event-row.js";
import { tallyPlaces, type PlaceTally } from "../place-tally.js";
import type { Database, Statement } from "./driver.js";

/** A claim row with its review columns (a copied ledger's; 0 and NULL on ingest). */
type CopiedRow = ClaimRow & { rejected: number; machine: string | null };

interface StoredDocument {
  id: string;
  claim_count: number;
}


export class ArticleIngest {
  private readonly findHash: Statement<StoredDocument>;
  private readonly insertDocument: Statement;
  private readonly insertClaim: Statement;
  private readonly tallyPlace: Statement;
  private readonly insertSource: Statement;
  private readonly write: (hash: string, article: Article, rows: CopiedRow[], places: PlaceTally[], ingestedAt: string) => AddResult;

  constructor(db: Database, private readonly now: () => Date) {
    this.findHash = db.prepare("SELECT id, claim_count FROM documents WHERE content_hash = ?");
    this.insertDocument = db.prepare(`INSERT INTO documents
      (id, part_offset, outlet, title, published, url, origin, content_hash, text, claim_count, ingested_at)
      VALUES (@id, @part_offset, @outlet, @title, @published, @url, @origin, @content_hash, @text, @claim_count, @ingested_at)`);
    this.insertClaim = db.prepare(`INSERT INTO claims
      (document, id, doc, kind, measure, side, place_name, place_key, place_id, source_name, source_key,
       time_start, time_end, polarity, group_key, evidence_start, evidence_end, evidence_text, body, rejected, machine)
      VALUES (@document, @id, @doc, @kind, @measure, @side, @place_name, @place_key, @place_id, @source_name, @source_key,
       @time_start, @time_end, @polarity, @group_key, @evidence_start, @evidence_end, @evidence_text, @body, @rejected, @machine)`);
    this.tallyPlace = db.prepare(`INSERT INTO places (place_key, place_id, name, lat, lon, claims)
      VALUES (@place_key, @place_id, @name, @lat, @lon, @claims)
      ON CONFLICT (place_key, place_id) DO UPDATE SET claims = claims + excluded.claims`);
    this.insertSource = db.prepare("INSERT OR IGNORE INTO sources (source_key) VALUES (?)");
    this.write = db.transaction(this.writeArticle.bind(this)).immediate;
  }

  add(article: Article, claims: Claim[], groupKeyOf: ClaimGroupKeyOf = () => ""): AddResult {
    const hash = documentKey(article);
    const known = this.findHash.get(hash);
    if (known) return { added: false, docId: known.id, claims: known.claim_count };
    // Everything that can fail outside SQLite runs before the transaction opens.
    const rows = claims.map((c) => ({ ...toClaimRow(c, groupKeyOf(c)), rejected: 0, machine: null }));
    return this.write(hash, article, rows, tallyPlaces(claims.map((c) => c.place)), this.now().toISOString());
  }

  /** A document row copied from another ledger (fogline migrate): its ingest time and group keys kept. */
  import({ article: d, claims }: TransferDocument): boolean {
    const article: Article = { id: d.id, text: d.text, outlet: d.outlet, title: d.title, published: d.published, origin: d.origin, url: d.url, offset: d.offset };
    const rows = claims.map((c) => ({ ...toClaimRow(c.claim, c.groupKey), ...reviewColumnsOf(c.review) }));
    // The places table counts the claims that are not rejected (review-log.ts).
    const places = tallyPlaces(claims.filter((c) => !c.review?.rejected).map((c) => c.claim.place));
    return this.write(documentKey(article), article, rows, places, d.ingestedAt).added;
  }

  private writeArticle(hash: string, article: Article, rows: CopiedRow[], places: PlaceTally[], ingestedAt: string): AddResult {
    const known = this.findHash.get(hash); // another process may have stored it since the first look
    if (known) return { added: false, docId: known.id, claims: known.claim_count };
    const document = this.insertDocument.run({
      id: article.id,
      part_offset: article.offset ?? 0,
      outlet: article.outlet,
      title: article.title,
      published: article.published,
      url: article.url ?? null,
      origin: article.origin,
      content_hash: hash,
      text: article.text,
      claim_count: rows.length,
      ingested_at: ingestedAt,
    }).lastInsertRowid;
    for (const row of rows) {
      this.insertClaim.run({ ...row, document });
      if (row.source_key !== null) this.insertSource.run(row.source_key);
    }
    for (const place of places) this.tallyPlace.run(place);
    return { added: true, docId: article.id, claims: rows.length };
  }
}
