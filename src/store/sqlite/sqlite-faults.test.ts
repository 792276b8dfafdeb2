// Faults of the SQLite store: each is a FoglineError with a stable code and a one-line message.
import assert from "node:assert/strict";
import { mkdtempSync, openSync, rmSync, writeFileSync, writeSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { FoglineError } from "../../claims/index.js";
import { makeArticle, makeClaim } from "../store-fixtures.js";
import { openDatabase } from "./driver.js";
import { SCHEMA_VERSION } from "./migrations.js";
import { openFoglineDatabase } from "./open-database.js";
import { openSqliteStore, SqliteStore } from "./sqlite-store.js";

const dir = mkdtempSync(join(tmpdir(), "fogline-faults-"));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const tempPath = (): string => join(dir, `f${++n}.db`);
const now = () => new Date("2025-11-21T00:00:00Z");

/** Whether `fn` throws or returns a rejected Promise, the failure must be this FoglineError. */
async function rejects(fn: () => unknown, code: string, message: RegExp): Promise<void> {
  await assert.rejects(async () => fn(), (e: unknown) => {
    assert.ok(e instanceof FoglineError, `not a FoglineError: ${String(e)}`);
    assert.equal(e.code, code, e.message);
    assert.match(e.message, message);
    assert.ok(!e.toLine().includes("\n"), "one line");
    assert.ok(e.hint, "has a hint");
    return true;
  });
}

const sentence = "Officials said 12 soldiers were killed near Avdiivka in November.";
const article = (id = "a") => makeArticle(id, [sentence]);
const claimsOf = (a = article()) => Array.from({ length: 50 }, () => makeClaim(a, sentence));

async function storeWithData(path: string): Promise<void> {
  const store = openSqliteStore(path);
  for (let i = 0; i < 20; i++) {
    const a = makeArticle(`d${i}`, [sentence, `Filler ${i} `.repeat(400)]);
    await store.addArticle(a, [makeClaim(a, sentence)]);
  }
  await store.close();
}

describe("sqlite store faults", () => {
  it("refuses a file that is not a database", async () => {
    const path = tempPath();
    writeFileSync(path, "These are my notes, not a database.\n".repeat(200));
    await rejects(() => openSqliteStore(path), "store-not-fogline", /is not a fogline database or is corrupt/);
  });

  it("refuses another program's SQLite database, and leaves it alone", async () => {
    const path = tempPath();
    const other = openDatabase(path, {});
    other.exec("CREATE TABLE recipes (name TEXT)");
    other.close();
    await rejects(() => openSqliteStore(path), "store-not-fogline", /another program/);
    const again = openDatabase(path, {});
    assert.deepEqual(again.prepare("SELECT name FROM sqlite_master").all(), [{ name: "recipes" }]);
    again.close();
  });

  it("reports a damaged fogline file as corrupt", async () => {
    const path = tempPath();
    await storeWithData(path);
    const fd = openSync(path, "r+");
    writeSync(fd, Buffer.alloc(4096 * 6, 0xa5), 0, 4096 * 6, 4096); // pages 2–7: schema and b-trees
    closeSync(fd);
    await rejects(async () => {
      const store = openSqliteStore(path);
      try {
        await store.claims({ place: "Avdiivka" });
        await store.articles();
      } finally {
        await store.close();
      }
    }, "store-not-fogline", /is not a fogline database or is corrupt/);
  });

  it("refuses a database made by a newer fogline", async () => {
    const path = tempPath();
    (await openSqliteStore(path)).close();
    const db = openDatabase(path, {});
    db.pragma(`user_version = ${SCHEMA_VERSION + 41}`);
    db.close();
    await rejects(() => openSqliteStore(path), "store-newer-schema",
      new RegExp(`made by a newer fogline \\(schema ${SCHEMA_VERSION + 41} > ${SCHEMA_VERSION}\\): upgrade fogline`));
  });

  it("gives up on a database locked by another process after the busy timeout", async () => {
    const path = tempPath();
    const store = openSqliteStore(path, { busyTimeoutMs: 150 });
    const other = openDatabase(path, {});
    other.exec("BEGIN IMMEDIATE");
    const started = Date.now();
    await rejects(() => store.addArticle(article(), claimsOf()), "store-locked", /database is locked by another process/);
    assert.ok(Date.now() - started >= 140, "waited for the lock first");
    assert.equal(await store.countClaims(), 0, "readers are not blocked by a writer (WAL)");
    other.exec("ROLLBACK");
    other.close();
    assert.equal((await store.addArticle(article(), claimsOf())).added, true);
    await store.close();
  });

  it("stores nothing of an article when the disk fills up, and goes on once there is room", async () => {
    const path = tempPath();
    const db = openFoglineDatabase(path, { readonly: false, busyTimeoutMs: 100, now });
    const store = new SqliteStore(db, path, now);
    await store.addArticle(makeArticle("first", [sentence]), [makeClaim(makeArticle("first", [sentence]), sentence)]);
    const pages = db.pragma("page_count", { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 2}`);
    const big = makeArticle("big", [sentence, "Filler text about the front. ".repeat(2000)]);
    await rejects(() => store.addArticle(big, claimsOf(big)), "store-disk-full", /^disk full: nothing from this article was stored$/);
    assert.equal(await store.article("big"), null);
    assert.equal(await store.countClaims(), 1);
    db.pragma("max_page_count = 1073741823");
    assert.equal((await store.addArticle(big, claimsOf(big))).added, true);
    assert.equal(await store.countClaims(), 51);
    await store.close();
  });

  it("reads a store opened read-only, and refuses to write to it", async () => {
    const path = tempPath();
    await storeWithData(path);
    const store = openSqliteStore(path, { readonly: true });
    assert.equal(await store.countClaims({ place: "avdiivka" }), 20);
    await rejects(() => store.addArticle(article("new"), claimsOf(article("new"))), "store-readonly", /read-only/);
    await rejects(() => store.putPropositions(["g"], []), "store-readonly", /read-only/);
    await store.close();
  });

  it("cannot open a missing file read-only, nor a file in a missing folder", async () => {
    await rejects(() => openSqliteStore(join(dir, "missing.db"), { readonly: true }), "store-cannot-open", /cannot open/);
    await rejects(() => openSqliteStore(join(dir, "no", "such", "folder.db")), "store-cannot-open", /cannot open/);
  });
});
