// The worker in-process against a local site and a real PostgreSQL: each item followed to its full
// article, failures retried then parked with their reason, robots.txt obeyed, fetches from one host spaced.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createPipeline, type FoglinePipeline } from "../pipeline.js";
import { openPostgresStore, type PostgresStore } from "../store/postgres/postgres-store.js";
import { dropTestSchemas, freshSchemaUrl, PG_SKIP } from "../store/postgres/pg-test-database.js";
import { pollFeed } from "./feed-poller.js";
import { runWorker, type WorkerOptions } from "./ingest-worker.js";
import { openJobQueue, type JobQueue } from "./job-queue.js";
import { articleHtml, articlePages, articleSentences, startTestSite, type TestSite } from "./queue-test-site.js";

const FAST: WorkerOptions = { allowPrivateAddresses: true, untilEmpty: true, idleMs: 20, hostIntervalMs: 0, leaseMs: 5000, retry: { baseMs: 30, maxMs: 100 } };

describe("ingest worker", { skip: PG_SKIP }, () => {
  let site: TestSite;
  let pipeline: FoglinePipeline;
  before(async () => {
    site = await startTestSite();
    pipeline = createPipeline();
  });
  after(async () => {
    await site.close();
    await dropTestSchemas();
  });

  async function fresh(maxAttempts = 5): Promise<{ queue: JobQueue; store: PostgresStore; done: () => Promise<void> }> {
    const url = freshSchemaUrl();
    const store = await openPostgresStore(url);
    const queue = await openJobQueue(url, { maxAttempts });
    return { queue, store, done: async () => { await queue.close(); await store.close(); } };
  }

  it("follows each feed item to its full article, not the teaser, and stores it with its claims", async () => {
    for (const [path, page] of Object.entries(articlePages(3, 0, site.base))) site.pages.set(path, page);
    site.pages.set("/a/3.html", { body: articleHtml(3, { published: false }) });
    const { queue, store, done } = await fresh();
    try {
      await pollFeed(queue, `${site.base}/feed.xml`, { allowPrivateAddresses: true });
      const summary = await runWorker(queue, store, pipeline, FAST);
      assert.deepEqual(summary, { done: 3, added: 3, failed: 0, parked: 0 });
      const articles = await store.articles();
      assert.equal(articles.length, 3);
      const first = articles.find((a) => a.url === `${site.base}/a/1.html`)!;
      assert.ok(first.text.includes(articleSentences(1)[0]), first.text);
      assert.ok(!first.text.includes("Read more"));
      assert.deepEqual([first.title, first.outlet, first.published], ["Report 1", "Test Wire", "2025-11-11"]);
      const third = articles.find((a) => a.url === `${site.base}/a/3.html`)!;
      assert.equal(third.published, "2025-11-14", "the feed's date fills in for a page without one");
      assert.ok(articles.every((a) => a.claimCount >= 2), JSON.stringify(articles.map((a) => a.claimCount)));
      assert.ok((await store.countPropositions()) > 0, "reconciled");
      const jobs = await queue.list(["done"]);
      assert.deepEqual(jobs.map((j) => j.claims), articles.sort((a, b) => (a.url! < b.url! ? -1 : 1)).map((a) => a.claimCount));
    } finally {
      await done();
    }
  });

  it("retries a server error with backoff, parks a missing page at once, and parks after the last try", async () => {
    site.pages.set("/flaky.html", { body: articleHtml(7), status: 503 });
    site.pages.set("/down.html", { body: "", status: 500 });
    const { queue, store, done } = await fresh(3);
    try {
      await queue.enqueue([{ url: `${site.base}/flaky.html` }, { url: `${site.base}/gone.html` }, { url: `${site.base}/down.html` }]);
      const events: string[] = [];
      setTimeout(() => site.pages.set("/flaky.html", { body: articleHtml(7) }), 60);
      const summary = await runWorker(queue, store, pipeline, { ...FAST, concurrency: 1, retry: { baseMs: 100, maxMs: 1000 }, onEvent: (e) => events.push(`${e.type} ${e.job.url.split("/").pop()}`) });
      assert.equal(summary.done, 1);
      assert.equal(summary.parked, 2);
      const parked = await queue.list(["parked"]);
      assert.deepEqual(parked.map((j) => [j.url.split("/").pop(), j.attempts, j.reason]), [
        ["gone.html", 1, "HTTP 404 Not Found"],
        ["down.html", 3, "HTTP 500 Internal Server Error"],
      ]);
      const [flaky] = await queue.list(["done"]);
      assert.ok(flaky.attempts >= 2, `flaky retried: ${flaky.attempts}`);
      const [a, b, c] = site.requests.filter((r) => r.path === "/down.html").map((r) => r.at);
      assert.ok(b - a >= 100 && c - b >= 200, `backoff doubles from 100 ms: ${b - a}, ${c - b}`);
      assert.equal((await store.articles()).length, 1);
    } finally {
      await done();
    }
  });

  it("obeys robots.txt: a disallowed page is parked with the reason, never fetched", async () => {
    const robotsSite = await startTestSite({
      "/robots.txt": { body: "User-agent: *\nDisallow: /private/\n", type: "text/plain" },
      "/private/1.html": { body: articleHtml(1) },
      "/open/2.html": { body: articleHtml(2) },
    });
    const { queue, store, done } = await fresh();
    try {
      await queue.enqueue([{ url: `${robotsSite.base}/private/1.html` }, { url: `${robotsSite.base}/open/2.html` }]);
      assert.deepEqual(await runWorker(queue, store, pipeline, FAST), { done: 1, added: 1, failed: 0, parked: 1 });
      const [parked] = await queue.list(["parked"]);
      assert.match(parked.reason ?? "", /refused by http:\/\/127\.0\.0\.1:\d+\/robots\.txt/);
      assert.deepEqual(robotsSite.requests.map((r) => r.path).filter((p) => p !== "/robots.txt"), ["/open/2.html"]);
      assert.equal(robotsSite.requests.filter((r) => r.path === "/robots.txt").length, 1, "asked once per site");
    } finally {
      await done();
      await robotsSite.close();
    }
  });

  it("spaces fetches from one host by the host interval, whatever the concurrency", async () => {
    const paced = await startTestSite(Object.fromEntries([1, 2, 3, 4].map((n) => [`/a/${n}.html`, { body: articleHtml(n) }])));
    const { queue, store, done } = await fresh();
    try {
      await queue.enqueue([1, 2, 3, 4].map((n) => ({ url: `${paced.base}/a/${n}.html` })));
      await runWorker(queue, store, pipeline, { ...FAST, concurrency: 4, hostIntervalMs: 200, robots: false });
      const times = paced.requests.map((r) => r.at).sort((a, b) => a - b);
      assert.equal(times.length, 4);
      // Slots are 200 ms apart; a fetch may reach the site a little after its slot began.
      for (let i = 1; i < times.length; i++) assert.ok(times[i] - times[i - 1] >= 120, `gaps ${times.map((t) => t - times[0])}`);
      assert.ok(times[3] - times[0] >= 540, `span ${times[3] - times[0]}`);
    } finally {
      await done();
      await paced.close();
    }
  });
});
