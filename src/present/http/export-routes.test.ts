import assert from "node:assert/strict";
import type { Hono } from "hono";
import { before, describe, it } from "node:test";
import { getIssues } from "@placemarkio/check-geojson";
import { parse } from "csv-parse/sync";
import { STATUSES } from "../../claims/index.js";
import { fakeApp, getJson } from "./testing/fake-app.js";

describe("exports", () => {
  let app: Hono;
  before(async () => ({ app } = await fakeApp()));

  it("gives every claim as CSV that csv-parse reads, with its proposition, status and outlet; bom=1 marks it", async () => {
    const res = await app.request("/api/export.csv");
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^text\/csv/);
    const text = await res.text();
    assert.ok(!text.startsWith("\uFEFF"));
    const rows: Record<string, string>[] = parse(text, { columns: true, record_delimiter: "\r\n" });
    const { body: claims } = await getJson(app, "/api/claims?limit=1000");
    assert.equal(rows.length, claims.total);
    assert.deepEqual(new Set(rows.map((r) => r.claim_id)), new Set(claims.items.map((c: { id: string }) => c.id)));
    for (const r of rows) {
      assert.ok(STATUSES.includes(r.proposition_status as never), `${r.claim_id} has a status`);
      assert.match(r.outlet, /\S/);
    }
    // (Response.text() would drop the mark: compare the bytes sent.)
    const marked = Buffer.from(await (await app.request("/api/export.csv?bom=1")).arrayBuffer());
    assert.deepEqual(marked, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]));
    assert.equal((await app.request("/api/export.csv?bom=maybe")).status, 400);
  });

  it("gives places as valid GeoJSON, each with the status the places listing gives it", async () => {
    const res = await app.request("/api/export.geojson");
    assert.match(res.headers.get("content-type") ?? "", /geo\+json/);
    const text = await res.text();
    assert.deepEqual(getIssues(text), []);
    const body = JSON.parse(text);
    const pokrovsk = body.features.find((f: { properties: { name: string } }) => f.properties.name === "Pokrovsk");
    assert.deepEqual(pokrovsk.geometry.coordinates, [37.18, 48.28]);
    const { body: place } = await getJson(app, "/api/places/Pokrovsk");
    assert.ok(place.status, "Pokrovsk has a control proposition");
    assert.equal(pokrovsk.properties.status, place.status);
    assert.equal(pokrovsk.properties.proposition_id, place.control.proposition);
    assert.equal(pokrovsk.properties.date, place.control.time?.end ?? place.control.time?.start ?? null);
  });

  it("gives one GeoJSON point per located claim, dated", async () => {
    const text = await (await app.request("/api/export.claims.geojson")).text();
    assert.deepEqual(getIssues(text), []);
    const { features } = JSON.parse(text);
    const { body: claims } = await getJson(app, "/api/claims?limit=1000");
    const located = claims.items.filter((c: { place: { lat: number | null } | null }) => c.place?.lat != null);
    assert.ok(located.length > 0);
    assert.equal(features.length, located.length);
    for (const f of features) assert.ok("event_date" in f.properties && "date_first" in f.properties);
  });

  it("gives a proposition as ClaimReview JSON-LD linked at the configured address, never a request header, 404 for unknown ids", async () => {
    const { body } = await getJson(app, "/api/propositions?place=Pokrovsk&kind=control&status=disputed");
    const id = body.items[0].id;
    const get = async (headers: Record<string, string>, on = app) => (await on.request(`/api/propositions/${id}/claimreview`, { headers })).json();
    const res = await app.request(`/api/propositions/${id}/claimreview`);
    assert.match(res.headers.get("content-type") ?? "", /ld\+json/);
    const review = await res.json();
    assert.equal(review["@type"], "ClaimReview");
    assert.ok(review.datePublished);
    assert.equal(typeof review.reviewRating.ratingValue, "number");
    const { body: detail } = await getJson(app, `/api/propositions/${id}`);
    assert.equal(review.itemReviewed.appearance.length, new Set(detail.claims.map((c: { doc: string }) => c.doc)).size);
    const outlets = new Set(detail.documents.map((d: { outlet: string | null }) => d.outlet));
    for (const a of [review.itemReviewed.author].flat()) assert.ok(!outlets.has(a.name), `${a.name} is a reporting outlet`);

    assert.equal((await get({})).url, `http://localhost/#/propositions/${id}`);
    assert.equal((await get({ host: "127.0.0.1:8080", "x-forwarded-host": "ledger.example.org", "x-forwarded-proto": "https" })).url, `http://localhost/#/propositions/${id}`, "forwarded headers are not used");
    assert.equal((await app.request(`/api/propositions/${id}/claimreview`, { headers: { host: "ledger.example.org" } })).status, 421, "a foreign Host is not answered at all");
    const { app: configured } = await fakeApp({ publicUrl: "https://public.example/fogline/" });
    assert.equal((await get({ host: "127.0.0.1:8080" }, configured)).url, `https://public.example/fogline/#/propositions/${id}`);
    assert.equal((await app.request("/api/propositions/p-none/claimreview")).status, 404);
  });

  it("gives every proposition's ClaimReview in one graph", async () => {
    const { app: configured } = await fakeApp({ publicUrl: "https://ledger.example.org/" });
    const graph = await (await configured.request("/api/export.claimreview.jsonld", { headers: { host: "ledger.example.org" } })).json();
    const { body } = await getJson(configured, "/api/propositions?limit=1000");
    assert.equal(graph["@graph"].length, body.total);
    for (const r of graph["@graph"]) assert.match(r.url, /^https:\/\/ledger\.example\.org\/#\/propositions\//);
  });

  it("describes every export in the OpenAPI document", async () => {
    const { body } = await getJson(app, "/api/openapi.json");
    for (const path of ["/api/export.csv", "/api/export.geojson", "/api/export.claims.geojson", "/api/export.claimreview.jsonld", "/api/propositions/{id}/claimreview"]) assert.ok(body.paths[path]?.get, path);
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
