// The review log on SQLite: events appended and the claim's row rewritten in one immediate transaction,
// so a crash leaves either both or neither (crash-review.test.ts kills a writer mid-way).
import type { Claim, ReviewEvent } from "../../claims/index.js";
import type { ReviewedClaim, ReviewEventQuery, ReviewWrite } from "../ledger-store.js";
import {
  assertReviewEvents, claimExists, eventExists, fromReviewEventRow, reviewedClaimOf, toReviewEventRow, unknownClaim, unknownDocument,
  type ReviewEventRow,
} from "../review-event-row.js";
import { fromClaimRow, toClaimRow, type ClaimRow } from "./claim-row.js";
import type { Database, Statement } from "./driver.js";

type StoredRow = ClaimRow & { seq: number; document: number; rejected: number; machine: string | null };

const CLAIM_SET = ["kind", "measure", "side", "place_name", "place_key", "place_id", "source_name", "source_key", "time_start",
  "time_end", "polarity", "group_key", "body"].map((c) => `${c} = @${c}`).join(", ");

export class ReviewLog {
  private readonly findClaim: Statement<StoredRow>;
  private readonly findDocument: Statement<{ seq: number }>;
  private readonly findEvent: Statement<{ id: string }>;
  private readonly updateClaim: Statement;
  private readonly insertClaim: Statement;
  private readonly insertEvent: Statement;
  private readonly tally: Statement;
  private readonly insertSource: Statement;
  private readonly countAdded: Statement;
  private readonly allRows: Statement<StoredRow>;
  private readonly refreshClaim: Statement;
  private readonly write: (events: ReviewEvent[], write: ReviewWrite) => void;

  constructor(private readonly db: Database) {
    this.findClaim = db.prepare("SELECT * FROM claims WHERE id = ? ORDER BY seq LIMIT 1");
    this.findDocument = db.prepare("SELECT seq FROM documents WHERE id = ? ORDER BY part_offset, seq LIMIT 1");
    this.findEvent = db.prepare("SELECT id FROM review_events WHERE id = ?");
    this.updateClaim = db.prepare(`UPDATE claims SET ${CLAIM_SET}, rejected = @rejected, machine = coalesce(machine, @machine) WHERE id = @id`);
    this.insertClaim = db.prepare(`INSERT INTO claims
      (document, id, doc, kind, measure, side, place_name, place_key, place_id, source_name, source_key,
       time_start, time_end, polarity, group_key, evidence_start, evidence_end, evidence_text, body, rejected, machine)
      VALUES (@document, @id, @doc, @kind, @measure, @side, @place_name, @place_key, @place_id, @source_name, @source_key,
       @time_start, @time_end, @polarity, @group_key, @evidence_start, @evidence_end, @evidence_text, @body, @rejected, 'null')`);
    this.insertEvent = db.prepare(`INSERT INTO review_events (id, claim, action, field, before, after, reviewer, at, note, undoes)
      VALUES (@id, @claim, @action, @field, @before, @after, @reviewer, @at, @note, @undoes)`);
    this.tally = db.prepare(`INSERT INTO places (place_key, place_id, name, lat, lon, claims) VALUES (@place_key, @place_id, @name, @lat, @lon, @claims)
      ON CONFLICT (place_key, place_id) DO UPDATE SET claims = claims + excluded.claims`);
    this.insertSource = db.prepare("INSERT OR IGNORE INTO sources (source_key) VALUES (?)");
    this.allRows = db.prepare("SELECT * FROM claims WHERE id = ? ORDER BY seq");
    this.refreshClaim = db.prepare(`UPDATE claims SET ${CLAIM_SET}, rejected = @rejected, machine = @machine WHERE id = @id`);
    this.countAdded = db.prepare("UPDATE documents SET claim_count = claim_count + 1 WHERE seq = ?");
    this.write = db.transaction(this.writeReview.bind(this)).immediate;
  }

  append(events: ReviewEvent[], write: ReviewWrite): void {
    assertReviewEvents(events, write.claim.id, write.machine !== undefined);
    this.write(events, write);
  }

  claim(id: string): ReviewedClaim | null {
    const row = this.findClaim.get(id);
    return row ? reviewedClaimOf(fromClaimRow(row), row.machine, row.rejected === 1, row.group_key) : null;
  }

  events(q: ReviewEventQuery = {}): ReviewEvent[] {
    const where: string[] = [];
    const params: Record<string, string> = {};
    if (q.id !== undefined) { where.push("id = @id"); params.id = q.id; }
    if (q.claim !== undefined) { where.push("claim = @claim"); params.claim = q.claim; }
    if (q.claims !== undefined) { where.push("claim IN (SELECT value FROM json_each(@claims))"); params.claims = JSON.stringify(q.claims); }
    if (q.proposition !== undefined) {
      where.push(`(claim IN (SELECT claim FROM proposition_claims WHERE proposition = @proposition)
        OR claim IN (SELECT id FROM claims WHERE rejected = 1 AND group_key = (SELECT group_key FROM propositions WHERE id = @proposition)))`);
      params.proposition = q.proposition;
    }
    const sql = `SELECT * FROM review_events ${where.length ? "WHERE " + where.join(" AND ") : ""} ORDER BY seq`;
    return (this.db.prepare(sql) as Statement<ReviewEventRow>).all(params).map(fromReviewEventRow);
  }

  private writeReview(events: ReviewEvent[], { claim, groupKey, rejected, machine }: ReviewWrite): void {
    for (const e of events) if (this.findEvent.get(e.id)) throw eventExists(e.id);
    const row = toClaimRow(claim, groupKey);
    const stored = this.findClaim.get(claim.id);
    const isAdd = events.some((e) => e.action === "add");
    if (machine !== undefined) {
      const rows = this.allRows.all(claim.id);
      if (rows.length === 0) throw unknownClaim(claim.id);
      for (const r of rows) if (r.rejected === 0) this.count(fromClaimRow(r), -1);
      this.refreshClaim.run({ ...row, rejected: rejected ? 1 : 0, machine: JSON.stringify(machine) });
      if (!rejected) for (let i = 0; i < rows.length - 1; i++) this.count(claim, 1); // one more below
    } else if (isAdd) {
      if (stored) throw claimExists(claim.id);
      const document = this.findDocument.get(claim.doc);
      if (!document) throw unknownDocument(claim.doc);
      this.insertClaim.run({ ...row, document: document.seq, rejected: rejected ? 1 : 0 });
      this.countAdded.run(document.seq);
    } else {
      if (!stored) throw unknownClaim(claim.id);
      this.updateClaim.run({ ...row, rejected: rejected ? 1 : 0, machine: JSON.stringify(fromClaimRow(stored)) });
      if (stored.rejected === 0) this.count(fromClaimRow(stored), -1);
    }
    if (!rejected) this.count(claim, 1);
    if (row.source_key !== null) this.insertSource.run(row.source_key);
    for (const e of events) this.insertEvent.run(toReviewEventRow(e));
  }

  /** The places table counts the claims that are not rejected. */
  private count(claim: Claim, by: number): void {
    const place = claim.place;
    if (!place) return;
    this.tally.run({ place_key: toClaimRow(claim, "").place_key, place_id: place.id ?? "", name: place.name, lat: place.lat, lon: place.lon, claims: by });
  }
}
