import { test } from "node:test";
import assert from "node:assert/strict";
import { extractText } from "../extract-test-helper.js";

const places = (text: string, lang?: string) => extractText(text, "2025-12-27", lang).filter((c) => c.kind === "control").map((c) => c.place?.name).sort();

test("a capture of a list of places is a claim about each, names the gazetteer lacks included", () => {
  // (Aleksandro-Shultino is the catalogue's Oleksandro-Shultyne by its Russian spelling; Kvitkove-Pershe is made up.)
  assert.deepEqual(places("Russian units have taken control of Aleksandro-Shultino, Zoriane, Toretsk, Kvitkove-Pershe, and Kleban-Byk, the ministry said."),
    ["Kleban-Byk", "Kvitkove-Pershe", "Oleksandro-Shultyne", "Toretsk", "Zoriane"].sort());
});

test("'…, and several other settlements' closes a list of two", () => {
  assert.deepEqual(places("Putin was told that Moscow had seized control of Myrnohrad, Huliaipole, and several other settlements."), ["Huliaipole", "Myrnohrad"]);
});

test("a comma alone does not make a list: 'in Pokrovsk, Ukrainian troops …'", () => {
  const found = places("Russian forces captured Pokrovsk, Ukrainian troops said on Friday.");
  assert.deepEqual(found, ["Pokrovsk"]);
  // and a place with its region is one place
  assert.deepEqual(places("Russian forces captured Toretsk, Donetsk Oblast, the ministry said."), ["Toretsk"]);
});

test("Ukrainian: a list closed by 'та'", () => {
  const found = places("Російські війська захопили Куп'янськ, Вовчанськ та Лиман, заявили в Міноборони Росії.", "uk");
  assert.deepEqual(found, ["Kupiansk", "Lyman", "Vovchansk"]);
});

test("a list whose places carry their regions: 'Myrnohrad in Donetsk Oblast and Huliaipole in Zaporizhzhia Oblast'", () => {
  assert.deepEqual(places("Russian forces captured Myrnohrad in Donetsk Oblast and Huliaipole in Zaporizhzhia Oblast, the ministry said."), ["Huliaipole", "Myrnohrad"]);
});
