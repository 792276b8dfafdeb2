// Same-named settlements (PlaceRefiner's disambiguate, NEAR_ANCHOR and SMALL_SETTLEMENT_BEFORE rows).
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractText } from "../extract-test-helper.js";

const placeOf = (text: string) => extractText(text, "2025-11-20").filter((c) => c.kind === "control").map((c) => ({ name: c.place?.name, id: c.place?.id ?? null, region: c.place?.region ?? null }));

test("places: the village near a named town is not a far city of the same name", () => {
  assert.deepEqual(placeOf("Russian forces captured the village of Rivne near Pokrovsk, the defence ministry said."),
    [{ name: "Rivne", id: null, region: "Donetsk Oblast" }]);
  assert.deepEqual(placeOf("Russian forces captured the village of Kostiantynivka near Vuhledar."),
    [{ name: "Kostiantynivka", id: null, region: "Donetsk Oblast" }]);
});

test("places: a named region or a plain mention keeps the gazetteer's place", () => {
  const [zap] = placeOf("Russian forces captured the village of Kostiantynivka in Zaporizhzhia region.");
  assert.equal(zap.region, "Zaporizhzhia Oblast");
  assert.ok(zap.id);
  const [city] = placeOf("Russian forces captured Kostiantynivka, the defence ministry said.");
  assert.equal(city.region, "Donetsk Oblast");
  assert.ok(city.id);
});

test("places: every place of a list gives its own claim", () => {
  const names = extractText("Fighting continues in Pokrovsk, Myrnohrad and Kostiantynivka, the General Staff said.", "2025-11-20").map((c) => c.place?.name);
  assert.deepEqual(names, ["Pokrovsk", "Myrnohrad", "Kostiantynivka"]);
});

test("places: a claim placed outside the war's theatre is another story; a share told first is the claim", () => {
  assert.deepEqual(extractText("Six killed in Tripoli clashes after killing of militia leader.", "2025-11-20"), []);
  const kinds = extractText("More than 90% of Luhansk oblast is temporarily occupied by Russia.", "2025-11-20").map((c) => c.kind);
  assert.deepEqual(kinds, ["area"]);
});

test("place precision: the settlement itself, near it, or a region", () => {
  const one = (text: string) => extractText(text, "2025-11-20").find((c) => c.kind === "control");
  assert.equal(one("Russian forces captured Pokrovsk, the ministry said.")?.place?.precision, "settlement");
  assert.equal(one("Heavy fighting is ongoing near Pokrovsk, the General Staff said.")?.place?.precision, "near");
  assert.equal(one("Fighting continues on the outskirts of Pokrovsk, the General Staff said.")?.place?.precision, "near");
  assert.equal(one("Russian forces have taken control of the Luhansk region, the ministry said.")?.place?.precision, "region");
});
