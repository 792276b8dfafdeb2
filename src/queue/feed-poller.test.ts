// Polling feeds from a local site into the queue: conditional requests with the remembered ETag or
// Last-Modified, new items only, and a feed that fails says why.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { dropTestSchemas, freshSchemaUrl, PG_SKIP } from "../store/postgres/pg-test-database.js";
import { pollFeed } from "./feed-poller.js";
import { openJobQueue, type JobQueue } from "./job-queue.js";
import { rssFeed, startTestSite, type TestSite } from "./queue-test-site.js";

describe("feed poller", { skip: PG_SKIP }, () => {
  let site: TestSite;
  let queue: JobQueue;
  const dir = mkdtempSync(join(tmpdir(), "fogline-poll-"));
  const private_ = { allowPrivateAddresses: true };

  before(async () => {
    site = await startTestSite();
    queue = await openJobQueue(freshSchemaUrl());
  });
  after(async () => {
    await queue.close();
    await site.close();
    await dropTestSchemas();
    rmSync(dir, { recursive: true, force: true });
  });

  it("queues a feed's items, then asks with its ETag and queues nothing when answered 304", async () => {
    site.pages.set("/rss.xml", { body: rssFeed(site.base, [1, 2, 3]), type: "application/rss+xml", etag: '"e1"' });
    assert.deepEqual(await pollFeed(queue, `${site.base}/rss.xml`, private_), { feed: `${site.base}/rss.xml`, status: "read", found: 3, enqueued: 3, skipped: 0 });
    assert.deepEqual(await pollFeed(queue, `${site.base}/rss.xml`, private_), { feed: `${site.base}/rss.xml`, status: "unchanged" });
    const asked = site.requests.filter((r) => r.path === "/rss.xml");
    assert.deepEqual(asked.map((r) => [r.ifNoneMatch, r.status]), [[null, 200], ['"e1"', 304]]);
    const [job] = await queue.list();
    assert.deepEqual([job.url, job.title, job.published, job.outlet, job.feed], [`${site.base}/a/1.html`, "Report 1", "2025-11-14", "Test Wire", `${site.base}/rss.xml`]);
  });

  it("queues only the new items of a changed feed", async () => {
    site.pages.set("/rss.xml", { body: rssFeed(site.base, [2, 3, 4, 5]), type: "application/rss+xml", etag: '"e2"' });
    const result = await pollFeed(queue, `${site.base}/rss.xml`, private_);
    assert.deepEqual(result, { feed: `${site.base}/rss.xml`, status: "read", found: 4, enqueued: 2, skipped: 0 });
    assert.equal((await queue.counts()).queued, 5);
  });

  it("remembers Last-Modified when the server gives no ETag", async () => {
    const lastModified = "Fri, 14 Nov 2025 10:00:00 GMT";
    const body = JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "J", items: [{ id: "9", url: `${site.base}/a/9.html` }] });
    site.pages.set("/feed.json", { body, type: "application/feed+json", lastModified });
    assert.equal((await pollFeed(queue, `${site.base}/feed.json`, private_)).status, "read");
    assert.equal((await pollFeed(queue, `${site.base}/feed.json`, private_)).status, "unchanged");
    assert.deepEqual(site.requests.filter((r) => r.path === "/feed.json").map((r) => r.ifModifiedSince), [null, lastModified]);
  });

  it("reads a file of URLs, queueing the ones not seen before", async () => {
    const file = join(dir, "urls.txt");
    writeFileSync(file, `${site.base}/a/1.html\n${site.base}/a/100.html\n`);
    assert.deepEqual(await pollFeed(queue, file), { feed: file, status: "read", found: 2, enqueued: 1, skipped: 0 });
  });

  it("says why a feed could not be read, and refuses a private address unless allowed", async () => {
    assert.deepEqual(await pollFeed(queue, `${site.base}/missing.xml`, private_), { feed: `${site.base}/missing.xml`, status: "failed", reason: "HTTP 404 Not Found" });
    const refused = await pollFeed(queue, `${site.base}/rss.xml`);
    assert.equal(refused.status, "failed");
    assert.match((refused as { reason: string }).reason, /private, loopback or link-local address/);
    site.pages.set("/page.html", { body: "<html><body><p>Not a feed.</p></body></html>" });
    assert.deepEqual(await pollFeed(queue, `${site.base}/page.html`, private_),
      { feed: `${site.base}/page.html`, status: "failed", reason: "not an RSS, Atom or JSON Feed, nor a list of http(s) URLs" });
  });
});
