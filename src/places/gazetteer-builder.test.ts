import { test } from "node:test";
import assert from "node:assert/strict";
import { canonicalSpelling } from "./gazetteer-builder.js";

test("canonicalSpelling: Ukrainian national romanisation repairs", () => {
  const rows: [string, string][] = [
    ["Kropyvnytskyy", "Kropyvnytskyi"],
    ["Kadiyivka", "Kadiivka"],
    ["Mykolayiv", "Mykolaiv"],
    ["Kamyanske", "Kamianske"],
    ["Zaporizhzhya", "Zaporizhzhia"],
    ["Hulyaypole", "Huliaipole"],
    ["Pervomaysk", "Pervomaisk"],
    ["Novoazovs'k", "Novoazovsk"],
    ["Lyubotyn", "Liubotyn"],
    // already canonical: unchanged
    ["Kyiv", "Kyiv"],
    ["Myrnohrad", "Myrnohrad"],
    ["Yasynuvata", "Yasynuvata"],
    ["Chasiv Yar", "Chasiv Yar"],
    ["Sloviansk", "Sloviansk"],
    ["Lyman", "Lyman"],
  ];
  for (const [geonames, canonical] of rows) assert.equal(canonicalSpelling(geonames, "UA"), canonical, geonames);
});

test("canonicalSpelling: Russian names lose soft signs and ë; other countries untouched", () => {
  assert.equal(canonicalSpelling("Korenëvo", "RU"), "Korenevo");
  assert.equal(canonicalSpelling("Ryl’sk", "RU"), "Rylsk");
  assert.equal(canonicalSpelling("Kalynivka", "RU"), "Kalynivka");
  assert.equal(canonicalSpelling("Kraków", "PL"), "Kraków");
});
