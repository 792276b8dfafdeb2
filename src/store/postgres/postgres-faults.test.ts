// PostgreSQL beyond the contract: racing writers store an article once, two processes opening a new
// database migrate it once, and a database fogline cannot read is refused in one line.
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { FoglineError } from "../../claims/index.js";
import { makeArticle, makeClaim, testGroupKey } from "../store-fixtures.js";
import { createPool } from "./pg-driver.js";
import { PG_SCHEMA_VERSION } from "./pg-migrations.js";
import { dropTestSchemas, freshSchemaUrl, PG_SKIP, TEST_PG } from "./pg-test-database.js";
import { openPostgresStore } from "./postgres-store.js";

after(dropTestSchemas);

const sentence = "Officials said 12 soldiers were killed near Avdiivka in November.";

/** Runs SQL in the schema of `url` (the test server, search_path set to it). */
async function sql(url: string, text: string): Promise<unknown[]> {
  const schema = new URL(url).searchParams.get("schema")!;
  const pool = await createPool({ connectionString: TEST_PG!, max: 1, options: `-c search_path=${schema}` });
  try {
    return (await pool.query(text)).rows;
  } finally {
    await pool.end();
  }
}

async function refused(url: string, code: string, message: RegExp): Promise<void> {
  await assert.rejects(openPostgresStore(url), (e: unknown) => {
    assert.ok(e instanceof FoglineError, String(e));
    assert.equal(e.code, code);
    assert.match(e.message, message);
    assert.ok(!e.toLine().includes("\n"));
    return true;
  });
}

describe("postgres store faults", { skip: PG_SKIP }, () => {
  it("stores an article once when two writers race on it, each in its own transaction", async () => {
    const url = freshSchemaUrl();
    const [one, two] = [await openPostgresStore(url), await openPostgresStore(url)];
    try {
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => {
        const a = makeArticle("raced", [sentence], { origin: `copy-${i}` });
        return (i % 2 ? one : two).addArticle(a, [makeClaim(a, sentence)], testGroupKey);
      }));
      assert.equal(results.filter((r) => r.added).length, 1);
      assert.ok(results.every((r) => r.docId === "raced" && r.claims === 1));
      assert.equal(await one.countClaims(), 1);
      assert.deepEqual(await two.places(), [{ name: "Avdiivka", id: "709717", lat: 48.14, lon: 37.74, claims: 1 }]);
    } finally {
      await one.close();
      await two.close();
    }
  });

  it("migrates a new database once when several processes open it at once", async () => {
    const url = freshSchemaUrl();
    const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore(url)));
    await Promise.all(stores.map((s) => s.close()));
    assert.deepEqual(await sql(url, "SELECT version FROM schema_version ORDER BY version"),
      Array.from({ length: PG_SCHEMA_VERSION }, (_, i) => ({ version: i + 1 })));
  });

  it("refuses a database made by a newer fogline", async () => {
    const url = freshSchemaUrl();
    await (await openPostgresStore(url)).close();
    await sql(url, `INSERT INTO schema_version VALUES (${PG_SCHEMA_VERSION + 7}, 'later', 'now')`);
    await refused(url, "store-newer-schema", new RegExp(`made by a newer fogline \\(schema ${PG_SCHEMA_VERSION + 7} > ${PG_SCHEMA_VERSION}\\)`));
  });

  it("refuses a schema holding another program's documents table, and leaves it alone", async () => {
    const url = freshSchemaUrl();
    const schema = new URL(url).searchParams.get("schema")!;
    const pool = await createPool({ connectionString: TEST_PG!, max: 1 });
    await pool.query(`CREATE SCHEMA "${schema}"; CREATE TABLE "${schema}".documents (title text)`);
    await pool.end();
    await refused(url, "store-not-fogline", /another program's tables/);
    assert.deepEqual(await sql(url, "SELECT count(*)::int AS n FROM documents"), [{ n: 0 }]);
  });
});
