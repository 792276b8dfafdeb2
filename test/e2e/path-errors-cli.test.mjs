// Path problems as a user meets them: one line naming the path and what is wrong, exit 2 for a path given
// on the command line that cannot be used, and nothing written or created on the way.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fogline, seeds } from "./run-cli.mjs";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fogline-paths-"));
const db = path.join(dir, "ledger.db");
const missing = path.join(dir, "missing", "dir");

before(() => assert.equal(fogline(["ingest", path.join(seeds, "002_b9ed40c8718096b7.txt"), "--db", db]).status, 0));

const oneLine = (r, status, pattern) => {
  assert.equal(r.status, status, r.stderr);
  assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
  assert.match(r.stderr, pattern);
  assert.doesNotMatch(r.stderr, /ENOENT|EISDIR|TypeError|    at /);
};

test("report --out into a missing folder says the folder does not exist, before reading anything", () => {
  const out = path.join(missing, "x.md");
  oneLine(fogline(["report", "--db", db, "--out", out]), 2, new RegExp(`--out .*x\\.md: the folder .*missing.dir does not exist`));
  oneLine(fogline(["report", seeds, "--out", out]), 2, /does not exist/);
  oneLine(fogline(["report", "--db", db, "--out", dir]), 2, /--out .* is a folder/);
  assert.equal(fs.existsSync(path.join(dir, "missing")), false);
  const written = path.join(dir, "report.md");
  assert.equal(fogline(["report", "--db", db, "--out", written]).status, 0);
  assert.match(fs.readFileSync(written, "utf8"), /^# /m);
});

test("--db (or FOGLINE_DB) in a missing folder, or naming a folder, is refused in one line by every command", () => {
  const inMissing = path.join(missing, "x.db");
  for (const args of [["ingest", seeds], ["claims"], ["disputes"], ["timeline", "Pokrovsk"], ["report"]]) {
    oneLine(fogline([...args, "--db", inMissing]), 2, /--db .*x\.db: the folder .*missing.dir does not exist/);
    oneLine(fogline([...args, "--db", dir]), 2, /--db .* is a folder, not a ledger file/);
  }
  oneLine(fogline(["claims"], { env: { FOGLINE_DB: inMissing } }), 2, /FOGLINE_DB .*does not exist/);
  oneLine(fogline(["migrate", db, inMissing]), 2, /TO .*x\.db: the folder .*does not exist/);
  assert.equal(fs.existsSync(path.join(dir, "missing")), false);
});

test("a missing ledger file in an existing folder is still 'no ledger' (exit 1); a missing input is one line and the rest is read", () => {
  oneLine(fogline(["claims", "--db", path.join(dir, "absent.db")]), 1, /no ledger at .*absent\.db/);
  const r = fogline(["extract", path.join(dir, "nothere.txt"), path.join(seeds, "002_b9ed40c8718096b7.txt")]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /nothere\.txt: no such file or directory/);
  assert.ok(r.stdout.split("\n").filter(Boolean).length > 5);
});

test("--meta naming a missing, malformed or folder manifest is one line and exit 2, before any article is read or stored", () => {
  const absent = path.join(dir, "absent-manifest.json");
  const fresh = path.join(dir, "meta-fresh.db");
  const one = path.join(seeds, "002_b9ed40c8718096b7.txt");
  const r = fogline(["extract", one, "--meta", absent]);
  oneLine(r, 2, /--meta .*absent-manifest\.json: no such file or directory/);
  assert.equal(r.stdout, "");
  oneLine(fogline(["ingest", one, "--meta", absent, "--db", fresh]), 2, /--meta .*absent-manifest\.json: no such file or directory/);
  assert.equal(fs.existsSync(fresh), false);
  oneLine(fogline(["report", one, "--meta", absent]), 2, /--meta .*: no such file or directory/);
  const bad = path.join(dir, "bad-manifest.json");
  fs.writeFileSync(bad, "{ not json");
  oneLine(fogline(["ingest", one, "--meta", bad, "--db", fresh]), 2, /--meta .*bad-manifest\.json: malformed manifest/);
  oneLine(fogline(["extract", one, "--meta", dir]), 2, /--meta .* is a folder, not a manifest file/);
  assert.equal(fs.existsSync(fresh), false);
});
