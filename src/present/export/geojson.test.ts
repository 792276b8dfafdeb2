// Both GeoJSON exports checked with @placemarkio/check-geojson (a strict RFC 7946 checker: member types,
// positions, no foreign members where the spec forbids them), then for what a GIS styles and filters by.
import assert from "node:assert/strict";
import { test } from "node:test";
import { check, getIssues } from "@placemarkio/check-geojson";
import { mapPlaces, type PlaceSummary } from "../../ledger/index.js";
import { claimRecordsToGeoJson } from "./claims-geojson.js";
import { sampleLedger, sampleRecords } from "./export-fixtures.js";
import { placesToGeoJson } from "./places-geojson.js";

function summaries(): PlaceSummary[] {
  const { propositions } = sampleLedger();
  const control = propositions.find((p) => p.kind === "control" && p.measure === "controls")!;
  return [
    { name: "Alderton", id: "id:Alderton", type: null, lat: 50, lon: 30, claims: 6, status: control.status,
      control: { side: control.side, measure: control.measure, status: control.status, proposition: control.id, title: "Russian control of Alderton", time: control.time } },
    { name: "Brisk", id: "id:Brisk", type: null, lat: 50, lon: 30.7, claims: 1, status: null, control: null },
    { name: "Nowhere", id: null, type: null, lat: null, lon: null, claims: 3, status: null, control: null },
  ];
}

test("places: valid GeoJSON, one point per place with coordinates, styled by its leading proposition's status and date", () => {
  const places = summaries();
  const text = JSON.stringify(placesToGeoJson(mapPlaces(places)));
  assert.deepEqual(getIssues(text), []);
  const fc = check(text) as unknown as ReturnType<typeof placesToGeoJson>;
  assert.deepEqual(fc.features.map((f) => f.properties.name), ["Alderton", "Brisk"]);
  const [alderton, brisk] = fc.features;
  assert.deepEqual(alderton.geometry.coordinates, [30, 50]);
  const control = places[0].control!;
  assert.equal(alderton.properties.status, places[0].status);
  assert.equal(alderton.properties.proposition_id, control.proposition);
  assert.equal(alderton.properties.date, control.time?.end ?? control.time?.start ?? null);
  assert.ok(alderton.properties.date, "the sample's control proposition is dated");
  assert.match(alderton.properties.date_first ?? "", /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(alderton.properties.date_first! <= alderton.properties.date_last!);
  assert.equal(brisk.properties.status, null);
  assert.equal(brisk.properties.date, null);
});

test("claims: valid GeoJSON, one point per located claim, with its dates as whole days", () => {
  const records = sampleRecords();
  const { collection, withoutCoordinates } = claimRecordsToGeoJson(records);
  const text = JSON.stringify(collection);
  assert.deepEqual(getIssues(text), []);
  const located = records.filter((r) => r.claim.place?.lat != null && r.claim.place?.lon != null);
  assert.ok(located.length > 0 && located.length < records.length, "the sample has claims with and without coordinates");
  assert.equal(collection.features.length, located.length);
  assert.equal(withoutCoordinates, records.length - located.length);
  for (const f of collection.features) {
    const r = records.find((x) => x.claim.id === f.id)!;
    assert.deepEqual(f.geometry.coordinates, [r.claim.place!.lon, r.claim.place!.lat]);
    assert.equal(f.properties.proposition_status, r.proposition?.status ?? null);
    assert.equal(f.properties.event_date, r.date.date);
    if (r.date.date) assert.match(`${f.properties.date_first} ${f.properties.date_last}`, /^\d{4}-\d{2}-\d{2} \d{4}-\d{2}-\d{2}$/);
  }
});

test("the checker can fail: a position that is not all numbers is refused", () => {
  const bad = { type: "FeatureCollection", features: [{ type: "Feature", geometry: { type: "Point", coordinates: ["30", 50] }, properties: {} }] };
  assert.ok(getIssues(JSON.stringify(bad)).length > 0);
});
