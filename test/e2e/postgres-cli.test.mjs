// fogline on PostgreSQL, run as a user would: --db postgres://… and FOGLINE_DB, fogline migrate from SQLite
// into PostgreSQL and back, and one-line errors (exit 2) for a ledger that cannot be opened as given.
// The PostgreSQL parts run when FOGLINE_TEST_PG names a server, each in a schema of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fogline, jsonl, seeds } from "./run-cli.mjs";

const require = createRequire(import.meta.url);
const TEST_PG = process.env.FOGLINE_TEST_PG?.trim() || null;
const PG_SKIP = TEST_PG ? false : "FOGLINE_TEST_PG is not set: PostgreSQL tests skipped";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fogline-pg-cli-"));
const schemas = [];

function schemaUrl() {
  const url = new URL(TEST_PG);
  const schema = `fogline_cli_${process.pid}_${schemas.length + 1}`;
  schemas.push(schema);
  url.searchParams.set("schema", schema);
  return url.href;
}

test.after(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (!TEST_PG || !schemas.length) return;
  const pg = require("pg");
  const client = new pg.Client({ connectionString: TEST_PG });
  await client.connect();
  for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  await client.end();
});

/** One line on stderr naming the cause, no stack trace, exit status 2. */
function failsInOneLine(r, pattern) {
  assert.equal(r.status, 2, r.stderr);
  assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
  assert.doesNotMatch(r.stderr, /\n\s+at |node:internal|\.js:\d+/);
  assert.doesNotMatch(r.stderr, /s3cret/);
  assert.match(r.stderr, pattern);
}

test("an unreachable server or a malformed URL: one line, exit 2, password never shown", () => {
  failsInOneLine(fogline(["claims", "--db", "postgres://ana:s3cret@127.0.0.1:1/ledger"]), /cannot reach PostgreSQL at postgres:\/\/ana@127\.0\.0\.1:1\/ledger \(ECONNREFUSED\)/);
  failsInOneLine(fogline(["claims"], { env: { FOGLINE_DB: "postgresql://ana:s3cret@127.0.0.1:1/ledger" } }), /cannot reach PostgreSQL/);
  failsInOneLine(fogline(["ingest", seeds, "--db", "postgres://ana:s3cret@"]), /bad database URL/);
});

test("a SQLite ledger made by a newer fogline: one line, exit 2", () => {
  const db = path.join(dir, "newer.db");
  assert.equal(fogline(["ingest", path.join(seeds, "002_b9ed40c8718096b7.txt"), "--db", db]).status, 0);
  const Database = require("better-sqlite3");
  const raw = new Database(db);
  raw.pragma("user_version = 99");
  raw.close();
  failsInOneLine(fogline(["claims", "--db", db]), /made by a newer fogline \(schema 99 > \d+\): upgrade fogline/);
});

test("migrate needs two ledgers, an existing FROM, and not the same twice", () => {
  assert.equal(fogline(["migrate", "only.db"]).status, 2);
  assert.equal(fogline(["migrate", "a.db", "a.db"]).status, 2);
  const missing = fogline(["migrate", path.join(dir, "missing.db"), path.join(dir, "to.db")]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /no ledger at/);
});

test("migrate copies a SQLite ledger into SQLite, counts and checksum printed and equal", () => {
  const from = path.join(dir, "from.db");
  const to = path.join(dir, "copy.db");
  assert.equal(fogline(["ingest", seeds, "--db", from]).status, 0);
  const r = fogline(["migrate", from, to]);
  assert.equal(r.status, 0, r.stderr);
  const [a, b] = r.stdout.trim().split("\n");
  const counts = (line) => line.match(/(\d+) articles, (\d+) claims, (\d+) propositions, (\d+) review events, (\d+) settlement events, checksum ([0-9a-f]{16})/).slice(1);
  assert.deepEqual(counts(b), counts(a));
  assert.equal(Number(counts(a)[0]), 5);
  assert.match(r.stdout, /nothing lost/);
  assert.deepEqual(jsonl(fogline(["claims", "--db", to, "--format", "jsonl"]).stdout), jsonl(fogline(["claims", "--db", from, "--format", "jsonl"]).stdout));
});

test("PostgreSQL: bad credentials, a missing database, a newer schema: one line, exit 2", { skip: PG_SKIP }, async () => {
  const role = new URL(TEST_PG);
  role.username = "fogline_no_such_role";
  role.password = "s3cret";
  failsInOneLine(fogline(["claims", "--db", role.href]), /refused the credentials/);
  const missing = new URL(TEST_PG);
  missing.pathname = "/fogline_no_such_database";
  failsInOneLine(fogline(["claims", "--db", missing.href]), /does not exist/);
  const url = schemaUrl();
  assert.equal(fogline(["claims", "--db", url]).status, 0);
  const pg = require("pg");
  const client = new pg.Client({ connectionString: TEST_PG });
  await client.connect();
  await client.query(`INSERT INTO "${schemas[schemas.length - 1]}".schema_version VALUES (999, 'from the future', 'now')`);
  await client.end();
  failsInOneLine(fogline(["claims", "--db", url]), /made by a newer fogline \(schema 999 > \d+\)/);
});

test("PostgreSQL: ingest, query, and migrate from SQLite and back, losing nothing", { skip: PG_SKIP }, () => {
  const sqlite = path.join(dir, "seeds.db");
  assert.equal(fogline(["ingest", seeds, "--db", sqlite]).status, 0);
  const url = schemaUrl();
  const there = fogline(["migrate", sqlite, url]);
  assert.equal(there.status, 0, there.stderr);
  assert.match(there.stdout, /nothing lost/);
  const back = path.join(dir, "back.db");
  const again = fogline(["migrate", url, back]);
  assert.equal(again.status, 0, again.stderr);
  const claimsOf = (db) => jsonl(fogline(["claims", "--db", db, "--format", "jsonl"]).stdout);
  assert.deepEqual(claimsOf(url), claimsOf(sqlite));
  assert.deepEqual(claimsOf(back), claimsOf(sqlite));
  assert.equal(fogline(["disputes", "--db", url]).stdout, fogline(["disputes", "--db", sqlite]).stdout);
  assert.equal(fogline(["report", "--db", url, "--format", "json"]).stdout, fogline(["report", "--db", sqlite, "--format", "json"]).stdout);
  // Ingest straight into PostgreSQL (FOGLINE_DB), twice: idempotent, and the same ledger as SQLite's.
  const direct = schemaUrl();
  const first = fogline(["ingest", seeds], { env: { FOGLINE_DB: direct } });
  assert.equal(first.status, 0, first.stderr);
  assert.match(fogline(["ingest", seeds], { env: { FOGLINE_DB: direct } }).stderr, /ingested 0 new articles \(5 already stored\)/);
  assert.equal(fogline(["disputes", "--db", direct]).stdout, fogline(["disputes", "--db", sqlite]).stdout);
  const search = (db) => jsonl(fogline(["claims", "--db", db, "--search", "Pokrovsk", "--format", "jsonl"]).stdout).map((c) => c.id);
  assert.ok(search(sqlite).length > 0);
  assert.deepEqual(search(direct), search(sqlite));
});

test("PostgreSQL: the listing filters give what SQLite gives, for every listing command", { skip: PG_SKIP }, () => {
  const sqlite = path.join(dir, "filters.db");
  assert.equal(fogline(["ingest", seeds, "--db", sqlite]).status, 0);
  const url = schemaUrl();
  assert.equal(fogline(["migrate", sqlite, url]).status, 0);
  const runs = [
    ["claims", "--speaker-side", "UA"], ["claims", "--outlet", "moscow times"], ["claims", "--status", "disputed"],
    ["claims", "--status", "single_source", "--speaker-side", "RU", "--outlet", "news"],
    ["disputes", "--speaker-side", "independent"], ["disputes", "--outlet", "conservative"],
    ["timeline", "Pokrovsk", "--speaker-side", "RU"], ["timeline", "Pokrovsk", "--status", "disputed", "--outlet", "times"],
  ];
  for (const args of runs) {
    const lite = fogline([...args, "--db", sqlite, "--format", "json"]);
    const pg = fogline([...args, "--db", url, "--format", "json"]);
    assert.equal(pg.status, 0, pg.stderr);
    assert.ok(JSON.parse(lite.stdout).total > 0, args.join(" "));
    assert.equal(pg.stdout, lite.stdout, args.join(" "));
  }
});
