import assert from "node:assert/strict";
import type { Hono } from "hono";
import { before, describe, it } from "node:test";
import { fakeApp, getJson } from "./testing/fake-app.js";

describe("exports", () => {
  let app: Hono;
  before(async () => ({ app } = await fakeApp()));

  it("gives every claim as CSV", async () => {
    const res = await app.request("/api/export.csv");
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^text\/csv/);
    const lines = (await res.text()).trim().split(/\r?\n/);
    assert.equal(lines.length, 1 + 5);
  });

  it("gives places with their propositions as GeoJSON", async () => {
    const res = await app.request("/api/export.geojson");
    assert.match(res.headers.get("content-type") ?? "", /geo\+json/);
    const body = await res.json();
    assert.equal(body.type, "FeatureCollection");
    const pokrovsk = body.features.find((f: { properties: { name: string } }) => f.properties.name === "Pokrovsk");
    assert.deepEqual(pokrovsk.geometry.coordinates, [37.18, 48.28]);
  });

  it("gives a proposition as ClaimReview JSON-LD, 404 for unknown ids", async () => {
    const { body } = await getJson(app, "/api/propositions?place=Pokrovsk&kind=control&status=disputed");
    const res = await app.request(`/api/propositions/${body.items[0].id}/claimreview`);
    assert.match(res.headers.get("content-type") ?? "", /ld\+json/);
    const review = await res.json();
    assert.equal(review["@type"], "ClaimReview");
    assert.equal((await app.request("/api/propositions/p-none/claimreview")).status, 404);
  });
});

describe("web interface files", () => {
  let app: Hono;
  before(async () => ({ app } = await fakeApp()));

  it("serves the page, its scripts and the vendored libraries and map data from fogline itself", async () => {
    const page = await app.request("/");
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, "no inline script");
    assert.doesNotMatch(html, /https?:\/\//, "nothing from elsewhere");
    for (const path of ["/static/js/main.js", "/static/css/app.css", "/vendor/leaflet/leaflet-src.esm.js", "/vendor/leaflet/leaflet.css", "/vendor/uplot/uPlot.esm.js", "/vendor/topojson-client/index.js", "/data/countries-50m.json"]) {
      const res = await app.request(path);
      assert.equal(res.status, 200, path);
      await res.arrayBuffer();
    }
    assert.match((await app.request("/static/js/main.js")).headers.get("content-type") ?? "", /javascript/);
  });

  it("serves nothing outside its list", async () => {
    for (const path of ["/static/../../package.json", "/static/%2e%2e/%2e%2e/package.json", "/vendor/leaflet/../package.json", "/etc/passwd"]) {
      assert.equal((await app.request(path)).status, 404, path);
    }
  });
});
