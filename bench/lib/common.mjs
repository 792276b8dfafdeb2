// Shared helpers for the bench scripts: one-core pinning, loading the compiled pipeline, the seeds, numbers.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const BENCH_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const ROOT = path.dirname(BENCH_DIR);
export const OUT_DIR = path.join(BENCH_DIR, "out");
export const SEEDS_DIR = process.env.FOGLINE_SEEDS ?? "/work/shared/corpus/seeds";

/**
 * Re-runs this script under `taskset -c 0` so that it (and its GC threads) get one core, unless
 * --all-cores is given, it is already pinned, or taskset is missing. Returns only in the pinned process.
 */
export function pinToOneCore() {
  if (process.argv.includes("--all-cores") || process.env.FOGLINE_BENCH_PINNED) return;
  if (os.availableParallelism() <= 1) return;
  const probe = spawnSync("taskset", ["-c", "0", "true"]);
  if (probe.status !== 0) {
    console.error("note: taskset not available; running unpinned (pass --all-cores to silence)");
    return;
  }
  const result = spawnSync("taskset", ["-c", "0", process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: "inherit",
    env: { ...process.env, FOGLINE_BENCH_PINNED: "1" },
  });
  process.exit(result.status ?? 1);
}

/** The compiled pipeline (dist/, from `npm run build`), with a hint when it is missing. */
export async function loadDist(rel) {
  const file = path.join(ROOT, "dist", rel);
  if (!existsSync(file)) {
    console.error(`missing ${path.relative(ROOT, file)}: run \`npm run build\` (or npx tsc -p tsconfig.json && node scripts/build-gazetteer.mjs) first`);
    process.exit(2);
  }
  return import(file);
}

/** Every article of the seed folder (with its manifest applied) and its claims. */
export async function loadSeeds(pipeline) {
  const seeds = [];
  for await (const item of pipeline.extractInputs([SEEDS_DIR])) {
    if (item.problem) throw new Error(`seed ${item.problem.origin}: ${item.problem.reason}`);
    seeds.push(item);
  }
  if (!seeds.length) throw new Error(`no seed articles in ${SEEDS_DIR}`);
  return seeds;
}

export function ensureOut(...parts) {
  const dir = path.join(OUT_DIR, ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** --name value (or --name=value) from argv, else the fallback. */
export function option(name, fallback) {
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === `--${name}`) return argv[i + 1];
    if (argv[i].startsWith(`--${name}=`)) return argv[i].slice(name.length + 3);
  }
  return fallback;
}
export const flag = (name) => process.argv.slice(2).includes(`--${name}`);

export const peakRssMB = () => process.resourceUsage().maxRSS / 1024;
export const rssMB = () => process.memoryUsage.rss() / 1024 / 1024;
export const wordCount = (text) => {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n++;
  return n;
};

/** A small seeded PRNG (mulberry32), so generated inputs are the same on every run. */
export function random(seed = 1) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function percentiles(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { n: s.length, p50: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

export const fmt = (n, digits = 0) => n.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function machine() {
  const cpu = os.cpus()[0]?.model ?? "unknown cpu";
  return `${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${cpu}, ${os.availableParallelism()} core(s) available to this process`;
}
