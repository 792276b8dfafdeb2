import { test } from "node:test";
import assert from "node:assert/strict";
import { canonicalPlace } from "./place-name.js";
import { findPlace, type PlaceSummary } from "./place-summary.js";

test("a Cyrillic place name in any case form is looked up under its canonical name", () => {
  assert.equal(canonicalPlace("Покровськ"), "Pokrovsk");
  assert.equal(canonicalPlace("Покровске"), "Pokrovsk");
  assert.equal(canonicalPlace("Pokrovsk"), "Pokrovsk");
  assert.equal(canonicalPlace("704422"), "704422");
  const summaries = [{ id: "704422", name: "Pokrovsk" }, { id: "706757", name: "Soledar" }] as unknown as PlaceSummary[];
  assert.equal(findPlace(summaries, "Покровськ")?.name, "Pokrovsk");
  assert.equal(findPlace(summaries, "Харків"), null, "a place the ledger does not hold is still not found");
});
