// `fogline export` run as a user would, on the seed ledger: each format read back by a third-party
// parser (csv-parse, @placemarkio/check-geojson) and held to what `fogline report --format json` says.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { getIssues } from "@placemarkio/check-geojson";
import { fogline, seeds } from "./run-cli.mjs";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fogline-export-"));
const db = path.join(dir, "ledger.db");
let report;

before(() => {
  const r = fogline(["ingest", seeds, "--db", db]);
  assert.equal(r.status, 0, r.stderr);
  report = JSON.parse(fogline(["report", "--db", db, "--format", "json"]).stdout);
});

test("csv: every claim once, with its proposition's id and status as the report gives them; --bom marks it", () => {
  const r = fogline(["export", "csv", "--db", db]);
  assert.equal(r.status, 0, r.stderr);
  const rows = parse(r.stdout, { columns: true, record_delimiter: "\r\n" });
  const claimIds = report.propositions.flatMap((p) => p.claims);
  assert.ok(rows.length >= new Set(claimIds).size && rows.length > 0);
  assert.equal(new Set(rows.map((x) => x.claim_id)).size, rows.length);
  const byId = new Map(report.propositions.map((p) => [p.id, p]));
  for (const row of rows.filter((x) => x.proposition_id)) {
    const p = byId.get(row.proposition_id);
    assert.ok(p?.claims.includes(row.claim_id), row.claim_id);
    assert.equal(row.proposition_status, p.status);
    assert.match(row.proposition_title, /\S/);
  }
  assert.ok(rows.some((x) => x.outlet === "The Moscow Times" && x.published === "2025-12-02"));
  const out = path.join(dir, "claims.csv");
  const written = fogline(["export", "csv", "--bom", "--out", out, "--db", db]);
  assert.equal(written.status, 0, written.stderr);
  assert.equal(written.stdout, "");
  assert.match(written.stderr, new RegExp(`wrote .*claims\\.csv \\(${rows.length} claims\\)`));
  assert.deepEqual(fs.readFileSync(out).subarray(0, 3), Buffer.from([0xef, 0xbb, 0xbf]));
  assert.equal(fs.readFileSync(out, "utf8"), "\uFEFF" + r.stdout);
});

test("geojson: valid, one point per place, status of the place's leading control proposition", () => {
  const r = fogline(["export", "geojson", "--db", db]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(getIssues(r.stdout), []);
  const pokrovsk = JSON.parse(r.stdout).features.find((f) => f.properties.name === "Pokrovsk");
  const p = report.propositions.find((x) => x.id === pokrovsk.properties.proposition_id);
  assert.ok(p, "the place names a proposition of the ledger");
  assert.equal(pokrovsk.properties.status, p.status);
  assert.equal(p.kind, "control");
  assert.equal(pokrovsk.properties.date, p.time?.end ?? p.time?.start ?? null);
});

test("claims-geojson: valid, one dated point per located claim", () => {
  const r = fogline(["export", "claims-geojson", "--db", db]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(getIssues(r.stdout), []);
  const { features } = JSON.parse(r.stdout);
  const csv = parse(fogline(["export", "csv", "--db", db]).stdout, { columns: true, record_delimiter: "\r\n" });
  assert.equal(features.length, csv.filter((x) => x.latitude !== "" && x.longitude !== "").length);
  assert.ok(features.length > 0);
  for (const f of features) if (f.properties.event_date) assert.match(f.properties.date_first, /^\d{4}-\d{2}-\d{2}$/);
});

test("claimreview: the disputed capture of Pokrovsk claimed by the Russian government, every report an appearance", () => {
  const r = fogline(["export", "claimreview", "--public-url", "https://ledger.example.org", "--db", db]);
  assert.equal(r.status, 0, r.stderr);
  const graph = JSON.parse(r.stdout)["@graph"];
  assert.equal(graph.length, report.propositions.length);
  const p = report.propositions.find((x) => x.kind === "control" && x.measure === "controls" && x.side === "RU" && x.place?.name === "Pokrovsk" && x.status === "disputed");
  const review = graph.find((x) => x.identifier === p.id);
  assert.equal(review.url, `https://ledger.example.org/#/propositions/${p.id}`);
  const authors = [review.itemReviewed.author].flat().map((a) => a.name);
  const russian = p.primary_sources.find((s) => s.side === "RU" && s.stance === "asserted");
  assert.ok(authors.includes(russian.name), authors.join(", "));
  const outlets = new Set(p.primary_sources.flatMap((s) => s.reported_by));
  for (const a of authors) assert.ok(!outlets.has(a), `${a} reports it; it is not the claimant`);
  assert.equal(review.itemReviewed.appearance.length, p.reports);
  assert.ok(review.datePublished);
  assert.equal(review.reviewRating.alternateName, "Disputed");
});

test("usage errors are one line and exit 2", () => {
  for (const args of [["export"], ["export", "xml"], ["export", "geojson", "--bom"], ["export", "claimreview", "--public-url", "ftp://x"], ["export", "csv", "--out", path.join(dir, "missing", "x.csv")]]) {
    const r = fogline([...args, "--db", db]);
    assert.equal(r.status, 2, args.join(" "));
    assert.match(r.stderr, /^fogline export: [^\n]+\n$/, args.join(" "));
  }
  assert.equal(fogline(["export", "csv", "--db", path.join(dir, "none.db")]).status, 1);
});
