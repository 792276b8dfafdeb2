import assert from "node:assert/strict";
import type { Hono } from "hono";
import { before, describe, it } from "node:test";
import { fakeApp, getJson } from "./testing/fake-app.js";

describe("read API", () => {
  let app: Hono;
  before(async () => ({ app } = await fakeApp()));

  it("lists propositions with total and paging, filtered by place", async () => {
    const all = await getJson(app, "/api/propositions");
    assert.equal(all.status, 200);
    assert.ok(all.body.total >= 3);
    assert.equal(all.body.limit, 50);
    const pokrovsk = await getJson(app, "/api/propositions?place=Pokrovsk&limit=1");
    assert.equal(pokrovsk.body.items.length, 1);
    assert.ok(pokrovsk.body.total >= 2);
    assert.equal(pokrovsk.body.items[0].place.name, "Pokrovsk");
    const disputed = await getJson(app, "/api/propositions?status=disputed&kind=control");
    assert.equal(disputed.body.items[0].status, "disputed");
  });

  it("refuses unknown filter values with the accepted ones", async () => {
    const r = await getJson(app, "/api/propositions?status=maybe");
    assert.equal(r.status, 400);
    assert.equal(r.body.error.code, "bad-query");
    assert.match(r.body.error.message, /disputed/);
    assert.equal((await getJson(app, "/api/claims?limit=-1")).status, 400);
    assert.equal((await getJson(app, "/api/claims?from=yesterday")).status, 400);
  });

  it("gives one proposition with its claims grouped by primary source and their outlets", async () => {
    const list = await getJson(app, "/api/propositions?place=Pokrovsk&kind=control&status=disputed");
    const { status, body } = await getJson(app, `/api/propositions/${list.body.items[0].id}`);
    assert.equal(status, 200);
    assert.equal(body.proposition.id, list.body.items[0].id);
    assert.equal(body.claims.length, body.proposition.claims.length);
    assert.deepEqual(body.documents.map((d: { outlet: string }) => d.outlet), ["The Moscow Times"]);
    assert.ok(body.documents.every((d: object) => !("text" in d)));
    const stances = body.sources.map((s: { stance: string; claimIds: string[] }) => `${s.stance}:${s.claimIds.length}`).sort();
    assert.deepEqual(stances, ["asserted:1", "denied:1"]);
  });

  it("filters claims as ClaimFilter allows", async () => {
    const r = await getJson(app, "/api/claims?kind=casualties&source=shot");
    assert.equal(r.body.total, 1);
    assert.equal(r.body.items[0].value, 6500);
    assert.deepEqual(r.body.items[0].hedges, ["without citing sources"]);
    assert.equal((await getJson(app, "/api/claims?q=Myrnohrad")).body.total, 1);
  });

  it("lists places with coordinates, counts and latest claimed control", async () => {
    const { body } = await getJson(app, "/api/places");
    const pokrovsk = body.items.find((p: { name: string }) => p.name === "Pokrovsk");
    assert.equal(pokrovsk.lat, 48.28);
    assert.ok(pokrovsk.claims >= 3);
    assert.equal(pokrovsk.control.side, "RU");
    assert.equal(pokrovsk.control.status, "disputed");
  });

  it("gives a place timeline in date order with figure series", async () => {
    const { status, body } = await getJson(app, "/api/places/pokrovsk/timeline");
    assert.equal(status, 200);
    const dates = body.entries.map((e: { date: string }) => e.date);
    assert.deepEqual(dates, [...dates].sort());
    assert.ok(body.figures.some((f: { kind: string; points: unknown[] }) => f.kind === "forces" && f.points.length === 1));
  });

  it("lists documents without text and gives one with its claims", async () => {
    const list = await getJson(app, "/api/documents");
    assert.equal(list.body.items.length, 2);
    assert.ok(list.body.items.every((d: object) => !("text" in d)));
    const one = await getJson(app, "/api/documents/mt-2025-12-02");
    assert.match(one.body.document.text, /captured Pokrovsk/);
    assert.equal(one.body.claims.length, 3);
    for (const c of one.body.claims) assert.equal(one.body.document.text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
  });

  it("answers unknown ids and routes with a 404 JSON body", async () => {
    for (const path of ["/api/propositions/p-nope", "/api/documents/nope", "/api/nothing"]) {
      const r = await getJson(app, path);
      assert.equal(r.status, 404, path);
      assert.equal(r.body.error.code, "not-found");
    }
    const atlantis = await getJson(app, "/api/places/Atlantis/timeline");
    assert.equal(atlantis.status, 404);
    assert.equal(atlantis.body.error.code, "unknown-place");
  });

  it("lists disputes with their positions side by side", async () => {
    const { body } = await getJson(app, "/api/disputes?place=Pokrovsk");
    assert.equal(body.total, 1);
    const stances = body.items[0].positions.map((g: { stance: string }) => g.stance);
    assert.deepEqual(stances, ["asserted", "denied"]);
    assert.match(body.items[0].positions[1].says, /^denies: /);
  });

  it("describes itself in OpenAPI 3", async () => {
    const { body } = await getJson(app, "/api/openapi.json");
    assert.match(body.openapi, /^3\./);
    for (const path of ["/api/propositions", "/api/documents", "/api/places/{id}/timeline", "/api/export.csv"]) assert.ok(body.paths[path], path);
  });
});
