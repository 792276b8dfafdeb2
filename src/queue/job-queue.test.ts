// The queue table against a real PostgreSQL: deduplication by URL, one taker per job under a race,
// leases that run out, fenced completion, backoff then parking, the shared host slots, the reconcile lock.
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import type { FoglineError } from "../claims/index.js";
import { dropTestSchemas, freshSchemaUrl, PG_SKIP } from "../store/postgres/pg-test-database.js";
import { openJobQueue, type JobQueue } from "./job-queue.js";

after(dropTestSchemas);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const urls = (n: number) => Array.from({ length: n }, (_, i) => ({ url: `https://example.org/a/${i + 1}` }));

async function withQueue(fn: (queue: JobQueue, url: string) => Promise<void>, maxAttempts = 5): Promise<void> {
  const url = freshSchemaUrl();
  const queue = await openJobQueue(url, { maxAttempts, poolSize: 12 });
  try {
    await fn(queue, url);
  } finally {
    await queue.close();
  }
}

describe("job queue", () => {
  it("refuses a SQLite ledger in one line", async () => {
    await assert.rejects(openJobQueue("fogline.db"), (e: FoglineError) =>
      e.code === "queue-needs-postgres" && e.toLine() === "the job queue needs PostgreSQL: --db postgres://… (fogline.db is a SQLite ledger)");
  });
});

describe("job queue on PostgreSQL", { skip: PG_SKIP }, () => {
  it("queues each URL once, however often it is offered", () => withQueue(async (queue) => {
    assert.equal(await queue.enqueue(urls(3)), 3);
    assert.equal(await queue.enqueue([...urls(4), { url: "https://example.org/a/1" }]), 1);
    assert.deepEqual((await queue.list()).map((j) => j.url), urls(4).map((u) => u.url));
  }));

  it("gives each job to one taker when ten race for five", () => withQueue(async (queue) => {
    await queue.enqueue(urls(5));
    const taken = await Promise.all(Array.from({ length: 10 }, (_, i) => queue.take(`w${i}`, 60_000)));
    const ids = taken.filter((j) => j !== null).map((j) => j!.id);
    assert.equal(ids.length, 5);
    assert.equal(new Set(ids).size, 5);
    assert.deepEqual(await queue.counts(), { queued: 0, running: 5, failed: 0, parked: 0, done: 0 });
  }));

  it("takes a job again once its lease runs out, and the first holder can no longer complete it", () => withQueue(async (queue) => {
    await queue.enqueue(urls(1));
    const first = (await queue.take("dead", 400))!;
    assert.equal(await queue.take("other", 400), null, "leased: not given twice");
    await sleep(450);
    const second = (await queue.take("alive", 60_000))!;
    assert.equal(second.id, first.id);
    assert.equal(second.attempts, 2);
    assert.equal(await queue.complete(first, "x", 0), false, "the lost lease is fenced off");
    assert.equal(await queue.complete(second, "doc-1", 4), true);
    assert.deepEqual((await queue.list(["done"])).map((j) => [j.status, j.docId, j.claims, j.worker]), [["done", "doc-1", 4, "alive"]]);
  }));

  it("keeps a job whose lease is renewed", () => withQueue(async (queue) => {
    await queue.enqueue(urls(1));
    const job = (await queue.take("w", 400))!;
    for (let i = 0; i < 3; i++) { await sleep(200); assert.equal(await queue.renew(job, 400), true); }
    assert.equal(await queue.take("thief", 400), null);
  }));

  it("retries a failure after its backoff, then parks it with its reason", () => withQueue(async (queue) => {
    await queue.enqueue(urls(1));
    const one = (await queue.take("w", 60_000))!;
    assert.equal(await queue.fail(one, "HTTP 503 Service Unavailable", 500), "failed");
    assert.equal(await queue.take("w", 60_000), null, "not before its backoff");
    const [waiting] = await queue.list(["failed"]);
    assert.equal(waiting.reason, "HTTP 503 Service Unavailable");
    assert.ok(waiting.runAt.getTime() > Date.now() + 100);
    await sleep(550);
    const two = (await queue.take("w", 60_000))!;
    assert.equal(two.attempts, 2);
    assert.equal(await queue.fail(two, "HTTP 503 again", 10), "parked");
    assert.deepEqual((await queue.list(["parked"])).map((j) => [j.attempts, j.reason]), [[2, "HTTP 503 again"]]);
    assert.equal(await queue.hasPending(), false);
  }, 2));

  it("parks a permanent failure at once", () => withQueue(async (queue) => {
    await queue.enqueue(urls(1));
    assert.equal(await queue.fail((await queue.take("w", 60_000))!, "HTTP 404 Not Found", 10, true), "parked");
  }));

  it("parks a job whose worker died on its last try", () => withQueue(async (queue) => {
    await queue.enqueue(urls(1));
    await queue.take("w", 50);
    await sleep(80);
    await queue.take("w", 50);
    await sleep(80);
    assert.equal(await queue.take("w", 50), null);
    const [parked] = await queue.list(["parked"]);
    assert.match(parked.reason ?? "", /worker stopped mid-job on every try \(lease ran out 2 times\)/);
  }, 2));

  it("spaces fetches from one host across all takers, and leaves other hosts alone", () => withQueue(async (queue, url) => {
    const other = await openJobQueue(url);
    try {
      // A slot starts when the reservation answered plus its wait; the answers may come late under load.
      const slots = await Promise.all([queue, other, queue, other].map(async (q) => {
        const wait = await q.reserveHostSlot("news.example:443", 300);
        return { wait, start: Date.now() + wait };
      }));
      const starts = slots.map((s) => s.start).sort((a, b) => a - b);
      assert.equal(Math.min(...slots.map((s) => s.wait)), 0, "the first waits nothing");
      for (let i = 1; i < 4; i++) assert.ok(starts[i] - starts[i - 1] >= 220, `slots ${starts.map((t) => t - starts[0])}`);
      assert.ok((await queue.reserveHostSlot("elsewhere.example", 300)) <= 5);
    } finally {
      await other.close();
    }
  }));

  it("reconciles one worker at a time per scope, across connections, and different scopes at once", () => withQueue(async (queue, url) => {
    const other = await openJobQueue(url);
    const log: string[] = [];
    const hold = (q: JobQueue, name: string, scopes: string[]) =>
      q.reconciling(scopes, async () => { log.push(`${name}+`); await sleep(80); log.push(`${name}-`); });
    try {
      await Promise.all([hold(queue, "a", ["place:Kherson", "group:x"]), hold(other, "b", ["group:x"]), hold(queue, "c", ["place:Kherson"])]);
      // a shares a scope with b and with c: neither overlaps a (b and c share none and may overlap).
      const at = (e: string) => log.indexOf(e);
      for (const x of ["b", "c"]) assert.ok(at(`${x}+`) > at("a-") || at(`${x}-`) < at("a+"), log.join(" "));
      log.length = 0;
      await Promise.all([hold(queue, "d", ["place:Kherson"]), hold(other, "e", ["place:Sumy"])]);
      assert.deepEqual(log.slice(0, 2).sort(), ["d+", "e+"], `both in at once: ${log.join(" ")}`);
    } finally {
      await other.close();
    }
  }));
});
