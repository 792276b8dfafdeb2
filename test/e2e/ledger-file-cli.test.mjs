// `fogline ingest` and the ledger file: a damaged one is refused in one line (exit 1, the file left as it
// was); the ledger sitting among the articles is not read as one.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fogline, seeds } from "./run-cli.mjs";

test("ingest refuses a damaged ledger and writes nothing into it", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fogline-corrupt-cli-"));
  try {
    const db = path.join(dir, "ledger.db");
    assert.equal(fogline(["ingest", seeds, "--db", db]).status, 0);
    const size = fs.statSync(db).size;
    const fd = fs.openSync(db, "r+");
    fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, Math.floor(size / 4096 / 2) * 4096);
    fs.closeSync(fd);
    const before = fs.readFileSync(db);
    const article = path.join(dir, "new.txt");
    fs.writeFileSync(article, "Russia's Defense Ministry said its forces had captured Kupiansk.");
    const r = fogline(["ingest", article, "--db", db]);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /^fogline ingest: .*ledger\.db is not a fogline database or is corrupt: (?:the integrity check failed|database disk image is malformed)/); // (which, depends on the page the damage hit)
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
    assert.ok(fs.readFileSync(db).equals(before), "the file is unchanged");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("ingest . in the folder holding the ledger passes over the ledger's own files", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fogline-here-"));
  try {
    fs.writeFileSync(path.join(dir, "report.txt"), "Russia's Defense Ministry said its forces had captured Kupiansk.");
    for (const run of [1, 2]) {
      const r = fogline(["ingest", "."], { cwd: dir });
      assert.equal(r.status, 0, `run ${run}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /fogline\.db|skipped/, `run ${run}`);
    }
    assert.ok(fs.existsSync(path.join(dir, "fogline.db")));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
