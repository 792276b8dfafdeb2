// The review log on PostgreSQL: the same meaning as sqlite/review-log.ts. Events and the claim's row are
// written in one transaction; the claim's row is locked first, so two reviewers of one claim queue up.
import type { Claim, ReviewEvent } from "../../claims/index.js";
import type { ReviewedClaim, ReviewEventQuery, ReviewWrite } from "../ledger-store.js";
import {
  assertReviewEvents, claimExists, eventExists, fromReviewEventRow, REVIEW_EVENT_FIELDS, reviewedClaimOf, toReviewEventRow,
  unknownClaim, unknownDocument, type ReviewEventRow,
} from "../review-event-row.js";
import { fromClaimRow, toClaimRow, type ClaimRow } from "../sqlite/claim-row.js";
import { inTransaction, type Pool, type PoolClient, type Queryable } from "./pg-driver.js";

type StoredRow = ClaimRow & { rejected: number; machine: string | null };

const SET_FIELDS = ["kind", "measure", "side", "place_name", "place_key", "place_id", "source_name", "source_key", "time_start",
  "time_end", "polarity", "group_key", "body"] as const;
const INSERT_FIELDS = ["id", "doc", "kind", "measure", "side", "place_name", "place_key", "place_id", "source_name", "source_key",
  "time_start", "time_end", "polarity", "group_key", "evidence_start", "evidence_end", "evidence_text", "body"] as const;

async function findClaim(db: Queryable, id: string, lock = false): Promise<StoredRow | null> {
  const { rows } = await db.query<StoredRow>(`SELECT * FROM claims WHERE id = $1 ORDER BY seq LIMIT 1${lock ? " FOR UPDATE" : ""}`, [id]);
  return rows[0] ?? null;
}

export async function reviewedClaimPg(pool: Pool, id: string): Promise<ReviewedClaim | null> {
  const row = await findClaim(pool, id);
  return row ? reviewedClaimOf(fromClaimRow(row), row.machine, row.rejected === 1, row.group_key) : null;
}

export async function reviewEventsPg(pool: Pool, q: ReviewEventQuery = {}): Promise<ReviewEvent[]> {
  const where: string[] = [];
  const values: unknown[] = [];
  if (q.id !== undefined) { values.push(q.id); where.push(`id = $${values.length}`); }
  if (q.claim !== undefined) { values.push(q.claim); where.push(`claim = $${values.length}`); }
  if (q.claims !== undefined) { values.push(q.claims); where.push(`claim = ANY($${values.length}::text[])`); }
  if (q.proposition !== undefined) {
    values.push(q.proposition);
    const p = `$${values.length}`;
    where.push(`(claim IN (SELECT claim FROM proposition_claims WHERE proposition = ${p})
      OR claim IN (SELECT id FROM claims WHERE rejected = 1 AND group_key = (SELECT group_key FROM propositions WHERE id = ${p})))`);
  }
  const { rows } = await pool.query<ReviewEventRow>(
    `SELECT ${REVIEW_EVENT_FIELDS.join(", ")} FROM review_events ${where.length ? "WHERE " + where.join(" AND ") : ""} ORDER BY seq`, values);
  return rows.map(fromReviewEventRow);
}

export async function appendReviewsPg(pool: Pool, events: ReviewEvent[], { claim, groupKey, rejected, machine }: ReviewWrite): Promise<void> {
  assertReviewEvents(events, claim.id, machine !== undefined);
  const row = toClaimRow(claim, groupKey);
  await inTransaction(pool, async (client) => {
    const known = await client.query<{ id: string }>("SELECT id FROM review_events WHERE id = ANY($1::text[])", [events.map((e) => e.id)]);
    if (known.rows.length) throw eventExists(known.rows[0].id);
    const stored = await findClaim(client, claim.id, true);
    if (machine !== undefined) {
      const rows = (await client.query<StoredRow>("SELECT * FROM claims WHERE id = $1 ORDER BY seq FOR UPDATE", [claim.id])).rows;
      if (rows.length === 0) throw unknownClaim(claim.id);
      for (const r of rows) if (r.rejected === 0) await count(client, fromClaimRow(r), -1);
      const set = SET_FIELDS.map((f, i) => `${f} = $${i + 1}`).join(", ");
      const n = SET_FIELDS.length;
      await client.query(`UPDATE claims SET ${set}, rejected = $${n + 1}, machine = $${n + 2} WHERE id = $${n + 3}`,
        [...SET_FIELDS.map((f) => row[f]), rejected ? 1 : 0, JSON.stringify(machine), claim.id]);
      if (!rejected) for (let i = 0; i < rows.length - 1; i++) await count(client, claim, 1); // one more below
    } else if (events.some((e) => e.action === "add")) {
      if (stored) throw claimExists(claim.id);
      const doc = await client.query<{ seq: number }>("SELECT seq FROM documents WHERE id = $1 ORDER BY part_offset, seq LIMIT 1", [claim.doc]);
      if (!doc.rows[0]) throw unknownDocument(claim.doc);
      await client.query(`INSERT INTO claims (document, ${INSERT_FIELDS.join(", ")}, rejected, machine)
        VALUES ($1, ${INSERT_FIELDS.map((_, i) => `$${i + 2}`).join(", ")}, $${INSERT_FIELDS.length + 2}, 'null')`,
      [doc.rows[0].seq, ...INSERT_FIELDS.map((f) => row[f]), rejected ? 1 : 0]);
      await client.query("UPDATE documents SET claim_count = claim_count + 1 WHERE seq = $1", [doc.rows[0].seq]);
    } else {
      if (!stored) throw unknownClaim(claim.id);
      const set = SET_FIELDS.map((f, i) => `${f} = $${i + 1}`).join(", ");
      const n = SET_FIELDS.length;
      await client.query(`UPDATE claims SET ${set}, rejected = $${n + 1}, machine = coalesce(machine, $${n + 2}) WHERE id = $${n + 3}`,
        [...SET_FIELDS.map((f) => row[f]), rejected ? 1 : 0, JSON.stringify(fromClaimRow(stored)), claim.id]);
      if (stored.rejected === 0) await count(client, fromClaimRow(stored), -1);
    }
    if (!rejected) await count(client, claim, 1);
    if (row.source_key !== null) await client.query("INSERT INTO sources (source_key) VALUES ($1) ON CONFLICT DO NOTHING", [row.source_key]);
    for (const e of events) {
      const r = toReviewEventRow(e);
      await client.query(`INSERT INTO review_events (${REVIEW_EVENT_FIELDS.join(", ")}) VALUES (${REVIEW_EVENT_FIELDS.map((_, i) => `$${i + 1}`).join(", ")})`,
        REVIEW_EVENT_FIELDS.map((f) => r[f]));
    }
  });
}

/** The places table counts the claims that are not rejected. */
async function count(client: PoolClient, claim: Claim, by: number): Promise<void> {
  const place = claim.place;
  if (!place) return;
  await client.query(`INSERT INTO places (place_key, place_id, name, lat, lon, claims) VALUES ($1, $2, $3, $4, $5, $6)
    ON CONFLICT (place_key, place_id) DO UPDATE SET claims = places.claims + excluded.claims`,
  [toClaimRow(claim, "").place_key, place.id ?? "", place.name, place.lat, place.lon, by]);
}
