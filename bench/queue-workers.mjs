// Queue throughput: N made-up article pages on a local site, one feed listing them, queued by
// `fogline watch --once`, then drained by 1, 2 (and 4) `fogline worker --until-empty` processes against
// one PostgreSQL, each run in a schema of its own. Prints articles/s per worker count.
//   FOGLINE_TEST_PG=postgres://postgres@127.0.0.1:5432/test node bench/queue-workers.mjs [--articles 200] [--workers 1,2,4]
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { flag, loadDist, option, ROOT } from "./lib/common.mjs";

const pgUrl = process.env.FOGLINE_TEST_PG;
if (!pgUrl) { console.error("set FOGLINE_TEST_PG=postgres://postgres@127.0.0.1:5432/test"); process.exit(2); }
const articles = Number(option("articles", "200"));
const counts = option("workers", "1,2,4").split(",").map(Number);
const bin = path.join(ROOT, "bin", "fogline.js");
const { startTestSite, articlePages } = await loadDist("queue/queue-test-site.js");

const site = await startTestSite();
for (const [p, page] of Object.entries(articlePages(articles, 0, site.base))) site.pages.set(p, page);
const admin = new pg.Pool({ connectionString: pgUrl, max: 1 });
/** Runs fogline in a child process (not spawnSync: the site answering it lives in this process). */
const fogline = (args) => new Promise((resolve) => {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  child.stderr.on("data", (d) => (err += d));
  child.on("exit", (code) => resolve({ code, err }));
});
const rows = [];
for (const workers of counts) {
  const schema = `fogline_bench_queue_${process.pid}_${workers}`;
  const db = `${pgUrl}${pgUrl.includes("?") ? "&" : "?"}schema=${schema}`;
  const watch = await fogline(["watch", `${site.base}/feed.xml`, "--once", "--allow-private", "--db", db]);
  if (watch.code !== 0) throw new Error(watch.err);
  const started = performance.now();
  const args = ["worker", "--until-empty", "--allow-private", "--host-interval", "0", "--idle", "50ms", "--concurrency", option("concurrency", "2"), "--db", db];
  const exits = await Promise.all(Array.from({ length: workers }, () => fogline(args)));
  const seconds = (performance.now() - started) / 1000;
  for (const e of exits) if (e.code !== 0) throw new Error(e.err);
  const { rows: [n] } = await admin.query(`SELECT count(*)::int AS n FROM "${schema}".documents`);
  rows.push({ workers, articles: n.n, seconds: +seconds.toFixed(2), perSecond: +(n.n / seconds).toFixed(1) });
  if (!flag("keep")) await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
}
await site.close();
await admin.end();
const one = rows[0].perSecond;
console.log(`queue workers, ${articles} articles, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}); seconds include each worker's start`);
console.log("workers  articles  seconds  articles/s  vs 1");
for (const r of rows) console.log(`${String(r.workers).padStart(7)}  ${String(r.articles).padStart(8)}  ${String(r.seconds).padStart(7)}  ${String(r.perSecond).padStart(10)}  ${(r.perSecond / one).toFixed(2)}x`);
