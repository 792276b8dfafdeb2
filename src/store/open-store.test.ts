// The adapter is chosen by where the ledger lives; a bad PostgreSQL URL fails in one line naming the cause.
import assert from "node:assert/strict";
import { createServer } from "node:net";
import { describe, it } from "node:test";
import { FoglineError } from "../claims/index.js";
import { describeLocation, isPostgresUrl, openStore } from "./open-store.js";
import { PG_SKIP, TEST_PG } from "./postgres/pg-test-database.js";
import { PostgresStore } from "./postgres/postgres-store.js";
import { SqliteStore } from "./sqlite/sqlite-store.js";

async function failsWith(location: string, code: string, message: RegExp): Promise<void> {
  await assert.rejects(openStore(location), (e: unknown) => {
    assert.ok(e instanceof FoglineError, `not a FoglineError: ${String(e)}`);
    assert.equal(e.code, code, e.message);
    assert.match(e.message, message);
    assert.ok(!e.toLine().includes("\n"), "one line");
    assert.doesNotMatch(e.toLine(), /s3cret/, "no password");
    return true;
  });
}

describe("openStore", () => {
  it("opens SQLite for a file name or :memory:, PostgreSQL for a postgres:// URL", async () => {
    const store = await openStore(":memory:");
    assert.ok(store instanceof SqliteStore);
    await store.close();
    for (const url of ["postgres://u@h/db", "postgresql://h:5433/db", " POSTGRES://h/db"]) assert.ok(isPostgresUrl(url), url);
    for (const path of ["fogline.db", "./postgres.db", "/tmp/postgres://x"]) assert.ok(!isPostgresUrl(path), path);
  });

  it("never prints a URL's password", () => {
    assert.equal(describeLocation("postgres://ana:s3cret@db.example:5432/ledger"), "postgres://ana@db.example:5432/ledger");
    assert.equal(describeLocation("fogline.db"), "fogline.db");
  });

  it("refuses a malformed URL or schema name", async () => {
    await failsWith("postgres://ana:s3cret@", "store-bad-url", /bad database URL postgres:\/\/ana:\*\*\*@: not a URL/);
    await failsWith("postgres:///ledger", "store-bad-url", /no host/);
    await failsWith("postgres://h/db?schema=a;drop", "store-bad-url", /bad schema name/);
  });

  it("names an unreachable server", async () => {
    // A port nothing listens on: bind one, close it, then connect.
    const server = createServer();
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const port = (server.address() as { port: number }).port;
    await new Promise<void>((done) => server.close(() => done()));
    await failsWith(`postgres://ana:s3cret@127.0.0.1:${port}/ledger`, "store-unreachable", /cannot reach PostgreSQL at postgres:\/\/ana@127\.0\.0\.1:\d+\/ledger \(ECONNREFUSED\)/);
  });

  it("names a database that does not exist, and a role that does not", { skip: PG_SKIP }, async () => {
    const url = new URL(TEST_PG!);
    url.pathname = "/fogline_no_such_database";
    await failsWith(url.href, "store-no-database", /does not exist/);
    const role = new URL(TEST_PG!);
    role.username = "fogline_no_such_role";
    role.password = "s3cret";
    await failsWith(role.href, "store-auth", /refused the credentials/);
  });

  it("opens PostgreSQL for the test server's URL", { skip: PG_SKIP }, async () => {
    const { freshSchemaUrl, dropTestSchemas } = await import("./postgres/pg-test-database.js");
    const store = await openStore(freshSchemaUrl());
    try {
      assert.ok(store instanceof PostgresStore);
      assert.equal(await store.countClaims(), 0);
    } finally {
      await store.close();
      await dropTestSchemas();
    }
  });
});
