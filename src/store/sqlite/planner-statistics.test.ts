// A ledger grown in one long-running process (fogline serve taking POSTs) gets planner statistics while it
// grows, not only at close; and a search is planned through the full-text index, never as a scan of
// every claim.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { makeArticle, makeClaim } from "../store-fixtures.js";
import { claimSelect } from "./claim-query.js";
import { openDatabase } from "./driver.js";
import { propositionWhere } from "./proposition-query.js";
import { openSqliteStore } from "./sqlite-store.js";

const dir = mkdtempSync(join(tmpdir(), "fogline-planner-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const plan = (file: string, sql: string, params: Record<string, unknown>) => {
  const db = openDatabase(file, { readonly: true });
  try {
    return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail);
  } finally {
    db.close();
  }
};

describe("planner statistics", () => {
  it("are gathered while articles are added, before the store is closed", async () => {
    const file = join(dir, "grown.db");
    const store = openSqliteStore(file);
    try {
      for (let i = 0; i < 120; i++) {
        const sentence = `Officials said ${i} soldiers were killed near Avdiivka in November.`;
        const a = makeArticle(`d${i}`, [sentence, `Filler ${i} `.repeat(20)]);
        await store.addArticle(a, [makeClaim(a, sentence)]);
      }
      const db = openDatabase(file, { readonly: true });
      try {
        const stats = db.prepare("SELECT tbl FROM sqlite_stat1").all() as { tbl: string }[];
        assert.ok(stats.some((s) => s.tbl === "claims"), `statistics for claims, got ${JSON.stringify(stats)}`);
      } finally {
        db.close();
      }
      for (const query of [claimSelect({ search: "soldiers Avdiivka", limit: 50 }, "body"), claimSelect({ search: "killed", place: "Avdiivka", limit: 50 }, "body")]) {
        const steps = plan(file, query.sql, query.params);
        assert.ok(steps.some((s) => /VIRTUAL TABLE INDEX \d+:M/.test(s)), steps.join(" | "));
      }
      const where = propositionWhere({ search: "soldiers" });
      const steps = plan(file, `SELECT body FROM propositions ${where} LIMIT 50`, where.params);
      assert.ok(steps.some((s) => /VIRTUAL TABLE INDEX \d+:M/.test(s)), steps.join(" | "));
      assert.ok(!steps.some((s) => /^SCAN c\b|SCAN claims\b/.test(s)), `no scan of every claim: ${steps.join(" | ")}`);
    } finally {
      await store.close();
    }
  });
});
