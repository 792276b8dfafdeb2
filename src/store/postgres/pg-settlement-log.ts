// The settlement log on PostgreSQL: the same meaning as sqlite/settlement-log.ts. The table is locked for
// the check and the insert, so that two reviewers undoing one settlement cannot both succeed.
import type { SettlementEvent } from "../../claims/index.js";
import type { SettlementEventQuery } from "../ledger-store.js";
import {
  assertSettlement, fromSettlementEventRow, SETTLEMENT_EVENT_FIELDS, toSettlementEventRow, type SettlementEventRow,
} from "../settlement-event-row.js";
import { inTransaction, type Pool, type Queryable } from "./pg-driver.js";

const COLUMNS = SETTLEMENT_EVENT_FIELDS.join(", ");

export async function insertSettlementPg(db: Queryable, e: SettlementEvent, onConflict = ""): Promise<void> {
  const row = toSettlementEventRow(e);
  await db.query(`INSERT INTO settlement_events (${COLUMNS}) VALUES (${SETTLEMENT_EVENT_FIELDS.map((_, i) => `$${i + 1}`).join(", ")}) ${onConflict}`,
    SETTLEMENT_EVENT_FIELDS.map((f) => row[f]));
}

export async function appendSettlementPg(pool: Pool, event: SettlementEvent): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query("LOCK TABLE settlement_events IN SHARE ROW EXCLUSIVE MODE");
    const ids = [event.id, event.undoes ?? event.id];
    const found = (await client.query<SettlementEventRow>(`SELECT ${COLUMNS} FROM settlement_events WHERE id = ANY($1::text[])`, [ids])).rows
      .map(fromSettlementEventRow);
    const proposition = (await client.query("SELECT 1 FROM propositions WHERE id = $1", [event.proposition])).rows.length > 0;
    const undone = event.undoes === null ? false
      : (await client.query("SELECT 1 FROM settlement_events WHERE action = 'undo' AND undoes = $1 LIMIT 1", [event.undoes])).rows.length > 0;
    assertSettlement(event, {
      eventExists: (id) => found.some((e) => e.id === id),
      propositionExists: () => proposition,
      event: (id) => found.find((e) => e.id === id) ?? null,
      undone: () => undone,
    });
    await insertSettlementPg(client, event);
  });
}

export async function settlementEventsPg(pool: Pool, q: SettlementEventQuery = {}): Promise<SettlementEvent[]> {
  const where: string[] = [];
  const values: unknown[] = [];
  if (q.id !== undefined) { values.push(q.id); where.push(`id = $${values.length}`); }
  if (q.proposition !== undefined) { values.push(q.proposition); where.push(`proposition = $${values.length}`); }
  if (q.propositions !== undefined) { values.push(q.propositions); where.push(`proposition = ANY($${values.length}::text[])`); }
  const { rows } = await pool.query<SettlementEventRow>(
    `SELECT ${COLUMNS} FROM settlement_events ${where.length ? "WHERE " + where.join(" AND ") : ""} ORDER BY seq`, values);
  return rows.map(fromSettlementEventRow);
}
