// Full-text syntax abuse over HTTP on the real SQLite store: every FTS5 operator is looked up as a word
// (answered promptly, 200), and searches past the limits are a 400 naming the limit.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Hono } from "hono";
import { createPipeline } from "../../pipeline.js";
import { openSqliteStore, SEARCH_LIMITS } from "../../store/index.js";
import type { LedgerStore } from "../../store/ledger-store.js";
import { createApp } from "./create-app.js";
import { getJson } from "./testing/fake-app.js";
import { createFakeStore } from "./testing/fake-store.js";
import { createFakePipeline } from "./testing/fake-pipeline.js";
import { seedFixtures } from "./testing/fixtures.js";
import { FoglineError } from "../../claims/index.js";

const SYNTAX = ["NEAR(", "NEAR(a b, 2)", '"', '""', '"unterminated', "*", "troop*", "-", "-troops", "AND OR NOT", "troops AND", "NOT troops",
  "col:x", "(troops)", "evidence_text:troops", "{evidence_text}:x", "^troops", "(", ")", "((((", "a + b", "troops OR 1=1", "'; DROP TABLE claims; --", "\\", "%", "_"];

describe("search input over HTTP", () => {
  let store: LedgerStore;
  let app: Hono;
  before(async () => {
    store = openSqliteStore(":memory:");
    const pipeline = createPipeline();
    await seedFixtures(store, pipeline);
    app = createApp({ store, pipeline });
  });
  after(() => store?.close());

  for (const route of ["/api/propositions", "/api/claims"]) {
    it(`${route}: query syntax is looked up as words, promptly`, async () => {
      for (const q of SYNTAX) {
        const t = performance.now();
        const { status, body } = await getJson(app, `${route}?q=${encodeURIComponent(q)}`);
        assert.equal(status, 200, `${q}: ${JSON.stringify(body)}`);
        assert.ok(Array.isArray(body.items), q);
        if (["troops", "-troops", "^troops", "(troops)"].includes(q)) assert.ok(body.items.length > 0, `${q} finds the word`);
        assert.ok(performance.now() - t < 2000, `${q} took ${performance.now() - t} ms`);
      }
    });

    it(`${route}: searches past the limits are a 400 naming the limit`, async () => {
      for (const q of ["w ".repeat(SEARCH_LIMITS.terms + 1), "x".repeat(SEARCH_LIMITS.termChars + 1), "a ".repeat(SEARCH_LIMITS.chars)]) {
        const { status, body } = await getJson(app, `${route}?q=${encodeURIComponent(q)}`);
        assert.equal(status, 400, q.slice(0, 20));
        assert.equal(body.error.code, "bad-search");
        assert.match(body.error.message, /limit is \d+/);
      }
    });
  }

  it("answers a search stopped by its time budget with 503 and Retry-After", async () => {
    const fake = createFakeStore();
    fake.propositions = () => Promise.reject(new FoglineError("search-timeout", "the search ran past its budget of 5 ms and was stopped"));
    const slow = createApp({ store: fake, pipeline: createFakePipeline() });
    const res = await slow.request("/api/propositions?q=troops");
    assert.equal(res.status, 503);
    assert.equal(res.headers.get("retry-after"), "5");
    assert.equal((await res.json()).error.code, "search-timeout");
  });
});
