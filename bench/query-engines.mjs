// Every query of bench/query.mjs on PostgreSQL beside SQLite, on the same ledger: a SQLite file built by
// bench/ingest.mjs is copied into a fresh PostgreSQL schema (fogline migrate's copy), then each query is
// timed on both, awaited one at a time as the CLI and the API call them.
//   node bench/query-engines.mjs [--articles 5000] [--pg postgres://postgres@127.0.0.1:5432/test] [--repeat 20] [--places 10] [--keep]
// The SQLite file is bench/out/ingest-N.db (built here when missing, with --reconcile-every 0); the schema
// fogline_bench_N is dropped at the end unless --keep.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BENCH_DIR, ensureOut, fmt, loadDist, machine, option, flag } from "./lib/common.mjs";
import { queryCases, timeCase } from "./lib/query-cases.mjs";

const N = Number(option("articles", "5000"));
const PG = option("pg", process.env.FOGLINE_TEST_PG || "postgres://postgres@127.0.0.1:5432/test");
const repeat = Number(option("repeat", "20"));
const topN = Number(option("places", "10"));
const limit = Number(option("limit", "50"));
const TARGET_MS = 100;

const db = path.join(ensureOut(), `ingest-${N}.db`);
const big = path.join(ensureOut(), "synthetic-100000.jsonl");
const jsonl = option("jsonl", existsSync(big) ? big : path.join(ensureOut(), `synthetic-${N}.jsonl`));
const node = (script, args) => execFileSync(process.execPath, [path.join(BENCH_DIR, script), ...args], { stdio: "inherit" });
if (!existsSync(db)) {
  if (!existsSync(jsonl)) node("synthetic-corpus.mjs", ["--articles", String(N), "--out", jsonl]);
  node("ingest.mjs", ["--articles", String(N), "--db", db, "--jsonl", jsonl, "--reconcile-every", "0", "--all-cores"]);
}

const { openStore, copyLedger, censusOf } = await loadDist("store/index.js");
const schema = `fogline_bench_${N}`;
const url = new URL(PG);
url.searchParams.set("schema", schema);
const sqlite = await openStore(db, { readonly: true });
const pg = await openStore(url.href);
let t = performance.now();
const copied = await copyLedger(sqlite, pg);
const copyS = (performance.now() - t) / 1000;
const [a, b] = [await censusOf(sqlite), await censusOf(pg)];
if (a.checksum !== b.checksum) throw new Error("the PostgreSQL copy differs from the SQLite file");

const places = (await sqlite.places()).slice(0, topN);
console.log(`query-engines: ${machine()}; load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`);
console.log(`${fmt(a.articles)} articles, ${fmt(a.claims)} claims, ${fmt(a.propositions)} propositions; copied ${fmt(copied.copied)} new articles into PostgreSQL in ${fmt(copyS, 1)} s (checksums equal)`);
console.log(`top places: ${places.map((p) => `${p.name} (${fmt(p.claims)})`).join(", ")}`);
console.log(`each query x${repeat} per place over the top ${places.length} places; page size ${limit}; "all" rows x3.\n`);
console.log("query                                      | rows (last) | SQLite p50 | SQLite p95 | PG p50 | PG p95 | PG < 100 ms");
console.log("-------------------------------------------|-------------|------------|------------|--------|--------|------------");
const sqliteCases = queryCases(sqlite, limit);
const pgCases = queryCases(pg, limit);
for (const [i, [name, run]] of sqliteCases.entries()) {
  const s = await timeCase(name, run, places, repeat);
  const p = await timeCase(name, pgCases[i][1], places, repeat);
  console.log(`${name.padEnd(42)} | ${fmt(p.rows).padStart(11)} | ${fmt(s.p50, 1).padStart(10)} | ${fmt(s.p95, 1).padStart(10)} | ${fmt(p.p50, 1).padStart(6)} | ${fmt(p.p95, 1).padStart(6)} | ${p.bulk ? "(bulk)" : p.p95 < TARGET_MS ? "yes" : "NO"}`);
}
await sqlite.close();
if (!flag("keep")) {
  const pgLib = (await import("pg")).default;
  const client = new pgLib.Client({ connectionString: PG });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
}
await pg.close();
