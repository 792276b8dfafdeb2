// The API over the real stages (SQLite store, pipeline) and the seed articles: shapes hold end to end.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Hono } from "hono";
import { createPipeline } from "../../pipeline.js";
import { openSqliteStore } from "../../store/index.js";
import type { LedgerStore } from "../../store/ledger-store.js";
import { createApp } from "./create-app.js";
import { getJson, postJson } from "./testing/fake-app.js";
import { seedsFolder } from "./testing/seeds-folder.js";

const seeds = seedsFolder();

describe("API over the real ledger", { skip: seeds === null && "seed articles not found" }, () => {
  let store: LedgerStore;
  let app: Hono;

  before(async () => {
    store = openSqliteStore(":memory:");
    const pipeline = createPipeline();
    await pipeline.ingest(store, [seeds!]);
    app = createApp({ store, pipeline });
  });
  after(() => store?.close());

  it("lists the seed documents with their outlets", async () => {
    const { body } = await getJson(app, "/api/documents");
    assert.equal(body.items.length, 5);
    assert.ok(body.items.some((d: { outlet: string }) => d.outlet === "The Moscow Times"));
  });

  it("has the disputed control of Pokrovsk, with asserting and denying sources and verbatim evidence", async () => {
    const list = await getJson(app, "/api/propositions?place=Pokrovsk&kind=control&status=disputed");
    assert.ok(list.body.total >= 1);
    const { body } = await getJson(app, `/api/propositions/${list.body.items[0].id}`);
    const stances = new Set(body.sources.filter((s: { claimIds: string[] }) => s.claimIds.length).map((s: { stance: string }) => s.stance));
    assert.ok(stances.has("asserted"), "an asserting source with claims");
    assert.ok(stances.has("denied") || stances.has("unconfirmed"), "a denying source with claims");
    for (const c of body.claims) {
      const doc = await getJson(app, `/api/documents/${c.doc}`);
      assert.ok(doc.body.document.text.includes(c.evidence.text), c.id);
    }
  });

  it("places Pokrovsk with coordinates and its latest claimed control", async () => {
    const { body } = await getJson(app, "/api/places");
    const pokrovsk = body.items.find((p: { name: string }) => p.name === "Pokrovsk");
    assert.ok(Math.abs(pokrovsk.lat - 48.28) < 0.1);
    assert.ok(pokrovsk.control);
    const timeline = await getJson(app, `/api/places/${encodeURIComponent(pokrovsk.id ?? pokrovsk.name)}/timeline`);
    assert.equal(timeline.status, 200);
    assert.ok(timeline.body.entries.length >= 5);
    assert.ok(timeline.body.figures.length >= 1);
  });

  it("exports CSV, GeoJSON and ClaimReview", async () => {
    assert.ok((await (await app.request("/api/export.csv")).text()).split("\n").length > 10);
    assert.ok((await (await app.request("/api/export.geojson")).json()).features.length >= 1);
    const first = (await getJson(app, "/api/propositions?limit=1")).body.items[0];
    assert.equal((await (await app.request(`/api/propositions/${first.id}/claimreview`)).json())["@type"], "ClaimReview");
  });

  it("ingests pasted text and its claims appear at once", async () => {
    const before = (await getJson(app, "/api/claims?place=Kostiantynivka")).body.total;
    const r = await postJson(app, "/api/documents", { text: "Russia's Defense Ministry said on Tuesday that its forces had captured Kostiantynivka.", outlet: "Test Wire", published: "2025-12-09" });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.ok(r.body.claims >= 1);
    assert.ok((await getJson(app, "/api/claims?place=Kostiantynivka")).body.total > before);
    const control = await getJson(app, "/api/propositions?place=Kostiantynivka&kind=control");
    assert.ok(control.body.total >= 1, "reconciled at once");
  });
});

describe("POST /api/documents {url} over the real reader", () => {
  it("fetches the page on request when private addresses are allowed, and refuses them otherwise", async () => {
    const { createServer } = await import("node:http");
    const page = "<html><head><title>Kramatorsk report</title></head><body><article><h1>Kramatorsk report</h1><p>Russia's Defense Ministry said on Tuesday that its forces had captured Kostiantynivka.</p><p>Ukraine's General Staff denied that Kostiantynivka had been captured.</p></article></body></html>";
    const site = createServer((_req, res) => { res.writeHead(200, { "content-type": "text/html; charset=utf-8" }); res.end(page); });
    await new Promise<void>((done) => site.listen(0, "127.0.0.1", done));
    const url = `http://127.0.0.1:${(site.address() as { port: number }).port}/news/kramatorsk.html`;
    const store = openSqliteStore(":memory:");
    try {
      const refused = await postJson(createApp({ store, pipeline: createPipeline() }), "/api/documents", { url });
      assert.equal(refused.status, 400);
      assert.equal(refused.body.error.code, "url-refused");
      const r = await postJson(createApp({ store, pipeline: createPipeline(), allowPrivateAddresses: true }), "/api/documents", { url });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      assert.ok(r.body.claims >= 1);
    } finally {
      await store.close();
      site.close();
    }
  });
});
