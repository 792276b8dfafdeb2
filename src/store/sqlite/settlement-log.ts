// The settlement log on SQLite: each event checked and appended in one immediate transaction.
import type { SettlementEvent } from "../../claims/index.js";
import type { SettlementEventQuery } from "../ledger-store.js";
import {
  assertSettlement, fromSettlementEventRow, SETTLEMENT_EVENT_FIELDS, toSettlementEventRow, type SettlementEventRow,
} from "../settlement-event-row.js";
import type { Database, Statement } from "./driver.js";

export const INSERT_SETTLEMENT = `INSERT INTO settlement_events (${SETTLEMENT_EVENT_FIELDS.join(", ")})
  VALUES (${SETTLEMENT_EVENT_FIELDS.map((f) => "@" + f).join(", ")})`;

export class SettlementLog {
  private readonly findEvent: Statement<SettlementEventRow>;
  private readonly findUndo: Statement<{ id: string }>;
  private readonly findProposition: Statement<{ id: string }>;
  private readonly insert: Statement;
  private readonly write: (event: SettlementEvent) => void;

  constructor(private readonly db: Database) {
    this.findEvent = db.prepare("SELECT * FROM settlement_events WHERE id = ?");
    this.findUndo = db.prepare("SELECT id FROM settlement_events WHERE action = 'undo' AND undoes = ? LIMIT 1");
    this.findProposition = db.prepare("SELECT id FROM propositions WHERE id = ?");
    this.insert = db.prepare(INSERT_SETTLEMENT);
    this.write = db.transaction((event: SettlementEvent) => {
      assertSettlement(event, {
        eventExists: (id) => this.findEvent.get(id) !== undefined,
        propositionExists: (id) => this.findProposition.get(id) !== undefined,
        event: (id) => { const row = this.findEvent.get(id); return row ? fromSettlementEventRow(row) : null; },
        undone: (id) => this.findUndo.get(id) !== undefined,
      });
      this.insert.run(toSettlementEventRow(event));
    }).immediate;
  }

  append(event: SettlementEvent): void {
    this.write(event);
  }

  events(q: SettlementEventQuery = {}): SettlementEvent[] {
    const where: string[] = [];
    const params: Record<string, string> = {};
    if (q.id !== undefined) { where.push("id = @id"); params.id = q.id; }
    if (q.proposition !== undefined) { where.push("proposition = @proposition"); params.proposition = q.proposition; }
    if (q.propositions !== undefined) {
      where.push("proposition IN (SELECT value FROM json_each(@propositions))");
      params.propositions = JSON.stringify(q.propositions);
    }
    const sql = `SELECT * FROM settlement_events ${where.length ? "WHERE " + where.join(" AND ") : ""} ORDER BY seq`;
    return (this.db.prepare(sql) as Statement<SettlementEventRow>).all(params).map(fromSettlementEventRow);
  }
}
