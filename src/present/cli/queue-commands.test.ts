// fogline watch, worker and jobs in-process: a feed on a local site polled, its items ingested, the
// queue listed with reasons; and the one line a SQLite ledger gets.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import { articleHtml, rssFeed, startTestSite, type TestSite } from "../../queue/queue-test-site.js";
import { dropTestSchemas, freshSchemaUrl, PG_SKIP } from "../../store/postgres/pg-test-database.js";
import { run } from "./main.js";

async function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(args, { out: (t) => { out += t; }, err: (t) => { err += t; }, progress: false, env });
  return { code, out, err };
}

describe("queue commands", () => {
  for (const command of ["watch https://news.example/feed.xml --once", "worker", "jobs"]) {
    it(`fogline ${command.split(" ")[0]} on a SQLite ledger: one line, exit 2`, async () => {
      const r = await cli([...command.split(" "), "--db", "team.db"]);
      assert.equal(r.code, 2);
      assert.equal(r.err, `fogline ${command.split(" ")[0]}: the job queue needs PostgreSQL: --db postgres://… (team.db is a SQLite ledger)\n`);
    });
  }

  it("refuses a bad --every and an unknown --status", async () => {
    const every = await cli(["watch", "feed.xml", "--every", "often", "--db", "postgres://u@h/db"]);
    assert.equal(every.code, 2);
    assert.match(every.err, /bad duration for --every "often"/);
    const status = await cli(["jobs", "--status", "lost", "--db", "postgres://u@h/db"]);
    assert.equal(status.code, 2);
    assert.match(status.err, /unknown status "lost": use one of queued, running, failed, parked, done/);
  });
});

describe("queue commands on PostgreSQL", { skip: PG_SKIP }, () => {
  let site: TestSite;
  let db: string;
  before(async () => {
    site = await startTestSite();
    site.pages.set("/feed.xml", { body: rssFeed(site.base, [1, 2, 404]), type: "application/rss+xml", etag: '"f1"' });
    site.pages.set("/a/1.html", { body: articleHtml(1) });
    site.pages.set("/a/2.html", { body: articleHtml(2) });
    db = freshSchemaUrl();
  });
  after(async () => {
    await site.close();
    await dropTestSchemas();
  });

  it("watch --once queues the feed's items, then finds it unchanged", async () => {
    const feed = `${site.base}/feed.xml`;
    const first = await cli(["watch", feed, "--once", "--allow-private"], { FOGLINE_DB: db });
    assert.deepEqual([first.code, first.err], [0, `${feed}: 3 items, 3 new\n`]);
    const second = await cli(["watch", feed, "--once", "--allow-private", "--db", db]);
    assert.deepEqual([second.code, second.err], [0, `${feed}: unchanged\n`]);
  });

  it("worker --until-empty ingests the articles and parks the missing page with its reason", async () => {
    const r = await cli(["worker", "--until-empty", "--allow-private", "--host-interval", "0", "--idle", "20ms", "--concurrency", "1", "--db", db]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, new RegExp(`^done ${site.base}/a/1\\.html: 3 claims$`, "m"));
    assert.match(r.err, new RegExp(`^parked ${site.base}/a/404\\.html: HTTP 404 Not Found$`, "m"));
    assert.match(r.err, /^worker: 2 done \(2 new articles\), 0 to retry, 1 parked$/m);
    const claims = await cli(["claims", "--db", db]);
    assert.equal(claims.code, 0);
    assert.match(claims.out, /Pokrovsk/);
  });

  it("jobs lists what is not done, with reasons; --status done the rest", async () => {
    const r = await cli(["jobs", "--db", db]);
    assert.equal(r.code, 0);
    assert.deepEqual(r.out.split("\n"), [
      "0 queued, 0 running, 0 failed, 1 parked, 2 done",
      `#3  parked  try 1/5  ${site.base}/a/404.html  HTTP 404 Not Found`,
      "",
    ]);
    const done = await cli(["jobs", "--status", "done", "--format", "jsonl", "--db", db]);
    assert.deepEqual(done.out.trim().split("\n").map((l) => JSON.parse(l)).map((j) => [j.url, j.status, j.claims]),
      [[`${site.base}/a/1.html`, "done", 3], [`${site.base}/a/2.html`, "done", 3]]);
  });

  it("watch --every polls again and again until SIGTERM, then exits 0", async () => {
    const bin = fileURLToPath(new URL("../../../bin/fogline.js", import.meta.url));
    const child = spawn(process.execPath, [bin, "watch", `${site.base}/feed.xml`, "--every", "150ms", "--allow-private", "--db", db],
      { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, FOGLINE_DB: "" } });
    let err = "";
    const polled = new Promise<void>((resolve) => child.stderr.on("data", (d: Buffer) => {
      err += d.toString();
      if ((err.match(/: unchanged$/gm) ?? []).length >= 3) resolve();
    }));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    await polled;
    child.kill("SIGTERM");
    assert.equal(await exited, 0, err);
    const asked = site.requests.filter((r) => r.path === "/feed.xml");
    assert.ok(asked.length >= 5 && asked.slice(2).every((r) => r.ifNoneMatch === '"f1"' && r.status === 304), JSON.stringify(asked));
  });
});
