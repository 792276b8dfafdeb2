// Extraction throughput on one core: the seed articles, repeated with small variations to >= 5 MB of text,
// extracted one by one through createPipeline().extractArticle. `--memory` instead streams generated folders
// of 5, 10 and 20 MB through extractInputs (one child process each) and prints each one's peak RSS.
//   node bench/extract.mjs [--mb 5] [--all-cores] [--lang ru|uk]
// `--lang ru|uk` times the Russian or Ukrainian pack instead, on the real development excerpts of that
// language (eval/real/<lang>/dev), repeated the same way.
//   node bench/extract.mjs --memory [--sizes 5,10,20]
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureOut, flag, fmt, loadDist, loadSeeds, machine, option, peakRssMB, pinToOneCore, rssMB, wordCount } from "./lib/common.mjs";

pinToOneCore();

const TARGET_WORDS_PER_S = 100_000;

/** Copy `i` of a seed: every figure (not a year) nudged, so no two copies share a text. */
function variant(article, i) {
  const nudge = 1 + (i % 7);
  const text = article.text.replace(/\b\d{1,3}(?:,\d{3})+\b|\b\d+\b/g, (m) => {
    const n = Number(m.replace(/,/g, ""));
    if (n < 10 || (n >= 1900 && n <= 2100 && !m.includes(","))) return m;
    const v = n + nudge;
    return m.includes(",") ? v.toLocaleString("en-US") : String(v);
  });
  return { ...article, id: `${article.id}-v${i}`, origin: `${article.origin}#v${i}`, text };
}

async function throughput() {
  const mb = Number(option("mb", "5"));
  const { createPipeline } = await loadDist("pipeline.js");
  let t = performance.now();
  const pipeline = createPipeline();
  const loadMs = performance.now() - t;
  const lang = option("lang", "en");
  const seeds = lang === "en" ? (await loadSeeds(pipeline)).map((s) => s.article) : realDev(lang);

  const articles = [];
  let chars = 0;
  for (let i = 0; chars < mb * 1e6; i++) {
    const a = variant(seeds[i % seeds.length], Math.floor(i / seeds.length));
    articles.push(a);
    chars += Buffer.byteLength(a.text);
  }
  const words = articles.reduce((n, a) => n + wordCount(a.text), 0);

  // Warm-up on the untouched seeds (JIT), then the measured pass.
  for (const a of seeds) pipeline.extractArticle(a);
  const rssBefore = rssMB();
  t = performance.now();
  const cpuStart = process.cpuUsage();
  let claims = 0;
  for (const a of articles) claims += pipeline.extractArticle(a).length;
  const s = (performance.now() - t) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuS = (cpu.user + cpu.system) / 1e6;

  console.log(`extract (${lang}): ${machine()}`);
  console.log(`pipeline load ${fmt(loadMs)} ms; input ${articles.length} articles, ${fmt(words)} words, ${fmt(chars / 1e6, 2)} MB`);
  console.log(`time            ${fmt(s, 2)} s`);
  console.log(`words/s         ${fmt(words / s)}   (target >= ${fmt(TARGET_WORDS_PER_S)}: ${words / s >= TARGET_WORDS_PER_S ? "met" : "MISSED"})`);
  console.log(`articles/s      ${fmt(articles.length / s)}`);
  console.log(`MB/s            ${fmt(chars / 1e6 / s, 2)}`);
  console.log(`CPU time        ${fmt(cpuS, 2)} s (${fmt((100 * cpuS) / s)}% of wall; load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}) -> ${fmt(words / cpuS)} words per CPU-second`);
  console.log(`claims          ${fmt(claims)} (${fmt(claims / articles.length, 1)} per article)`);
  console.log(`RSS before run  ${fmt(rssBefore)} MB; peak RSS ${fmt(peakRssMB())} MB (inputs held in memory)`);
}

/** The real development excerpts of a language, as articles read with its pack. */
function realDev(lang) {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "eval", "real", lang, "dev");
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({
    id: f.replace(/\.txt$/, ""), origin: path.join(dir, f), outlet: null, title: null, published: "2025-01-01", lang,
    text: readFileSync(path.join(dir, f), "utf8"),
  }));
}

/** A folder of `mb` MB of seed variants as .txt files, with a manifest giving outlet and date. */
async function generateFolder(mb) {
  const dir = ensureOut("memory", `${mb}MB`);
  if (existsSync(path.join(dir, "manifest.json"))) return dir;
  for (const f of readdirSync(dir)) rmSync(path.join(dir, f));
  const { createPipeline } = await loadDist("pipeline.js");
  const seeds = (await loadSeeds(createPipeline())).map((s) => s.article);
  const manifest = {};
  let bytes = 0;
  for (let i = 0; bytes < mb * 1e6; i++) {
    const seed = seeds[i % seeds.length];
    const a = variant(seed, Math.floor(i / seeds.length));
    const id = `a${String(i).padStart(6, "0")}`;
    writeFileSync(path.join(dir, `${id}.txt`), a.text);
    manifest[id] = { outlet: seed.outlet, published: seed.published, title: seed.title };
    bytes += Buffer.byteLength(a.text);
  }
  writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest));
  return dir;
}

/** Child: stream one folder through extractInputs, sampling RSS, and print one JSON line. */
async function memoryRun(dir) {
  const { createPipeline } = await loadDist("pipeline.js");
  const pipeline = createPipeline();
  const loaded = rssMB();
  let articles = 0, claims = 0, problems = 0, peakSampled = loaded;
  const t = performance.now();
  for await (const item of pipeline.extractInputs([dir])) {
    if (item.problem) problems++;
    else { articles++; claims += item.claims.length; }
    if (articles % 50 === 0) peakSampled = Math.max(peakSampled, rssMB());
  }
  const s = (performance.now() - t) / 1000;
  console.log(JSON.stringify({ articles, claims, problems, seconds: s, rssAfterLoadMB: loaded, peakRssMB: peakRssMB() }));
}

async function memory() {
  const sizes = option("sizes", "5,10,20").split(",").map(Number);
  console.log(`extract --memory: ${machine()}`);
  console.log("input MB | articles | claims | time s | RSS after load MB | peak RSS MB");
  for (const mb of sizes) {
    const dir = await generateFolder(mb);
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--memory-run", dir], { encoding: "utf8", env: process.env });
    if (child.status !== 0) throw new Error(child.stderr);
    const r = JSON.parse(child.stdout.trim().split("\n").pop());
    console.log(`${String(mb).padStart(8)} | ${String(r.articles).padStart(8)} | ${String(r.claims).padStart(6)} | ${fmt(r.seconds, 1).padStart(6)} | ${fmt(r.rssAfterLoadMB).padStart(17)} | ${fmt(r.peakRssMB).padStart(11)}${r.problems ? `  (${r.problems} problems)` : ""}`);
  }
}

if (option("memory-run")) await memoryRun(option("memory-run"));
else if (flag("memory")) await memory();
else await throughput();
