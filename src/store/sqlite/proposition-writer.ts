// Replacing the propositions of some groups (reconciliation output) in one immediate transaction.
import type { Proposition } from "../../claims/index.js";
import type { PropositionGroupKeyOf } from "../ledger-store.js";
import type { Database, Statement } from "./driver.js";
import { toPropositionRow, type PropositionRow } from "./proposition-row.js";

export class PropositionWriter {
  private readonly deleteGroups: Statement;
  private readonly deleteOne: Statement;
  private readonly insert: Statement;
  private readonly link: Statement;
  private readonly groupOfClaim: Statement<{ group_key: string }>;
  private readonly write: (groupKeys: string[], rows: PropositionRow[], claims: string[][]) => void;

  constructor(db: Database) {
    this.deleteGroups = db.prepare("DELETE FROM propositions WHERE group_key IN (SELECT value FROM json_each(?))");
    this.deleteOne = db.prepare("DELETE FROM propositions WHERE id = ?");
    this.insert = db.prepare(`INSERT INTO propositions
      (id, group_key, kind, measure, side, place_name, place_key, place_id, status, time_start, time_end, search_text, body)
      VALUES (@id, @group_key, @kind, @measure, @side, @place_name, @place_key, @place_id, @status, @time_start, @time_end,
              @search_text, @body)`);
    this.link = db.prepare("INSERT OR IGNORE INTO proposition_claims (proposition, claim) VALUES (?, ?)");
    this.groupOfClaim = db.prepare("SELECT group_key FROM claims WHERE id = ? LIMIT 1");
    this.write = db.transaction(this.writePropositions.bind(this)).immediate;
  }

  put(groupKeys: string[], propositions: Proposition[], groupKeyOf?: PropositionGroupKeyOf): void {
    const rows = propositions.map((p) => toPropositionRow(p, groupKeyOf?.(p) ?? this.groupOf(p, groupKeys)));
    this.write(groupKeys, rows, propositions.map((p) => p.claims));
  }

  /** Propositions copied from another ledger with their groups (fogline migrate), in one transaction. */
  import(rows: PropositionRow[], claims: string[][]): void {
    this.write([], rows, claims);
  }

  /** The group its claims were stored under, else the only group being replaced, else none (""). */
  private groupOf(p: Proposition, groupKeys: string[]): string {
    for (const claim of p.claims) {
      const row = this.groupOfClaim.get(claim);
      if (row) return row.group_key;
    }
    return groupKeys.length === 1 ? groupKeys[0] : "";
  }

  private writePropositions(groupKeys: string[], rows: PropositionRow[], claims: string[][]): void {
    this.deleteGroups.run(JSON.stringify(groupKeys));
    rows.forEach((row, i) => {
      this.deleteOne.run(row.id); // an id that moved from another group
      this.insert.run(row);
      for (const claim of claims[i]) this.link.run(row.id, claim);
    });
  }
}
