// The cost of a read of the ledger as it stood on a day (issue 14: < 200 ms p95 at 100,000 articles).
//   node bench/as-of.mjs                       # a fresh ledger of the seed and held-out articles
//   node bench/as-of.mjs --db bench/out/ingest-100000.db [--repeat 10] [--places 5] [--days 5] [--budget 120]
// Each read opens a new as-of view (nothing cached between reads, as a CLI run or an API request does),
// for days spread over the ledger's publication dates, and times the reads the CLI and API make.
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fmt, loadDist, machine, option, percentiles, pinToOneCore, ROOT, SEEDS_DIR } from "./lib/common.mjs";

pinToOneCore();

const TARGET_MS = 200;
const repeat = Number(option("repeat", "10"));
const topN = Number(option("places", "5"));
const dayCount = Number(option("days", "5"));
/** Seconds each case may take before its remaining runs are left out (the count says how many ran). */
const budget = Number(option("budget", "120")) * 1000;

const { openSqliteStore } = await loadDist("store/index.js");
const { openAsOf, parseAsOf } = await loadDist("history/index.js");
const { createReconciler } = await loadDist("reconcile/index.js");
const { createPipeline } = await loadDist("pipeline.js");
const { listDisputes, summarisePlaces, placeTimeline, summaryOfPlace } = await loadDist("ledger/index.js");

const pipeline = createPipeline();
let db = option("db", undefined);
if (db === undefined) {
  db = path.join(mkdtempSync(path.join(os.tmpdir(), "fogline-as-of-")), "ledger.db");
  const store = openSqliteStore(db);
  await pipeline.ingest(store, [SEEDS_DIR, path.join(ROOT, "eval", "heldout")]);
  await store.close();
} else if (!existsSync(db)) {
  console.error(`no database at ${db}: run node bench/ingest.mjs first (or leave out --db for the seed and held-out ledger)`);
  process.exit(2);
}
const store = openSqliteStore(db, { readonly: true });
const claimCount = await store.countClaims();
const dates = (await store.articles({ limit: 1_000_000 })).map((a) => a.published).filter(Boolean).map((d) => (d.length === 4 ? `${d}-06-30` : d.length === 7 ? `${d}-15` : d)).sort();
const days = [...new Set(Array.from({ length: dayCount }, (_, i) => dates[Math.min(dates.length - 1, Math.floor(((i + 1) / (dayCount + 1)) * dates.length))]))];
const places = (await store.places()).slice(0, topN);
const reconciler = createReconciler();
const view = (day) => openAsOf(store, { asOf: parseAsOf(day), reconciler, places: pipeline.places });

console.log(`as-of: ${machine()}; load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`);
console.log(`${db}: ${fmt(dates.length)} dated articles, ${fmt(claimCount)} claims; days ${days.join(", ")}; top places ${places.map((p) => p.name).join(", ")}`);
console.log(`each read on a fresh as-of view, x${repeat} per day (per place where it takes one), at most ${budget / 1000} s per case; p50 / p95 / max ms\n`);

const cases = [
  ["claims({place}) page of 50", (s, p) => s.claims({ place: p.name, limit: 50 })],
  ["propositions({place}) page of 50", (s, p) => s.propositions({ place: p.name, limit: 50 })],
  ["place timeline (API /places/:p/timeline)", async (s, p) => placeTimeline(s, summaryOfPlace(await summarisePlaces(s), { name: p.name, id: p.id, key: p.id ?? p.name, claims: p.claims }), {})],
  ["disputes page of 50 (ledger-wide)", (s) => listDisputes(s, { limit: 50, offset: 0 })],
  ["places() (map counts)", (s) => s.places()],
];

const rows = [];
for (const [name, run] of cases) {
  const samples = [];
  const perPlace = run.length > 1;
  const began = performance.now();
  runs: for (let r = 0; r < repeat; r++) {
    for (const day of days) {
      for (const p of perPlace ? places : [null]) {
        if (performance.now() - began > budget) break runs;
        const s = view(day);
        const start = performance.now();
        await run(s, p);
        samples.push(performance.now() - start);
      }
    }
  }
  const q = percentiles(samples);
  rows.push(q);
  console.log(`${name.padEnd(44)} n=${String(q.n).padStart(4)}  p50 ${fmt(q.p50, 1).padStart(8)}  p95 ${fmt(q.p95, 1).padStart(8)}  max ${fmt(q.max, 1).padStart(8)}  ${q.p95 < TARGET_MS ? "ok" : "over"} (${TARGET_MS} ms)`);
}
await store.close();
