// Issue 14's history as a user meets it on the seed articles: --as-of on every read command, and the
// changes feed. On 30 November the ledger holds the three November articles and no claim of the
// 1 December capture of Pokrovsk; on 2 December that capture is disputed.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DOMParser } from "linkedom";
import { fogline, jsonl, seeds } from "./run-cli.mjs";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fogline-history-"));
const db = path.join(dir, "ledger.db");
const NOVEMBER = ["000_9199023164c272a8", "003_06d931588f4a1971", "004_f7302e12f5f718de"];
const manifest = JSON.parse(fs.readFileSync(path.join(seeds, "manifest.json"), "utf8"));

before(() => {
  const r = fogline(["ingest", seeds, "--db", db]);
  assert.equal(r.status, 0, r.stderr);
});

const json = (args) => {
  const r = fogline([...args, "--db", db]);
  assert.equal(r.status, 0, `${args.join(" ")}: ${r.stderr}`);
  return JSON.parse(r.stdout);
};
const isCapture = (p) => p.kind === "control" && p.place?.name === "Pokrovsk" && p.time?.start === "2025-12-01";

test("--as-of 2025-11-30 holds only the three November articles and no claim of the 1 December capture", () => {
  assert.deepEqual(NOVEMBER, Object.keys(manifest).filter((id) => manifest[id].published <= "2025-11-30").sort());
  const then = json(["claims", "--as-of", "2025-11-30", "--format", "json"]);
  assert.deepEqual([...new Set(then.items.map((c) => c.doc))].sort(), NOVEMBER);
  assert.ok(!then.items.some((c) => c.time?.start?.startsWith("2025-12")), "no claim dated December");
  assert.ok(then.total < json(["claims", "--format", "json"]).total);
  const disputes = json(["disputes", "--as-of", "2025-11-30", "--format", "json"]);
  assert.ok(!disputes.items.some((d) => isCapture(d.proposition)));
  const timeline = fogline(["timeline", "Pokrovsk", "--as-of", "2025-11-30", "--format", "jsonl", "--db", db]);
  assert.equal(timeline.status, 0, timeline.stderr);
  const entries = jsonl(timeline.stdout);
  assert.ok(entries.length > 0 && entries.every((e) => NOVEMBER.includes(e.claim?.doc ?? e.doc)), timeline.stdout.slice(0, 300));
  const report = json(["report", "--as-of", "2025-11-30", "--format", "json"]);
  assert.ok(!JSON.stringify(report).includes("002_b9ed40c8718096b7"));
  const csv = fogline(["export", "csv", "--as-of", "2025-11-30", "--db", db]);
  assert.equal(csv.status, 0, csv.stderr);
  assert.ok(!csv.stdout.includes("001_cd82ab2e7cd540ee") && csv.stdout.includes("003_06d931588f4a1971"));
});

test("--as-of 2025-12-02 shows that capture disputed, as the listings and the report say", () => {
  const disputes = json(["disputes", "--as-of", "2025-12-02", "--format", "json"]);
  const capture = disputes.items.find((d) => isCapture(d.proposition));
  assert.equal(capture?.proposition.status, "disputed");
  const claims = json(["claims", "--as-of", "2025-12-02", "--status", "disputed", "--place", "Pokrovsk", "--format", "json"]);
  assert.ok(claims.items.some((c) => c.doc === "002_b9ed40c8718096b7" && c.kind === "control"));
  const table = fogline(["disputes", "--as-of", "2025-12-02", "--place", "Pokrovsk", "--db", db]);
  assert.match(table.stdout, /Russian control of Pokrovsk — disputed/);
});

test("--as-of-ingested counts the articles stored by then: all of them today, none the day before", () => {
  const today = new Date().toISOString().slice(0, 10);
  assert.equal(json(["claims", "--as-of", today, "--as-of-ingested", "--format", "json"]).total, json(["claims", "--format", "json"]).total);
  assert.equal(json(["claims", "--as-of", "2001-01-01", "--as-of-ingested", "--format", "json"]).total, 0);
});

test("a bad --as-of is a one-line usage error, exit 2, on every read command", () => {
  for (const command of [["claims"], ["disputes"], ["timeline", "Pokrovsk"], ["report"], ["export", "csv"]]) {
    for (const day of ["2025-11", "2025-02-30", "yesterday"]) {
      const r = fogline([...command, "--as-of", day, "--db", db]);
      assert.equal(r.status, 2, `${command[0]} ${day}: ${r.stderr}`);
      assert.equal(r.stdout, "");
      assert.match(r.stderr.split("\n")[0], new RegExp(`bad --as-of "${day}"`));
    }
  }
  const lone = fogline(["claims", "--as-of-ingested", "--db", db]);
  assert.equal(lone.status, 2);
  assert.match(lone.stderr, /--as-of-ingested goes with --as-of/);
});

test("fogline changes lists the capture as new and disputed on 1 December, newest first, and as Atom", () => {
  const changes = json(["changes", "--since", "2025-11-30", "--place", "Pokrovsk", "--format", "json"]);
  assert.ok(changes.items.length > 0);
  const capture = changes.items.find((c) => c.type === "new-proposition" && isCapture(c.proposition));
  assert.equal(capture?.day, "2025-12-01");
  assert.equal(capture.proposition.status, "disputed");
  assert.ok(changes.items.some((c) => c.type === "status-change" || c.type === "new-contradiction"));
  const days = changes.items.map((c) => c.day);
  assert.deepEqual(days, [...days].sort().reverse());
  const table = fogline(["changes", "--since", "2025-11-30", "--db", db]);
  assert.match(table.stdout, /^day\s+change\s+what/);
  assert.match(table.stdout, /New: Russian control of Pokrovsk \(disputed\)/);
  const atom = fogline(["changes", "--since", "2025-11-30", "--place", "Pokrovsk", "--format", "atom", "--public-url", "https://ledger.example.org", "--db", db]);
  assert.equal(atom.status, 0, atom.stderr);
  const feed = new DOMParser().parseFromString(atom.stdout, "text/xml").documentElement;
  const entries = Array.from(feed.children).filter((e) => e.tagName === "entry");
  assert.equal(entries.length, changes.items.length);
  assert.ok(entries.every((e) => Array.from(e.children).find((x) => x.tagName === "link").getAttribute("href").startsWith("https://ledger.example.org/#/propositions/p-")));
  assert.equal(fogline(["changes", "--since", "2025-12-03", "--db", db]).stdout, "no changes since 2025-12-03\n");
});

test("fogline changes refuses a missing or malformed --since", () => {
  for (const args of [[], ["--since", "December"], ["--since", "2025-12"]]) {
    const r = fogline(["changes", ...args, "--db", db]);
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stdout, "");
  }
});
