// Ingest throughput on one core, into a fresh SQLite file, from the synthetic JSONL (bench/synthetic-corpus.mjs).
// The loop is pipeline.ingest's own (src/pipeline.ts): extract, store.addArticle(article, claims, groupKey) per
// article, and reconcileGroups over the touched groups every --reconcile-every articles (default 0: once, at
// the end of the run, as `fogline ingest` does) and
// at the end. Only the reading differs: JSONL lines instead of files (readInputs has no JSONL reader).
//   node bench/ingest.mjs [--articles 100000] [--db bench/out/ingest-100000.db] [--jsonl PATH] [--reconcile-every 0]
// --reconcile-every 0 reconciles once, at the end (a bulk load).
//   node bench/ingest.mjs --folder --articles 2000   (pipeline.ingest on a folder of .txt files instead)
import { createReadStream, existsSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { ensureOut, flag, fmt, loadDist, machine, option, peakRssMB, pinToOneCore } from "./lib/common.mjs";

pinToOneCore();

const TARGET_ARTICLES_PER_S = 200;
const N = Number(option("articles", "100000"));
const JSONL = option("jsonl", path.join(ensureOut(), "synthetic-100000.jsonl"));
const DB = option("db", path.join(ensureOut(), `ingest-${N}.db`));
const EVERY = Number(option("reconcile-every", "0"));
const PROGRESS = Number(option("progress", "5000"));

if (!existsSync(JSONL)) {
  console.error(`no corpus at ${JSONL}: run node bench/synthetic-corpus.mjs --articles ${Math.max(N, 100000)} first`);
  process.exit(2);
}
for (const suffix of ["", "-wal", "-shm"]) rmSync(DB + suffix, { force: true });

const { createPipeline } = await loadDist("pipeline.js");
const { openSqliteStore } = await loadDist("store/index.js");
const { groupKey } = await loadDist("reconcile/index.js");
const pipeline = createPipeline();
const store = openSqliteStore(DB);

/**
 * --folder: the first N articles written as .txt files with a manifest.json, then pipeline.ingest(store, [folder])
 * itself (the path `fogline ingest FOLDER` takes), to check that the JSONL loop below measures the same thing.
 */
if (flag("folder")) {
  const dir = ensureOut(`folder-${N}`);
  if (!existsSync(path.join(dir, "manifest.json"))) {
    const manifest = {};
    let i = 0;
    for await (const line of createInterface({ input: createReadStream(JSONL), crlfDelay: Infinity })) {
      if (i++ >= N) break;
      const j = JSON.parse(line);
      writeFileSync(path.join(dir, `${j.id}.txt`), j.text);
      manifest[j.id] = { outlet: j.outlet, published: j.published, title: j.title };
    }
    writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest));
  }
  console.log(`ingest --folder: ${machine()}`);
  console.log(`pipeline.ingest(store, [${dir}]) -> ${DB}; reconcile every ${EVERY} (PipelineOptions.reconcileEvery)`);
  const folderPipeline = createPipeline({ reconcileEvery: EVERY > 0 ? EVERY : Number.MAX_SAFE_INTEGER });
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let last = t0;
  const summary = await folderPipeline.ingest(store, [dir], {
    onProgress: (p) => {
      if (p.articles % PROGRESS === 0 && performance.now() - last > 1) {
        last = performance.now();
        console.log(`  ${fmt(p.articles).padStart(7)} articles ${fmt(p.claims).padStart(9)} claims  ${fmt((last - t0) / 1000, 0).padStart(5)} s`);
      }
    },
  });
  const s = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  console.log(`articles        ${fmt(summary.articles)} (${fmt(summary.added)} added, ${summary.problems.length} problems)`);
  console.log(`claims          ${fmt(summary.claims)}; propositions ${fmt(await store.countPropositions())}`);
  console.log(`time            ${fmt(s, 1)} s; articles/s ${fmt(summary.articles / s, 1)} (target >= ${TARGET_ARTICLES_PER_S}: ${summary.articles / s >= TARGET_ARTICLES_PER_S ? "met" : "MISSED"})`);
  console.log(`CPU time        ${fmt(cpuS, 1)} s (load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}) -> ${fmt(summary.articles / cpuS, 1)} articles per CPU-second; peak RSS ${fmt(peakRssMB())} MB`);
  await store.close();
  process.exit(0);
}

const time = { extract: 0, store: 0, reconcile: 0 };
const timed = async (what, fn) => {
  const t = performance.now();
  try { return await fn(); } finally { time[what] += performance.now() - t; }
};

console.log(`ingest: ${machine()}`);
console.log(`${fmt(N)} articles from ${JSONL} -> ${DB}; ${EVERY > 0 ? `reconcile every ${EVERY} articles` : "reconcile once at the end"}`);
const started = performance.now();
const cpuStart = process.cpuUsage();
let articles = 0, added = 0, claimsStored = 0, propositions = 0, reconciles = 0, sinceReconcile = 0;
let touched = new Set();
let window = { at: started, articles: 0 };
const lines = createInterface({ input: createReadStream(JSONL), crlfDelay: Infinity });
for await (const line of lines) {
  if (articles >= N) break;
  if (!line) continue;
  const j = JSON.parse(line);
  const article = { id: j.id, text: j.text, outlet: j.outlet ?? null, title: j.title ?? null, published: j.published ?? null, origin: `${JSONL}#${j.id}` };
  const claims = await timed("extract", () => pipeline.extractArticle(article));
  const result = await timed("store", () => store.addArticle(article, claims, groupKey));
  articles++;
  if (result.added) {
    added++;
    claimsStored += result.claims;
    for (const c of claims) touched.add(groupKey(c));
    if (EVERY > 0 && ++sinceReconcile >= EVERY) {
      propositions = await timed("reconcile", () => pipeline.reconcileGroups(store, touched));
      reconciles++;
      touched = new Set();
      sinceReconcile = 0;
    }
  }
  if (articles % PROGRESS === 0) {
    const now = performance.now();
    const recent = ((articles - window.articles) / (now - window.at)) * 1000;
    window = { at: now, articles };
    console.log(`  ${fmt(articles).padStart(7)} articles ${fmt(claimsStored).padStart(9)} claims  ${fmt((now - started) / 1000, 0).padStart(5)} s  ` +
      `recent ${fmt(recent).padStart(5)} art/s  extract ${fmt(time.extract / 1000)} s, store ${fmt(time.store / 1000)} s, reconcile ${fmt(time.reconcile / 1000)} s`);
  }
}
lines.close();
console.log(`  reconciling ${fmt(touched.size)} touched groups ...`);
propositions = await timed("reconcile", () => pipeline.reconcileGroups(store, touched));
reconciles++;
const s = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStart);
const cpuS = (cpu.user + cpu.system) / 1e6;
const totalPropositions = await store.countPropositions();
const totalClaims = await store.countClaims();
await timed("store", () => store.close());
const mb = ["", "-wal"].reduce((n, x) => n + (existsSync(DB + x) ? statSync(DB + x).size : 0), 0) / 1e6;

console.log(`articles        ${fmt(articles)} (${fmt(added)} added)`);
console.log(`claims          ${fmt(totalClaims)} stored (${fmt(totalClaims / Math.max(1, added), 1)} per article); propositions ${fmt(totalPropositions)}`);
console.log(`time to build   ${fmt(s, 1)} s (${fmt(s / 60, 1)} min): extract ${fmt(time.extract / 1000, 1)} s, store ${fmt(time.store / 1000, 1)} s, reconcile ${fmt(time.reconcile / 1000, 1)} s over ${reconciles} batches`);
console.log(`articles/s      ${fmt(articles / s, 1)}   (target >= ${TARGET_ARTICLES_PER_S}: ${articles / s >= TARGET_ARTICLES_PER_S ? "met" : "MISSED"})`);
console.log(`claims/s        ${fmt(totalClaims / s)}`);
console.log(`CPU time        ${fmt(cpuS, 1)} s (${fmt((100 * cpuS) / s)}% of wall time; load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}) -> ${fmt(articles / cpuS, 1)} articles per CPU-second`);
console.log(`database        ${fmt(mb)} MB; peak RSS ${fmt(peakRssMB())} MB`);
