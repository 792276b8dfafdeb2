import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from "./migrations.js";
import { openFoglineDatabase } from "./open-database.js";
import { openDatabase } from "./driver.js";
import { toClaimRow } from "./claim-row.js";
import { openSqliteStore } from "./sqlite-store.js";
import { makeArticle, makeClaim, makeProposition, testGroupKey } from "../store-fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "fogline-migrations-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const now = () => new Date("2025-11-21T00:00:00Z");

describe("migrations", () => {
  it("numbers its steps 1, 2, 3 … in order", () => {
    assert.deepEqual(MIGRATIONS.map((m) => m.version), MIGRATIONS.map((_, i) => i + 1));
  });

  it("brings a new file to the current schema once, with WAL, synchronous=NORMAL and foreign keys", () => {
    const path = join(dir, "new.db");
    for (let open = 0; open < 2; open++) {
      const db = openFoglineDatabase(path, { readonly: false, busyTimeoutMs: 100, now });
      assert.equal(db.pragma("user_version", { simple: true }), SCHEMA_VERSION);
      assert.equal(db.pragma("application_id", { simple: true }), APPLICATION_ID);
      assert.equal(db.pragma("journal_mode", { simple: true }), "wal");
      assert.equal(db.pragma("synchronous", { simple: true }), 1);
      assert.equal(db.pragma("foreign_keys", { simple: true }), 1);
      assert.equal(db.pragma("busy_timeout", { simple: true }), 100);
      assert.deepEqual(db.prepare("SELECT version, name, applied_at FROM migrations").all(),
        MIGRATIONS.map((m) => ({ version: m.version, name: m.name, applied_at: "2025-11-21T00:00:00.000Z" })));
      db.close();
    }
  });

  it("brings a ledger made before the review log (schema 3) up to date, its claims kept and reviewable", async () => {
    const path = join(dir, "schema-3.db");
    const db = openDatabase(path, {});
    for (const step of MIGRATIONS.slice(0, 3)) db.exec(step.sql);
    db.pragma("user_version = 3");
    db.pragma(`application_id = ${APPLICATION_ID}`);
    const article = makeArticle("old", ["Officials said more than 120 soldiers were killed near Avdiivka in November."]);
    const claim = makeClaim(article, article.text);
    // As fogline 3 stored it (article-ingest.ts then): the columns of schema 3 only.
    const document = db.prepare(`INSERT INTO documents (id, outlet, title, published, origin, content_hash, text, claim_count, ingested_at)
      VALUES ('old', 'Test Wire', 'Old', '2025-11-20', 'test', 'h', ?, 1, '2025-11-21T00:00:00.000Z')`).run(article.text).lastInsertRowid;
    const row = toClaimRow(claim, testGroupKey(claim));
    db.prepare(`INSERT INTO claims (document, ${Object.keys(row).join(", ")}) VALUES (@document, ${Object.keys(row).map((k) => `@${k}`).join(", ")})`).run({ ...row, document });
    db.close();
    const store = openSqliteStore(path, { now });
    assert.deepEqual(await store.claims(), [claim]);
    await store.appendReviews([{ id: "r1", claim: claim.id, action: "reject", field: null, before: null, after: "background", reviewer: "ana", at: "2026-12-06T00:00:00.000Z", note: null, undoes: null }],
      { claim, groupKey: testGroupKey(claim), rejected: true });
    assert.deepEqual(await store.claims(), []);
    assert.equal((await store.reviewEvents()).length, 1);
    await store.close();
  });

  it("brings a ledger with a review log (schema 4) up to date: its reviews kept, its propositions settleable", async () => {
    const path = join(dir, "schema-4.db");
    const db = openDatabase(path, {});
    for (const step of MIGRATIONS.slice(0, 4)) db.exec(step.sql);
    db.pragma("user_version = 4");
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.prepare(`INSERT INTO review_events (id, claim, action, field, before, after, reviewer, at, note, undoes)
      VALUES ('r1', 'c1', 'accept', NULL, 'null', 'null', 'ana', '2026-12-06T00:00:00.000Z', NULL, NULL)`).run();
    db.close();
    const store = openSqliteStore(path, { now });
    assert.deepEqual((await store.reviewEvents()).map((e) => e.id), ["r1"]);
    assert.deepEqual(await store.settlementEvents(), []);
    const article = makeArticle("new", ["Officials said more than 120 soldiers were killed near Avdiivka in November."]);
    const claim = makeClaim(article, article.text);
    await store.addArticle(article, [claim], testGroupKey);
    await store.putPropositions([testGroupKey(claim)], [makeProposition("p1", [claim])]);
    await store.appendSettlement({ id: "s1", proposition: "p1", action: "settle", holds: true, from: "2025-12", basis: "later assessment",
      link: null, claim: null, figure: 100, reviewer: "ana", at: "2026-12-06T00:00:00.000Z", note: null, undoes: null });
    assert.equal((await store.settlementEvents({ proposition: "p1" }))[0].figure, 100);
    await store.close();
  });
});
