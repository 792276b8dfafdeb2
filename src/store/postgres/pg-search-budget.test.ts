// A search on PostgreSQL runs under a statement timeout: held up (here by a lock another session holds on
// the claims table), it ends as a search-timeout error in about its budget, not a hung request.
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { isFoglineError } from "../../claims/index.js";
import { createPool } from "./pg-driver.js";
import { dropTestSchemas, freshSchemaUrl, PG_SKIP, TEST_PG } from "./pg-test-database.js";
import { openPostgresStore } from "./postgres-store.js";

describe("PostgreSQL search budget", { skip: PG_SKIP }, () => {
  after(dropTestSchemas);

  it("stops a search past its budget with search-timeout, and leaves other reads alone", async () => {
    const url = freshSchemaUrl();
    const store = await openPostgresStore(url, { searchBudgetMs: 300 });
    const schema = new URL(url).searchParams.get("schema")!;
    const locker = await createPool({ connectionString: TEST_PG!, max: 1 });
    const client = await locker.connect();
    try {
      await client.query("BEGIN");
      await client.query(`LOCK TABLE "${schema}".claims IN ACCESS EXCLUSIVE MODE`);
      const t = performance.now();
      await assert.rejects(store.claims({ search: "troops" }), (e: unknown) => isFoglineError(e) && e.code === "search-timeout");
      await assert.rejects(store.countPropositions({ search: "troops" }), (e: unknown) => isFoglineError(e) && e.code === "search-timeout");
      assert.ok(performance.now() - t < 5000, `stopped after ${Math.round(performance.now() - t)} ms`);
      await client.query("ROLLBACK");
      assert.deepEqual(await store.claims({ search: "troops" }), [], "the pool still works after a stopped search");
    } finally {
      client.release();
      await locker.end();
      await store.close();
    }
  });
});
