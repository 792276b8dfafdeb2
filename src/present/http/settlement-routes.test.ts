import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fakeApp, getJson, postJson } from "./testing/fake-app.js";

type App = Awaited<ReturnType<typeof fakeApp>>;

/** The disputed capture of Pokrovsk in the fixtures: one source asserts it, another denies it. */
async function capture({ app }: App): Promise<any> {
  const { body } = await getJson(app, "/api/claims?q=denied%20that%20Pokrovsk");
  const denial = body.items[0];
  return (await getJson(app, "/api/propositions?limit=1000")).body.items.find((p: any) => p.claims.includes(denial.id));
}

const settle = (ctx: App, id: string, body: unknown, headers: Record<string, string> = {}) =>
  postJson(ctx.app, `/api/propositions/${encodeURIComponent(id)}/settle`, body, headers);

describe("settlement API and track records", () => {
  it("settles a proposition true: the asserting source held, the denying one failed, in /api/sources and each source's page", async () => {
    const ctx = await fakeApp();
    const p = await capture(ctx);
    assert.equal((await getJson(ctx.app, `/api/propositions/${p.id}/settlement`)).body.settlement, null);
    const r = await settle(ctx, p.id, { holds: true, from: "2025-12-01", basis: "geolocated footage", link: "https://example.org/flag", reviewer: "ana" });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.reviewer, "ana");
    const read = (await getJson(ctx.app, `/api/propositions/${p.id}/settlement`)).body;
    assert.equal(read.settlement.id, r.body.id);
    assert.equal(read.settlement.basis, "geolocated footage");
    const asserter = p.primary_sources.find((s: any) => s.stance === "asserted");
    const denier = p.primary_sources.find((s: any) => s.stance === "denied");
    assert.ok(asserter && denier, "the fixture's capture is disputed");
    const listed = (await getJson(ctx.app, "/api/sources?limit=1000")).body.items;
    assert.equal(listed.find((s: any) => s.name === asserter.name && s.side === asserter.side).record.held, 1);
    assert.equal(listed.find((s: any) => s.name === denier.name && s.side === denier.side).record.failed, 1);
    const page = (await getJson(ctx.app, `/api/sources/${encodeURIComponent(denier.name)}?side=${denier.side}`)).body;
    assert.equal(page.record.failed, 1);
    assert.equal(page.record.entries[0].proposition, p.id);
    assert.equal(page.record.entries[0].outcome, "failed");
    assert.equal(typeof page.record.entries[0].leadDays, "number");
    const all = (await getJson(ctx.app, "/api/sources/records")).body.items;
    assert.ok(all.some((x: any) => x.name === asserter.name && x.held === 1));
    const undone = await postJson(ctx.app, `/api/settlements/${r.body.id}/undo`, {});
    assert.equal(undone.status, 201);
    assert.equal((await getJson(ctx.app, `/api/propositions/${p.id}/settlement`)).body.settlement, null);
    assert.equal((await getJson(ctx.app, `/api/sources/${encodeURIComponent(denier.name)}?side=${denier.side}`)).body.record.failed, 0);
    assert.equal((await postJson(ctx.app, `/api/settlements/${r.body.id}/undo`, {})).status, 409);
  });

  it("refuses bad input with a 4xx and writes nothing", async () => {
    const ctx = await fakeApp();
    const p = await capture(ctx);
    const good = { holds: true, from: "2025-12-01", basis: "official admission" };
    const refusals: [unknown, number, string][] = [
      [{ ...good, holds: "maybe" }, 400, "bad-settlement"],
      [{ ...good, holds: undefined }, 400, "bad-settlement"],
      [{ ...good, from: "2025-02-30" }, 400, "bad-settlement"],
      [{ ...good, from: "yesterday" }, 400, "bad-settlement"],
      [{ ...good, basis: " " }, 400, "bad-settlement"],
      [{ ...good, link: "javascript:alert(1)" }, 400, "bad-settlement"],
      [{ ...good, figure: "many" }, 400, "bad-settlement"],
      [{ ...good, claim: "c-nowhere" }, 404, "unknown-claim"],
      ["{not json", 400, "bad-json"],
    ];
    for (const [body, status, code] of refusals) {
      const r = await settle(ctx, p.id, body);
      assert.equal(r.status, status, JSON.stringify(body));
      assert.equal(r.body.error.code, code, JSON.stringify(body));
    }
    const unknown = await settle(ctx, "p-nowhere", good);
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, "unknown-proposition");
    assert.equal((await getJson(ctx.app, "/api/propositions/p-nowhere/settlement")).status, 404);
    assert.equal((await postJson(ctx.app, "/api/settlements/set_nowhere/undo", {})).status, 404);
    assert.equal((await getJson(ctx.app, "/api/sources/Nobody")).status, 404);
    assert.equal((await getJson(ctx.app, "/api/sources/Nobody?side=martian")).status, 400);
    assert.deepEqual(await ctx.store.settlementEvents(), []);
  });

  it("goes through the write guard, and is described in the OpenAPI document", async () => {
    const ctx = await fakeApp({ token: "s3cret" });
    const p = await capture(ctx);
    const good = { holds: false, from: "2025-12", basis: "later assessment", figure: 12 };
    assert.equal((await settle(ctx, p.id, good)).status, 401);
    assert.equal((await settle(ctx, p.id, good, { authorization: "Bearer s3cret", origin: "https://evil.example" })).status, 403);
    assert.deepEqual(await ctx.store.settlementEvents(), []);
    const ok = await settle(ctx, p.id, good, { authorization: "Bearer s3cret", "x-fogline-reviewer": "desk" });
    assert.equal(ok.status, 201);
    assert.equal(ok.body.reviewer, "desk");
    assert.equal(ok.body.figure, 12);
    const spec = (await getJson(ctx.app, "/api/openapi.json")).body;
    for (const path of ["/api/propositions/{id}/settle", "/api/settlements/{id}/undo", "/api/propositions/{id}/settlement", "/api/sources/{name}", "/api/sources/records"]) {
      assert.ok(spec.paths[path], path);
    }
  });
});
