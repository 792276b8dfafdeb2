// The map's API: places coloured by their leading control proposition; the side panel's propositions.
import assert from "node:assert/strict";
import type { Hono } from "hono";
import { before, describe, it } from "node:test";
import { fakeApp, getJson } from "../testing/fake-app.js";

describe("map API", () => {
  let app: Hono;
  before(async () => ({ app } = await fakeApp()));

  it("gives each located place the status of its leading control proposition", async () => {
    const { status, body } = await getJson(app, "/api/map");
    assert.equal(status, 200);
    assert.equal(body.total, body.items.length);
    const pokrovsk = body.items.find((p: { name: string }) => p.name === "Pokrovsk");
    assert.ok(pokrovsk, "Pokrovsk is on the map");
    assert.equal(typeof pokrovsk.lat, "number");
    assert.equal(pokrovsk.status, pokrovsk.control.status);
    assert.ok(body.items.every((p: { lat: unknown }) => typeof p.lat === "number"));
  });

  it("lists a place's control propositions, leading first, with their primary sources", async () => {
    const { status, body } = await getJson(app, "/api/map/places/Pokrovsk");
    assert.equal(status, 200);
    assert.ok(body.propositions.length >= 1);
    assert.equal(body.propositions[0].id, body.place.control.proposition);
    for (const p of body.propositions) {
      assert.match(p.title, /Pokrovsk/);
      for (const s of p.primary_sources) assert.deepEqual(Object.keys(s).sort(), ["name", "side", "stance"]);
    }
    assert.ok(body.propositions.some((p: { primary_sources: unknown[] }) => p.primary_sources.length > 0));
  });

  it("answers 404 for a place it does not know", async () => {
    assert.equal((await getJson(app, "/api/map/places/Atlantis")).status, 404);
  });
});
