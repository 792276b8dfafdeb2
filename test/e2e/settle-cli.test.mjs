// `fogline settle` and `fogline sources` run as a user would, on the seed ledger: settle the capture of
// Pokrovsk true from 1 December 2025; the Russian government's claim (its Defence Ministry, Gerasimov,
// Putin: one primary source) holds, Ukraine's denial does not. Bad input: one line, exit 2, nothing written.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fogline, jsonl, seeds } from "./run-cli.mjs";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fogline-settle-"));
const db = path.join(dir, "ledger.db");
const env = { FOGLINE_REVIEWER: "ana" };
const settle = (...args) => fogline(["settle", ...args, "--db", db], { env });
const records = () => jsonl(fogline(["sources", "--records", "--format", "jsonl", "--db", db]).stdout);
const log = (id) => JSON.parse(settle("--log", id, "--format", "json").stdout);

/** The seed proposition that Russia controls Pokrovsk from 1 December 2025, disputed by Ukraine. */
function capture() {
  const disputes = JSON.parse(fogline(["disputes", "--db", db, "--place", "Pokrovsk", "--format", "json"]).stdout).items.map((d) => d.proposition);
  const p = disputes.find((x) => x.kind === "control" && x.measure === "controls" && x.side === "RU" && x.time?.start === "2025-12-01");
  assert.ok(p, "the seed capture of Pokrovsk is disputed");
  return p;
}

before(() => {
  const r = fogline(["ingest", seeds, "--db", db]);
  assert.equal(r.status, 0, r.stderr);
});

test("bad input: one line, exit 2, nothing written", () => {
  const p = capture();
  const cases = [
    [["p-nowhere", "--true", "--from", "2025-12-01", "--basis", "later assessment"], /no proposition p-nowhere/],
    [[p.id, "--true", "--from", "2025-12-32", "--basis", "later assessment"], /bad date "2025-12-32"/],
    [[p.id, "--from", "2025-12-01", "--basis", "later assessment"], /--true or --false/],
    [[p.id, "--true", "--false", "--from", "2025-12-01", "--basis", "x"], /not both/],
    [[p.id, "--true", "--from", "2025-12-01"], /on what basis/],
    [[p.id, "--true", "--from", "2025-12-01", "--basis", "x", "--claim", "c-nowhere"], /no claim c-nowhere/],
    [[p.id, "--true", "--from", "2025-12-01", "--basis", "x", "--figure", "lots"], /bad figure/],
    [["--undo", "set_nowhere"], /no settlement set_nowhere/],
  ];
  for (const [args, message] of cases) {
    const r = settle(...args);
    assert.equal(r.status, 2, args.join(" "));
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
  }
  assert.deepEqual(log(p.id).events, []);
  assert.deepEqual(records(), []);
});

test("settle the capture of Pokrovsk true from 2025-12-01: Russia's claim holds, Ukraine's denial does not", () => {
  const p = capture();
  const evidence = p.claims[0];
  const r = settle(p.id, "--true", "--from", "2025-12-01", "--basis", "later assessment", "--claim", evidence, "--note", "ISW confirmed later");
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`settled ${p.id} true from 2025-12-01 \\(later assessment; claim ${evidence}\\) \\[set_[0-9a-f]+ by ana\\]`));
  const byName = new Map(records().map((x) => [`${x.name}|${x.side}`, x]));
  const russia = [...byName.values()].find((x) => x.side === "RU");
  assert.ok(russia, "a Russian source is scored");
  assert.equal(russia.name, p.primary_sources.find((s) => s.side === "RU" && s.stance === "asserted").name);
  assert.equal(russia.held, 1);
  assert.equal(russia.failed, 0);
  const entry = russia.entries.find((e) => e.proposition === p.id);
  assert.equal(entry.outcome, "held");
  assert.equal(entry.madeOn, "2025-12-01");
  assert.equal(entry.leadDays, 0);
  const ukraine = [...byName.values()].find((x) => x.side === "UA");
  assert.equal(ukraine.failed, 1);
  assert.equal(ukraine.held, 0);
  assert.equal(ukraine.entries[0].stance, "denied");
  const unconfirmed = [...byName.values()].find((x) => x.name === "Institute for the Study of War");
  assert.equal(unconfirmed?.unscored, 1, "not confirming is not scored");

  const table = fogline(["sources", "--db", db]).stdout;
  assert.match(table, /held\s+failed\s+mean lead/);
  const russiaRow = table.split("\n").find((l) => l.startsWith(russia.name));
  assert.match(russiaRow, /\s1\s+0\s+0 d\s/);
  const view = fogline(["sources", "--records", "--source", "ukraine", "--db", db]).stdout;
  assert.match(view, /Russian control of Pokrovsk\s+denied\s+failed\s+true from 2025-12-01/);
});

test("undo: the settlement leaves the record; settling again false turns it round", () => {
  const p = capture();
  const [settled] = log(p.id).events;
  const u = settle("--undo", settled.id);
  assert.equal(u.status, 0, u.stderr);
  assert.match(u.stdout, new RegExp(`undid settlement ${settled.id} of ${p.id}`));
  assert.equal(log(p.id).settlement, null);
  assert.deepEqual(records(), []);
  assert.equal(settle("--undo", settled.id).status, 2, "an undone settlement cannot be undone again");
  assert.equal(settle(p.id, "--false", "--from", "2025-12", "--basis", "official admission", "--link", "https://example.org/statement").status, 0);
  const ukraine = records().find((x) => x.side === "UA");
  assert.equal(ukraine.held, 1);
  assert.equal(log(p.id).events.length, 3, "settle, undo, settle: nothing rewritten");
  assert.match(settle("--log", p.id).stdout, /\(undone\)[\s\S]*\(in force\)/);
});

test("a settled figure: the source's figure as a ratio of it", () => {
  const report = JSON.parse(fogline(["report", "--db", db, "--format", "json"]).stdout);
  const deployed = report.propositions.find((p) => p.kind === "forces" && p.measure === "deployed" && p.figure?.best
    && p.primary_sources.length === 1 && p.primary_sources[0].side === "RU");
  assert.ok(deployed, "the seeds have a Russian figure of forces deployed");
  const settled = Math.round(deployed.figure.best * 0.8);
  const r = settle(deployed.id, "--true", "--from", "2025-12-31", "--basis", "later assessment", "--figure", String(settled));
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`figure ${settled}`));
  const record = records().find((x) => x.name === deployed.primary_sources[0].name);
  const entry = record.entries.find((e) => e.proposition === deployed.id);
  assert.equal(entry.figure, deployed.figure.best);
  assert.equal(entry.settlement.figure, settled);
  assert.equal(entry.ratio, Math.round((deployed.figure.best / settled) * 1000) / 1000);
  assert.ok(entry.leadDays > 0, "said before the end of December");
  assert.match(fogline(["sources", "--records", "--source", record.name, "--db", db]).stdout, new RegExp(`${entry.figure} / ${settled} = ${entry.ratio}`));
});
