// Place lookup over HTTP is the ledger's one lookup (ledger/place-lookup.ts), in paths and in filters.
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Hono } from "hono";
import { fakeApp, getJson } from "./testing/fake-app.js";

describe("place lookup in the API", () => {
  let app: Hono;
  before(async () => ({ app } = await fakeApp()));

  it("finds Pokrovsk under its former name, in Cyrillic case forms and any letter case", async () => {
    const byName = await getJson(app, "/api/propositions?place=Pokrovsk");
    assert.ok(byName.body.total > 0);
    for (const typed of ["Krasnoarmeysk", "KRASNOARMEYSK", "Покровська", "Покровске", "704422"]) {
      const place = await getJson(app, `/api/places/${encodeURIComponent(typed)}`);
      assert.equal(place.status, 200, typed);
      assert.deepEqual([place.body.name, place.body.id, place.body.region, place.body.claims], ["Pokrovsk", "704422", "Donetsk Oblast", 4], typed);
      const list = await getJson(app, `/api/propositions?place=${encodeURIComponent(typed)}`);
      assert.deepEqual(list.body.items.map((p: { id: string }) => p.id), byName.body.items.map((p: { id: string }) => p.id), typed);
      assert.equal(list.body.place.label, "Pokrovsk (Donetsk Oblast)");
    }
    const claims = await getJson(app, "/api/claims?place=Krasnoarmeysk");
    assert.ok(claims.body.total > 0 && claims.body.items.every((c: { place: { id: string } }) => c.place.id === "704422"));
    const timeline = await getJson(app, "/api/places/Krasnoarmeysk/timeline");
    assert.equal(timeline.status, 200);
    assert.equal(timeline.body.place.name, "Pokrovsk");
  });

  it("answers an ambiguous name with 409 and its candidates; place_id picks one", async () => {
    const r = await getJson(app, "/api/claims?place=Donetsk");
    assert.equal(r.status, 409);
    assert.equal(r.body.error.code, "ambiguous-place");
    assert.match(r.body.error.hint, /place_id/);
    assert.deepEqual(r.body.candidates.map((c: { id: string; label: string }) => `${c.id} ${c.label}`),
      ["709717 Donetsk (Donetsk Oblast)", "ADM1:UA.05 Donetsk Oblast", "565348 Donetsk (Rostov Oblast, RU)"]);
    assert.equal((await getJson(app, "/api/places/Donetsk")).status, 409);
    const picked = await getJson(app, "/api/claims?place=Donetsk&place_id=565348");
    assert.equal(picked.status, 200);
    assert.deepEqual([picked.body.place.label, picked.body.total, picked.body.items], ["Donetsk (Rostov Oblast, RU)", 0, []]);
  });

  it("answers a known place with no claims with 200, the place and an empty list; an unknown name with close names", async () => {
    const place = await getJson(app, "/api/places/Dzerzhinsk");
    assert.equal(place.status, 200);
    assert.deepEqual([place.body.name, place.body.id, place.body.claims, place.body.control], ["Toretsk", "709354", 0, null]);
    const list = await getJson(app, "/api/propositions?place=Toretsk");
    assert.deepEqual([list.status, list.body.place.name, list.body.place.claims, list.body.total, list.body.items], [200, "Toretsk", 0, 0, []]);
    const unknown = await getJson(app, "/api/places/Pokrovskx");
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, "unknown-place");
    assert.deepEqual(unknown.body.suggestions, ["Pokrovsk"]);
    assert.equal((await getJson(app, "/api/claims?place=Pokrovskx")).status, 404);
  });

  it("gives the lookup itself at /api/place-lookup, always 200", async () => {
    const found = await getJson(app, "/api/place-lookup?place=Krasnoarmeysk");
    assert.deepEqual([found.status, found.body.status, found.body.place.id, found.body.place.key], [200, "found", "704422", undefined]);
    const ambiguous = await getJson(app, "/api/place-lookup?place=donetsk");
    assert.deepEqual([ambiguous.status, ambiguous.body.status, ambiguous.body.candidates.length], [200, "ambiguous", 3]);
    const unknown = await getJson(app, "/api/place-lookup?place=Pokrovskx");
    assert.deepEqual([unknown.body.status, unknown.body.suggestions], ["unknown", ["Pokrovsk"]]);
    assert.equal((await getJson(app, "/api/place-lookup")).status, 400);
  });
});
