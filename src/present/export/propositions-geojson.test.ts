import { test } from "node:test";
import assert from "node:assert/strict";
import { propositionsToGeoJson } from "./propositions-geojson.js";
import { PLACES, sampleLedger } from "./export-fixtures.js";

test("a FeatureCollection of places with [lon, lat] points and their propositions", () => {
  const { propositions } = sampleLedger();
  const fc = propositionsToGeoJson(propositions, PLACES);
  assert.equal(fc.type, "FeatureCollection");
  assert.equal(fc.features.length, 1);
  const f = fc.features[0];
  assert.equal(f.type, "Feature");
  assert.deepEqual(f.geometry, { type: "Point", coordinates: [30.0, 50.0] });
  assert.equal(f.properties.name, "Alderton");
  assert.equal(f.properties.claims, 6);
  assert.equal(f.properties.propositions.length, 4);
  assert.deepEqual(f.properties.statuses, { disputed: 1, single_source: 3 });
  assert.doesNotThrow(() => JSON.parse(JSON.stringify(fc)));
});

test("places without coordinates are left out", () => {
  const { propositions } = sampleLedger();
  const fc = propositionsToGeoJson(propositions, [{ id: "id:Alderton", name: "Alderton", lat: null, lon: null }]);
  assert.deepEqual(fc.features, []);
});
