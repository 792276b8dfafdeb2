// The ledger as of a day must be the ledger built from that day's articles alone: every proposition,
// status and claim the same as a fresh ledger of only those articles would hold.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import type { Article, Proposition } from "../claims/index.js";
import { createPipeline } from "../pipeline.js";
import { readInputs } from "../read/index.js";
import { createReconciler } from "../reconcile/index.js";
import { openSqliteStore, type LedgerStore } from "../store/index.js";
import { openAsOf } from "./as-of-store.js";
import { parseAsOf } from "./as-of.js";
import { dropTestSchemas, freshSchemaUrl, PG_SKIP } from "../store/postgres/pg-test-database.js";
import { openPostgresStore } from "../store/postgres/postgres-store.js";

const seeds = fileURLToPath(new URL("../../examples/seeds/", import.meta.url));
const pipeline = createPipeline();
const byId = (ps: Proposition[]) => [...ps].sort((a, b) => (a.id < b.id ? -1 : 1));

describe("the ledger as of a day", () => {
  let articles: Article[] = [];
  let full: LedgerStore;
  before(async () => {
    for await (const item of readInputs([seeds])) if (item.article) articles.push(item.article);
    full = openSqliteStore(":memory:");
    for (const a of articles) await pipeline.ingestArticle(full, a);
  });
  after(() => full.close());

  const asOf = (day: string) => openAsOf(full, { asOf: parseAsOf(day), reconciler: createReconciler(), places: pipeline.places });

  it("after every article is the ledger as stored", async () => {
    const now = asOf("2030-01-01");
    assert.deepEqual(byId(await now.propositions({ limit: 1000 })), byId(await full.propositions({ limit: 1000 })));
    assert.equal(await now.countClaims(), await full.countClaims());
  });

  for (const day of ["2025-11-07", "2025-11-30", "2025-12-01", "2025-12-02"]) {
    it(`on ${day} is a ledger built from the articles published by then alone`, async () => {
      const fresh = openSqliteStore(":memory:");
      const kept = articles.filter((a) => a.published !== null && a.published <= day);
      assert.ok(kept.length > 0 && kept.length <= articles.length);
      for (const a of kept) await pipeline.ingestArticle(fresh, a);
      const then = asOf(day);
      assert.deepEqual(byId(await then.propositions({ limit: 1000 })), byId(await fresh.propositions({ limit: 1000 })));
      assert.deepEqual((await then.claims()).map((c) => c.id), (await fresh.claims()).map((c) => c.id));
      assert.deepEqual(await then.places(), await fresh.places());
      for (const status of ["disputed", "single_source"] as const) {
        assert.equal(await then.countPropositions({ status }), await fresh.countPropositions({ status }), status);
        assert.deepEqual((await then.claims({ status })).map((c) => c.id).sort(), (await fresh.claims({ status })).map((c) => c.id).sort(), status);
      }
      for (const place of await fresh.places()) {
        const at = { place: place.id ?? place.name, limit: 1000 };
        assert.deepEqual(byId(await then.propositions(at)), byId(await fresh.propositions(at)), place.name);
      }
      const some = (await fresh.propositions({ limit: 3 }));
      for (const p of some) assert.deepEqual(await then.proposition(p.id), p);
      await fresh.close();
    });
  }

  it("pages and filters as the store does", async () => {
    const then = asOf("2025-11-30");
    const all = await then.propositions({ place: "Pokrovsk" });
    assert.ok(all.length > 1);
    assert.deepEqual(await then.propositions({ place: "Pokrovsk", offset: 1, limit: 1 }), all.slice(1, 2));
    assert.ok(all.every((p) => p.place?.name === "Pokrovsk"));
  });

  it("knows no article published after the day, and refuses writes", async () => {
    const then = asOf("2025-11-30");
    assert.equal(await then.article("002_b9ed40c8718096b7"), null);
    assert.ok(await then.article("003_06d931588f4a1971"));
    await assert.rejects(then.addArticle(articles[0], []), /read-only/);
  });
});

describe("the ledger as of a day on PostgreSQL", { skip: PG_SKIP }, () => {
  after(() => dropTestSchemas());

  it("holds what SQLite holds as of the same days", async () => {
    const articles: Article[] = [];
    for await (const item of readInputs([seeds])) if (item.article) articles.push(item.article);
    const [lite, pg] = [openSqliteStore(":memory:"), await openPostgresStore(freshSchemaUrl())];
    try {
      for (const a of articles) { await pipeline.ingestArticle(lite, a); await pipeline.ingestArticle(pg, a); }
      for (const day of ["2025-11-30", "2025-12-02"]) {
        const [a, b] = [lite, pg].map((s) => openAsOf(s, { asOf: parseAsOf(day), reconciler: createReconciler(), places: pipeline.places }));
        assert.deepEqual(byId(await b.propositions({ limit: 1000 })), byId(await a.propositions({ limit: 1000 })), day);
        assert.deepEqual((await b.claims()).map((c) => c.id).sort(), (await a.claims()).map((c) => c.id).sort(), day);
        assert.deepEqual(await b.places(), await a.places(), day);
      }
    } finally {
      await lite.close();
      await pg.close();
    }
  });
});
