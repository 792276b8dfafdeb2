// ?as_of= on the read routes, over the real stages and the seed articles (issue 14's acceptance): on
// 30 November the ledger holds the three November articles and nothing of the 1 December capture; on
// 2 December that capture is disputed.
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
const NOVEMBER = ["000_9199023164c272a8", "003_06d931588f4a1971", "004_f7302e12f5f718de"];

interface ClaimBody { id: string; doc: string; kind: string; time: { start: string | null } | null }
interface PropositionBody { id: string; kind: string; status: string; place: { name: string } | null; time: { start: string | null } | null; claims: string[] }

describe("?as_of= on the read API", { skip: seeds === null && "seed articles not found" }, () => {
  let store: LedgerStore;
  let app: Hono;
  before(async () => {
    store = openSqliteStore(":memory:");
    const pipeline = createPipeline();
    await pipeline.ingest(store, [seeds!]);
    app = createApp({ store, pipeline });
  });
  after(() => store?.close());

  const captureOf = (ps: PropositionBody[]) => ps.find((p) => p.kind === "control" && p.place?.name === "Pokrovsk" && p.time?.start === "2025-12-01");

  it("on 30 November holds only the three November articles and no claim of the 1 December capture", async () => {
    const docs = await getJson(app, "/api/documents?as_of=2025-11-30");
    assert.deepEqual(docs.body.items.map((d: { id: string }) => d.id).sort(), NOVEMBER);
    const claims = await getJson(app, "/api/claims?as_of=2025-11-30&limit=1000");
    assert.ok(claims.body.total > 0);
    assert.deepEqual([...new Set(claims.body.items.map((c: ClaimBody) => c.doc))].sort(), NOVEMBER);
    assert.ok(!claims.body.items.some((c: ClaimBody) => c.time?.start?.startsWith("2025-12")));
    const props = await getJson(app, "/api/propositions?as_of=2025-11-30&limit=1000");
    assert.equal(captureOf(props.body.items), undefined);
    const now = await getJson(app, "/api/claims?limit=1000");
    assert.ok(now.body.total > claims.body.total);
    const res = await app.request("/api/claims?as_of=2025-11-30&limit=1");
    assert.ok(res.headers.get("content-security-policy"), "the as-of answer carries the security headers");
  });

  it("on 2 December shows that capture disputed, in the list, the disputes and its own page", async () => {
    const props = await getJson(app, "/api/propositions?as_of=2025-12-02&place=Pokrovsk&limit=1000");
    const capture = captureOf(props.body.items);
    assert.equal(capture?.status, "disputed");
    const disputes = await getJson(app, "/api/disputes?as_of=2025-12-02");
    assert.ok(disputes.body.items.some((d: { proposition: { id: string } }) => d.proposition.id === capture!.id));
    const one = await getJson(app, `/api/propositions/${capture!.id}?as_of=2025-12-02`);
    assert.equal(one.status, 200);
    assert.equal(one.body.proposition.status, "disputed");
    assert.equal((await getJson(app, `/api/propositions/${capture!.id}?as_of=2025-11-30`)).status, 404);
  });

  it("counts a place's claims of that day on the places, map and timeline routes", async () => {
    const then = await getJson(app, "/api/places/Pokrovsk?as_of=2025-11-30");
    const now = await getJson(app, "/api/places/Pokrovsk");
    assert.equal(then.status, 200);
    assert.ok(then.body.claims > 0 && then.body.claims < now.body.claims, `${then.body.claims} < ${now.body.claims}`);
    const timeline = await getJson(app, "/api/places/Pokrovsk/timeline?as_of=2025-11-30");
    assert.equal(timeline.status, 200);
    assert.ok(!JSON.stringify(timeline.body).includes("2025-12-01"));
    const map = await getJson(app, "/api/map?as_of=2025-11-30");
    assert.equal(map.status, 200);
    const status = await getJson(app, "/api/status?as_of=2025-11-30");
    assert.ok(status.body.claims < (await getJson(app, "/api/status")).body.claims);
  });

  it("refuses a day that is not YYYY-MM-DD, an unknown basis, and writes", async () => {
    for (const q of ["as_of=2025-11", "as_of=2025-02-30", "as_of=tomorrow", "as_of=2025-11-30&as_of_basis=maybe", "as_of_basis=ingested"]) {
      const r = await getJson(app, `/api/claims?${q}`);
      assert.equal(r.status, 400, q);
      assert.equal(r.body.error.code, "bad-query", q);
    }
    const write = await postJson(app, "/api/documents?as_of=2025-11-30", { text: "x", outlet: "y" });
    assert.equal(write.status, 400);
  });

  it("reads the ingestion day with as_of_basis=ingested", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const stored = await getJson(app, `/api/claims?as_of=${today}&as_of_basis=ingested&limit=1`);
    assert.equal(stored.body.total, (await getJson(app, "/api/claims?limit=1")).body.total);
    const before = await getJson(app, "/api/claims?as_of=2000-01-01&as_of_basis=ingested");
    assert.equal(before.body.total, 0);
  });
});
