// Query latency on the database bench/ingest.mjs built, and how reconciliation cost grows with the claims.
//   node bench/query.mjs [--db bench/out/ingest-100000.db] [--repeat 20] [--places 10]
//   node bench/query.mjs --growth [--sizes 10000,20000,40000,80000] [--jsonl PATH]
import { createReadStream, existsSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { ensureOut, flag, fmt, loadDist, machine, option, peakRssMB, pinToOneCore } from "./lib/common.mjs";
import { queryCases, timeCase } from "./lib/query-cases.mjs";

pinToOneCore();

const TARGET_MS = 100;

async function latency() {
  const db = option("db", path.join(ensureOut(), "ingest-100000.db"));
  if (!existsSync(db)) {
    console.error(`no database at ${db}: run node bench/ingest.mjs first (or pass --db)`);
    process.exit(2);
  }
  const repeat = Number(option("repeat", "20"));
  const topN = Number(option("places", "10"));
  const limit = Number(option("limit", "50"));
  const { openSqliteStore } = await loadDist("store/index.js");
  let t = performance.now();
  const store = openSqliteStore(db, { readonly: true });
  const openMs = performance.now() - t;
  t = performance.now();
  const places = await store.places();
  const placesMs = performance.now() - t;
  const top = places.slice(0, topN);
  const claims = await store.countClaims();
  const propositions = await store.countPropositions();
  console.log(`query: ${machine()}; load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`);
  console.log(`${db}: ${fmt(claims)} claims, ${fmt(propositions)} propositions, ${places.length} places; open ${fmt(openMs, 1)} ms, places() ${fmt(placesMs, 1)} ms`);
  console.log(`top places: ${top.map((p) => `${p.name} (${fmt(p.claims)})`).join(", ")}`);
  console.log(`each query x${repeat} per place over the top ${top.length} places (first run of each included); page size ${limit}.`);
  console.log(`"all" rows fetch every match (what reconcileGroups does), x3 only; the 100 ms target is for the paged ones.\n`);

  const cases = queryCases(store, limit);
  console.log("query                                      |    n | rows (last) |  p50 ms |  p95 ms |  max ms | < 100 ms");
  console.log("-------------------------------------------|------|-------------|---------|---------|---------|---------");
  const results = [];
  for (const [name, run] of cases) {
    const q = await timeCase(name, run, top, repeat);
    results.push(q);
    console.log(`${name.padEnd(42)} | ${String(q.n).padStart(4)} | ${fmt(q.rows).padStart(11)} | ${fmt(q.p50, 1).padStart(7)} | ${fmt(q.p95, 1).padStart(7)} | ${fmt(q.max, 1).padStart(7)} | ${q.bulk ? "(bulk)" : q.p95 < TARGET_MS ? "yes" : "NO"}`);
  }
  await store.close();
  return results;
}

/** The first articles of the synthetic corpus and their claims, until `claims` claims. */
async function firstArticles(jsonl, pipeline, claims) {
  const out = [];
  let n = 0;
  const lines = createInterface({ input: createReadStream(jsonl), crlfDelay: Infinity });
  for await (const line of lines) {
    if (n >= claims) break;
    const j = JSON.parse(line);
    const article = { id: j.id, text: j.text, outlet: j.outlet, title: j.title, published: j.published, origin: j.id };
    const found = pipeline.extractArticle(article);
    out.push({ article, claims: found });
    n += found.length;
  }
  lines.close();
  return out;
}

async function growth() {
  const sizes = option("sizes", "10000,20000,40000,80000").split(",").map(Number);
  const jsonl = option("jsonl", path.join(ensureOut(), "synthetic-100000.jsonl"));
  const { createPipeline } = await loadDist("pipeline.js");
  const { openSqliteStore } = await loadDist("store/index.js");
  const { groupKey, createReconciler } = await loadDist("reconcile/index.js");
  const pipeline = createPipeline();
  const reconciler = createReconciler();
  const all = await firstArticles(jsonl, pipeline, Math.max(...sizes));
  console.log(`reconcile growth: ${machine()}; load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`);
  console.log("Each size: a fresh store holding the first articles of the synthetic corpus up to that many claims, then");
  console.log("one pipeline.reconcileGroups over every group (as at the end of an ingest), and the pure reconciler alone.\n");
  console.log("claims  | articles | groups | propositions | reconcileGroups ms | µs/claim | reconciler only ms | µs/claim");
  console.log("--------|----------|--------|--------------|--------------------|----------|--------------------|---------");
  const rows = [];
  for (const size of sizes) {
    const db = path.join(ensureOut(), `growth-${size}.db`);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
    const store = openSqliteStore(db);
    const keys = new Set();
    let claims = 0, articles = 0;
    const allClaims = [];
    for (const { article, claims: found } of all) {
      if (claims >= size) break;
      await store.addArticle(article, found, groupKey);
      for (const c of found) { keys.add(groupKey(c)); allClaims.push(c); }
      claims += found.length;
      articles++;
    }
    let t = performance.now();
    const propositions = await pipeline.reconcileGroups(store, keys);
    const fullMs = performance.now() - t;
    // The reconciler on the same claims without the store (one call, all places together).
    const outlets = new Map(all.slice(0, articles).map(({ article }) => [article.id, article.outlet]));
    const published = new Map(all.slice(0, articles).map(({ article }) => [article.id, article.published]));
    t = performance.now();
    reconciler.reconcile(allClaims, { outletOf: (d) => outlets.get(d) ?? null, publishedOf: (d) => published.get(d) ?? null, places: pipeline.places });
    const pureMs = performance.now() - t;
    await store.close();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
    rows.push({ claims, fullMs, pureMs });
    console.log(`${fmt(claims).padStart(7)} | ${fmt(articles).padStart(8)} | ${fmt(keys.size).padStart(6)} | ${fmt(propositions).padStart(12)} | ${fmt(fullMs).padStart(18)} | ${fmt((1000 * fullMs) / claims, 1).padStart(8)} | ${fmt(pureMs).padStart(18)} | ${fmt((1000 * pureMs) / claims, 1).padStart(7)}`);
  }
  const first = rows[0], last = rows[rows.length - 1];
  const growthFull = (last.fullMs / last.claims) / (first.fullMs / first.claims);
  const growthPure = (last.pureMs / last.claims) / (first.pureMs / first.claims);
  console.log(`\ntime per claim at ${fmt(last.claims)} vs ${fmt(first.claims)} claims: x${fmt(growthFull, 2)} (reconcileGroups), x${fmt(growthPure, 2)} (reconciler only); 1.0 = linear`);
  console.log(`peak RSS ${fmt(peakRssMB())} MB`);
}

if (flag("growth")) await growth();
else await latency();
