import { test } from "node:test";
import assert from "node:assert/strict";
import { createReconciler } from "./create-reconciler.js";
import { haversineKm } from "./haversine.js";
import { fakePlaceIndex, makeClaim, outletOf } from "./test-fixtures.js";

const places = fakePlaceIndex([
  { name: "Alderton", lat: 50.0, lon: 30.0, population: 48_200 },
  { name: "Brisk", lat: 50.0, lon: 30.7 },
  { name: "Cove Oblast", type: "region", areaKm2: 20_000 },
]);
const reconcile = (...claims: Parameters<typeof makeClaim>[0][]) =>
  createReconciler().reconcile(claims.map((c) => makeClaim(c)), { outletOf, places });

test("haversine: 0.7° of longitude at 50°N is about 50 km", () => {
  assert.ok(Math.abs(haversineKm(50, 30, 50, 30.7) - 50.0) < 0.5);
});

test("distance: 'about 60 km' allows ±25 %, an exact '60 km' only ±10 %", () => {
  const base = { kind: "distance", measure: "distance", unit: "km", place: "Alderton", place2: "Brisk", value: 60 } as const;
  const [about] = reconcile({ ...base, qualifier: "about" });
  assert.equal(about.checks[0].result, "consistent");
  assert.match(about.checks[0].detail, /50(\.\d)? km/);
  const [exact] = reconcile({ ...base, qualifier: "exact" });
  assert.equal(exact.checks[0].result, "inconsistent");
});

test("population: a reference figure within tolerance is consistent; a current one is not compared", () => {
  const base = { kind: "population", measure: "population", unit: "people", place: "Alderton" } as const;
  const [ok] = reconcile({ ...base, value: 50_000, text: "a town of 50,000 people" });
  assert.deepEqual(ok.checks.map((c) => c.result), ["consistent"]);
  assert.match(ok.checks[0].detail, /48,200/);
  const [far] = reconcile({ ...base, value: 90_000, qualifier: "about", text: "home to about 90,000" });
  assert.equal(far.checks[0].result, "inconsistent");
  const [now] = reconcile({ ...base, value: 700, qualifier: "under", text: "fewer than 700 remain" });
  assert.deepEqual(now.checks, []);
});

test("area and share of one region are converted and held against each other", () => {
  const base = { kind: "area", side: "UA", place: "Cove Oblast" } as const;
  const props = reconcile(
    { ...base, measure: "area", unit: "km2", value: 5_000, qualifier: "about", id: "km" },
    { ...base, measure: "share", unit: "percent", value: 25, qualifier: "about", doc: "doc-b", id: "pc" },
    { ...base, measure: "share", unit: "percent", value: 60, doc: "doc-c", id: "pc2" },
  );
  const area = props.find((p) => p.measure === "area")!;
  assert.deepEqual(area.checks.map((c) => c.result), ["consistent", "inconsistent"]);
  assert.match(area.checks[0].detail, /about 5,000 km² is 25 % of Cove Oblast's 20,000 km²/);
  assert.match(area.checks[1].detail, /60 % \(12,000 km²\)/);
  const share = props.find((p) => p.measure === "share")!;
  assert.equal(share.checks.length, 2);
  assert.equal(share.status, "disputed");
});

test("an area with no share counterpart still carries the region's area in detail", () => {
  const [p] = reconcile({ kind: "area", measure: "area", side: "RU", unit: "km2", value: 4_000, place: "Cove Oblast" });
  assert.equal(p.checks[0].result, "consistent");
  assert.match(p.checks[0].detail, /4,000 km² is 20 % of Cove Oblast's 20,000 km²/);
});

test("no reference data, no checks", () => {
  const [p] = createReconciler().reconcile(
    [makeClaim({ kind: "population", measure: "population", value: 10, place: "Nowhere" })],
    { outletOf, places },
  );
  assert.deepEqual(p.checks, []);
});
