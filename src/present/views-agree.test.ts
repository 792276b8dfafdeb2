// Issue 13, one read layer: on the seed ledger the CLI, the HTTP API and the report give every proposition
// the same title and every place's timeline the same order, because all three format what src/ledger computes.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Hono } from "hono";
import { readLedgerSnapshot } from "../ledger/index.js";
import { createPipeline } from "../pipeline.js";
import { openSqliteStore } from "../store/index.js";
import type { LedgerStore } from "../store/ledger-store.js";
import { run } from "./cli/main.js";
import { buildReport, TIMELINE_CSV_COLUMNS, type ReportModel } from "./export/index.js";
import { createApp } from "./http/create-app.js";
import { getJson } from "./http/testing/fake-app.js";
import { seedsFolder } from "./http/testing/seeds-folder.js";

const seeds = seedsFolder();

async function cli(args: string[]): Promise<string> {
  let out = "";
  const code = await run(args, { out: (t) => { out += t; }, err: () => {}, progress: false, env: {} });
  assert.equal(code, 0, `fogline ${args.join(" ")}`);
  return out;
}

describe("CLI, API and report agree on the seed ledger", { skip: seeds === null && "seed articles not found" }, () => {
  const dir = mkdtempSync(join(tmpdir(), "fogline-views-"));
  const db = join(dir, "ledger.db");
  let store: LedgerStore;
  let app: Hono;
  let report: ReportModel;

  before(async () => {
    store = openSqliteStore(db);
    const pipeline = createPipeline();
    await pipeline.ingest(store, [seeds!]);
    app = createApp({ store, pipeline });
    report = buildReport({ ...(await readLedgerSnapshot(store)), title: "fogline report" });
  });
  after(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("gives every proposition one title, in the API, the report and the CLI's disputes", async () => {
    const api = (await getJson(app, "/api/propositions?limit=1000")).body;
    const apiTitles = new Map<string, string>(api.items.map((p: { id: string; title: string }) => [p.id, p.title]));
    const reportTitles = new Map(report.sections.flatMap((s) => s.propositions.map((v) => [v.proposition.id, v.title] as const)));
    assert.equal(apiTitles.size, api.total);
    assert.deepEqual(new Map([...reportTitles].sort()), new Map([...apiTitles].sort()));
    assert.ok([...apiTitles.values()].includes("Russian control of Pokrovsk"));

    const disputes = JSON.parse(await cli(["disputes", "--db", db, "--format", "json", "--limit", "1000"]));
    const apiDisputes = (await getJson(app, "/api/disputes?limit=1000")).body;
    assert.equal(disputes.total, apiDisputes.total);
    assert.ok(disputes.total >= 1);
    const titles = (page: { items: { proposition: { id: string; title: string } }[] }) => page.items.map((d) => [d.proposition.id, d.proposition.title]);
    assert.deepEqual(titles(disputes), titles(apiDisputes));
    for (const [id, title] of titles(disputes)) assert.equal(title, apiTitles.get(id), id);

    const table = await cli(["disputes", "--db", db]);
    for (const [, title] of titles(disputes)) assert.ok(table.includes(`${title} — disputed`), title);
  });

  it("sends figure texts that keep the qualifier's meaning", async () => {
    const api = (await getJson(app, "/api/propositions?limit=1000")).body;
    const withFigure = api.items.filter((p: { figure: unknown }) => p.figure);
    assert.ok(withFigure.length > 0);
    for (const p of withFigure) assert.equal(typeof p.figure_text, "string", p.id);
    const open = withFigure.find((p: { figure: { low: number | null; high: number | null } }) => p.figure.low !== null && p.figure.high === null);
    if (open) assert.match(open.figure_text, /or more/);
  });

  it("orders the Pokrovsk timeline alike in `fogline timeline`, /api/places/…/timeline and the report", async () => {
    const fromCli = (await cli(["timeline", "Krasnoarmeysk", "--db", db, "--format", "jsonl"]))
      .trim().split("\n").map((line) => JSON.parse(line).claim.id as string);
    const fromApi = (await getJson(app, "/api/places/Pokrovsk/timeline")).body;
    const section = report.sections.find((s) => s.place?.name === "Pokrovsk");
    assert.ok(fromCli.length >= 10);
    assert.equal(fromApi.total, fromCli.length);
    assert.deepEqual(fromApi.entries.map((e: { claim: { id: string } }) => e.claim.id), fromCli);
    assert.deepEqual(section?.timeline.map((e) => e.claim.id), fromCli);
    const csv = await cli(["timeline", "Pokrovsk", "--db", db, "--format", "csv"]);
    const idColumn = TIMELINE_CSV_COLUMNS.indexOf("claim_id");
    // Only the date (never quoted) comes before the claim id, so a split at commas finds it.
    const fromCsv = csv.trim().split("\r\n").slice(1).map((row) => row.split(",")[idColumn]);
    assert.deepEqual(fromCsv, fromCli);
  });

  it("colours the map by the leading control proposition's status and names it by its title", async () => {
    const places = (await getJson(app, "/api/places")).body;
    const pokrovsk = places.items.find((p: { name: string }) => p.name === "Pokrovsk");
    assert.equal(pokrovsk.status, "disputed");
    assert.equal(pokrovsk.control.title, "Russian control of Pokrovsk");
  });

  it("summarises primary sources once, paged with a total", async () => {
    const { body } = await getJson(app, "/api/sources?limit=2");
    assert.equal(body.items.length, 2);
    assert.ok(body.total > 2);
    const all = (await getJson(app, "/api/sources?limit=1000")).body.items;
    const russia = all.find((s: { name: string }) => s.name === "Government of Russia");
    assert.ok(russia && russia.stances.asserted >= 1 && russia.outlets.length >= 1);
  });
});
