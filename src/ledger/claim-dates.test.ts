// A claim's date for tables and time sliders: its own period first, the article's date as a marked
// fallback, the precision the coarser end allows, and whole days covered.
import assert from "node:assert/strict";
import { it } from "node:test";
import { makeClaim } from "../reconcile/test-fixtures.js";
import { ACLED_GEO_PRECISION, ACLED_TIME_PRECISION, claimDate, datePrecision, placePrecision } from "./claim-dates.js";

const rows: [time: string | [string | null, string | null] | null, published: string | null, want: ReturnType<typeof claimDate>][] = [
  ["2025-12-01", "2025-12-03", { date: "2025-12-01", from: "claim", precision: "day", first: "2025-12-01", last: "2025-12-01" }],
  [["2025-11-06", "2025-12"], null, { date: "2025-11-06", from: "claim", precision: "month", first: "2025-11-06", last: "2025-12-31" }],
  [[null, "2024-02"], null, { date: "2024-02", from: "claim", precision: "month", first: "2024-02-01", last: "2024-02-29" }],
  ["2025", null, { date: "2025", from: "claim", precision: "year", first: "2025-01-01", last: "2025-12-31" }],
  [null, "2025-11", { date: "2025-11", from: "publication", precision: "month", first: "2025-11-01", last: "2025-11-30" }],
  [null, null, { date: null, from: null, precision: null, first: null, last: null }],
];

it("dates a claim by its period, else by its article, at the coarser precision, with the days covered", () => {
  for (const [time, published, want] of rows) assert.deepEqual(claimDate(makeClaim({ time }), published), want, JSON.stringify(time));
});

it("reads precision from the ISO form and maps it to ACLED's codes", () => {
  assert.deepEqual(["2025-11-06", "2025-11", "2025", "soon", null].map(datePrecision), ["day", "month", "year", null, null]);
  assert.ok(ACLED_TIME_PRECISION.day < ACLED_TIME_PRECISION.month);
  assert.ok(ACLED_GEO_PRECISION.settlement < ACLED_GEO_PRECISION.near && ACLED_GEO_PRECISION.near < ACLED_GEO_PRECISION.region);
});

it("takes the stated place precision before what the place type implies", () => {
  const place = { name: "Pokrovsk", mention: "near Pokrovsk", id: "1", lat: 1, lon: 2, type: "settlement" as const };
  assert.equal(placePrecision({ ...place, precision: "near" }), "near");
  assert.equal(placePrecision(place), "settlement");
  assert.equal(placePrecision(null), null);
});
