// Issue 13's CLI bullet as a user meets it: every listing command takes the same options, refuses a bad
// value with the same one-line message (exit 2), gives every format, and says when a page leaves rows out.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fogline, jsonl, seeds } from "./run-cli.mjs";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fogline-listing-"));
const db = path.join(dir, "ledger.db");
const LISTINGS = [["claims"], ["disputes"], ["timeline", "Pokrovsk"]];

before(() => {
  const r = fogline(["ingest", seeds, "--db", db]);
  assert.equal(r.status, 0, r.stderr);
});

test("a bad value gets the same one-line usage error from every listing command, naming the allowed values", () => {
  const bad = [
    [["--format", "xml"], /unknown format "xml": use one of table, json, jsonl, csv/],
    [["--speaker-side", "NATO"], /unknown speaker-side "NATO": use one of RU, UA, independent/],
    [["--status", "asserted"], /unknown status "asserted": use one of disputed, denied, unconfirmed, single_source, one_sided, corroborated/],
    [["--limit", "none"], /bad --limit "none": use a whole number/],
    [["--offset", "x"], /bad --offset "x": use a whole number \(0 or more\)/],
    [["--outlet", ""], /--outlet needs a name/],
  ];
  for (const [args, pattern] of bad) {
    const messages = LISTINGS.map((listing) => {
      const r = fogline([...listing, "--db", db, ...args]);
      assert.equal(r.status, 2, `${listing[0]} ${args.join(" ")}: ${r.stderr}`);
      assert.equal(r.stdout, "");
      const [first, ...rest] = r.stderr.trim().split("\n");
      assert.ok(rest.length <= 1 && (rest.length === 0 || rest[0].startsWith("usage:")), r.stderr);
      assert.match(first, pattern);
      return first.replace(/^fogline \w+: /, "");
    });
    assert.equal(new Set(messages).size, 1, messages.join(" | "));
  }
});

test("every listing command gives table, json, jsonl and csv of the same rows", () => {
  for (const listing of LISTINGS) {
    const run = (format) => {
      const r = fogline([...listing, "--db", db, "--format", format]);
      assert.equal(r.status, 0, `${listing[0]} --format ${format}: ${r.stderr}`);
      return r.stdout;
    };
    const json = JSON.parse(run("json"));
    assert.ok(json.total > 0 && json.items.length === json.total, listing[0]);
    assert.deepEqual(json.items, jsonl(run("jsonl")), listing[0]);
    const csv = run("csv").split("\r\n").filter(Boolean);
    assert.ok(csv.length > json.items.length - 1 && /^[a-z_0-9]+(,[a-z_0-9]+)+$/.test(csv[0]), `${listing[0]}: ${csv[0]}`);
    assert.ok(run("table").split("\n").length > 1, listing[0]);
  }
});

test("a page that leaves rows out says so on stderr, with the total; a whole listing says nothing", () => {
  for (const listing of LISTINGS) {
    const total = JSON.parse(fogline([...listing, "--db", db, "--format", "json"]).stdout).total;
    const page = fogline([...listing, "--db", db, "--limit", "1"]);
    assert.equal(page.status, 0);
    assert.match(page.stderr, new RegExp(`showing 1 of ${total.toLocaleString("en-US")} \\w+; use --limit/--offset for more`), listing[0]);
    assert.equal(fogline([...listing, "--db", db, "--limit", String(total)]).stderr, "", listing[0]);
  }
});

test("into a pipe no cell is shortened: the disputes table holds every position whole", () => {
  const disputes = JSON.parse(fogline(["disputes", "--db", db, "--format", "json"]).stdout).items;
  const table = fogline(["disputes", "--db", db]).stdout;
  const says = disputes.flatMap((d) => d.positions.map((g) => g.says));
  assert.ok(says.length > 0);
  for (const s of says) assert.ok(table.includes(s), s);
  assert.doesNotMatch(table, /…/);
});

test("disputes --status takes only disputed, and says where the other statuses are listed", () => {
  assert.equal(fogline(["disputes", "--db", db, "--status", "disputed"]).status, 0);
  const r = fogline(["disputes", "--db", db, "--status", "denied"]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /fogline claims --status denied/);
});

test("extract --format csv gives one header and a row per claim, the same claims as jsonl", () => {
  const claims = jsonl(fogline(["extract", seeds]).stdout);
  const csv = fogline(["extract", seeds, "--format", "csv"]);
  assert.equal(csv.status, 0, csv.stderr);
  const ids = csv.stdout.split("\r\n").filter((l) => /^c-/.test(l)).map((l) => l.split(",")[0]);
  assert.equal(csv.stdout.split("\r\n").filter((l) => l.startsWith("id,doc,")).length, 1);
  assert.deepEqual(ids, claims.map((c) => c.id));
});

test("every listing command's --help names every shared option", () => {
  for (const listing of LISTINGS) {
    const r = fogline([listing[0], "--help"]);
    assert.equal(r.status, 0);
    for (const option of ["--outlet", "--speaker-side", "--status", "--limit", "--offset", "--format", "--wide", "RU, UA, independent", "single_source"]) {
      assert.ok(r.stdout.includes(option), `${listing[0]} --help: ${option}`);
    }
  }
});
