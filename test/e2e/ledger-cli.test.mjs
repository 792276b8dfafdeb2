// The ledger issue's checks on the seed articles, through the CLI: ingest, claims, disputes, timeline,
// report. The rules are general; these are the outcomes they must reach on the five seed articles.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fogline, jsonl, seeds } from "./run-cli.mjs";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fogline-ledger-"));
const db = path.join(dir, "ledger.db");
let propositions = [];

before(() => {
  const r = fogline(["ingest", seeds, "--db", db]);
  assert.equal(r.status, 0, r.stderr);
  propositions = JSON.parse(fogline(["report", "--db", db, "--format", "json"]).stdout).propositions;
});

const find = (kind, measure, side, place) =>
  propositions.filter((p) => p.kind === kind && p.measure === measure && p.side === side && (place === undefined || p.place?.name === place));

test("ingest is idempotent, also for a re-saved copy with other whitespace", () => {
  const again = fogline(["ingest", seeds, "--db", db]);
  assert.equal(again.status, 0);
  assert.match(again.stderr, /ingested 0 new articles \(5 already stored\)/);
  const copy = path.join(dir, "copy.txt");
  fs.writeFileSync(copy, fs.readFileSync(path.join(seeds, "002_b9ed40c8718096b7.txt"), "utf8").replace(/ /g, "  ").replace(/\n/g, "\r\n"));
  assert.match(fogline(["ingest", copy, "--db", db]).stderr, /ingested 0 new articles \(1 already stored\)/);
});

test("170,000 Russian troops: two reports, one primary source (the Ukrainian government), single_source", () => {
  const [p] = find("forces", "deployed", "RU", "Pokrovsk").filter((x) => x.figure?.best === 170000);
  assert.ok(p, "proposition found");
  assert.equal(p.reports, 2);
  assert.equal(p.primary_sources.length, 1);
  assert.equal(p.primary_sources[0].side, "UA");
  assert.equal(p.status, "single_source");
});

test("over 6,500 Ukrainians killed: two reports, one primary source (SHOT, RU), hedge visible, single_source", () => {
  const [p] = find("casualties", "killed", "UA", "Pokrovsk");
  assert.equal(p.reports, 2);
  assert.deepEqual(p.primary_sources.map((s) => [s.name, s.side]), [["SHOT", "RU"]]);
  assert.ok(p.primary_sources[0].hedges.includes("without citing sources"));
  assert.equal(p.status, "single_source");
  assert.equal(p.figure.low, 6500);
});

test("Russian control of Pokrovsk around 1 December: disputed, with each source's stance", () => {
  const p = find("control", "controls", "RU", "Pokrovsk").find((x) => x.time?.start?.startsWith("2025-12"));
  assert.equal(p.status, "disputed");
  const stance = Object.fromEntries(p.primary_sources.map((s) => [s.side, s.stance]));
  assert.equal(stance.RU, "asserted");
  assert.equal(stance.UA, "denied");
  assert.ok(p.primary_sources.some((s) => /Study of War|ISW/.test(s.name) && s.stance === "unconfirmed"));
  const russian = p.primary_sources.find((s) => s.side === "RU");
  assert.ok(russian.speakers.length >= 2, "Gerasimov, Putin, Moscow are one primary source");
  assert.ok(p.related.some((r) => r.relation === "contradicts"), "fighting ongoing contradicts it");
});

test("the Ukrainian-held share of Donetsk Oblast: one-third against 14 percent is a contradiction; 7,000 km² is about 26 %", () => {
  const [share] = find("area", "share", "UA", "Donetsk Oblast");
  assert.equal(share.status, "disputed");
  assert.deepEqual([share.figure.low, share.figure.high], [14, 33.3]);
  const [area] = find("area", "area", "UA", "Donetsk Oblast");
  assert.ok(area.checks.some((c) => /26[.,]\d ?%/.test(c.detail) && /26,517/.test(c.detail)), JSON.stringify(area.checks));
});

test("Pokrovsk's pre-war population of 60,000 in three outlets agrees with the gazetteer; 40 km to Avdiivka agrees with the coordinates", () => {
  const p = find("population", "population", null, "Pokrovsk").find((x) => x.figure?.best === 60000);
  assert.equal(p.reports, 3);
  assert.ok(p.checks.some((c) => c.result === "consistent"));
  const [distance] = find("distance", "distance", null, "Pokrovsk");
  assert.ok(distance.checks.some((c) => c.result === "consistent" && /Avdiivka/.test(c.detail)));
});

test("timeline Pokrovsk lists control and flag claims in date order, 6 November to 2 December 2025", () => {
  const entries = jsonl(fogline(["timeline", "Krasnoarmeysk", "--db", db, "--format", "jsonl"]).stdout);
  const dated = entries.filter((e) => e.date && e.date.length === 10).map((e) => e.date);
  assert.deepEqual(dated, [...dated].sort());
  assert.equal(dated[0], "2025-11-06");
  assert.equal(dated.at(-1), "2025-12-02");
  assert.ok(entries.every((e) => ["control", "event"].includes(e.claim.kind)));
});

test("claims filters; bad dates, places and kinds get one-line errors listing valid values", () => {
  const table = fogline(["claims", "--db", db, "--place", "Pokrovsk", "--kind", "casualties"]);
  assert.equal(table.status, 0);
  assert.match(table.stdout, /6,500/);
  const search = jsonl(fogline(["claims", "--db", db, "--search", "Telegram", "--format", "jsonl"]).stdout);
  assert.ok(search.length >= 2 && search.every((c) => /Telegram/.test(c.evidence.text)));
  const typo = fogline(["claims", "--db", db, "--place", "Pokrovks"]);
  assert.equal(typo.status, 1);
  assert.match(typo.stderr, /did you mean Pokrovsk\?/);
  const badDate = fogline(["claims", "--db", db, "--from", "2025-13-01"]);
  assert.equal(badDate.status, 2);
  assert.match(badDate.stderr, /YYYY, YYYY-MM or YYYY-MM-DD/);
  const badKind = fogline(["claims", "--db", db, "--kind", "tanks"]);
  assert.equal(badKind.status, 2);
  assert.match(badKind.stderr, /casualties, forces, control, event, population, distance, area/);
  const noDb = fogline(["claims", "--db", path.join(dir, "absent.db")]);
  assert.equal(noDb.status, 1);
  assert.match(noDb.stderr, /no ledger/);
});

test("disputes shows the positions side by side", () => {
  const r = fogline(["disputes", "--db", db, "--place", "Pokrovsk"]);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /Russian control of Pokrovsk/);
  assert.match(r.stdout, /denies: Russian control of Pokrovsk/);
  assert.match(r.stdout, /not confirmed: Russian control of Pokrovsk/);
  assert.match(r.stdout, /Fighting in Pokrovsk/);
});

test("report from articles: Markdown by default, HTML self-contained and inert", () => {
  const md = fogline(["report", seeds]);
  assert.equal(md.status, 0, md.stderr);
  assert.match(md.stdout, /^# /m);
  assert.match(md.stdout, /Pokrovsk/);
  const one = fogline(["report", "--db", db, "--place", "Avdeevka", "--format", "json"]);
  assert.equal(one.status, 0, one.stderr);
  const places = new Set(JSON.parse(one.stdout).propositions.map((p) => p.place?.name));
  assert.deepEqual([...places], ["Avdiivka"]);
  const out = path.join(dir, "report.html");
  const html = fogline(["report", seeds, "--format", "html", "--out", out]);
  assert.equal(html.status, 0);
  const page = fs.readFileSync(out, "utf8");
  assert.match(page, /<html/i);
  assert.doesNotMatch(page, /<script|https?:\/\/(?!www\.w3\.org)/i);
});
