import { test } from "node:test";
import assert from "node:assert/strict";
import { katottgPlacesMissing, readKatottg, type KatottgTable, type KnownPlace } from "./katottg-places.js";

const table: KatottgTable = {
  oblasts: ["Донецька", "Харківська"],
  raions: [["Покровський", 0], ["Краматорський", 0], ["Куп’янський", 1]],
  hromadas: [
    ["Покровська", 0, "1412001", "M0010012345Покровськ|C0020012346Андріївка|C0030012347Сонцівка"],
    ["Костянтинівська", 1, "1404001", "C0010022222Андріївка|X0020022223Олександро-Шультине"],
    ["Куп’янська", 2, "6314001", "C0010033333Андріївка|C0020033334Загризове"],
  ],
};
const regionOf = (oblast: string) => ({ Донецька: "Donetsk Oblast", Харківська: "Kharkiv Oblast" })[oblast] ?? null;

function known(region: string, primary: string[], alternate: string[], lat = 48.3, lon = 37.2): KnownPlace & { added: string[] } {
  const added: string[] = [];
  return { region, primary, alternate, lat, lon, small: true, added, addName: (n) => added.push(n), addOwnName: (n) => added.push(n) };
}

test("readKatottg: codes, categories and the administrative chain", () => {
  const all = readKatottg(table);
  assert.equal(all.length, 7);
  const pokrovsk = all[0];
  assert.deepEqual(pokrovsk, { id: "katottg:UA14120010010012345", uk: "Покровськ", category: "M", oblast: "Донецька", raion: "Покровський", hromada: "Покровська" });
  assert.equal(all.find((s) => s.uk === "Олександро-Шультине")?.category, "X");
});

test("katottgPlacesMissing: GeoNames' places (by romanisation or Cyrillic name, same oblast) are not added again", () => {
  const pokrovsk = known("Donetsk Oblast", ["Pokrovsk"], ["Красноармейск"]);
  const andriivka = known("Donetsk Oblast", ["Andriyivka"], ["Андріївка", "Андреевка"]);
  const missing = katottgPlacesMissing(readKatottg(table), [pokrovsk, andriivka], regionOf);
  const names = missing.map((p) => `${p.name}/${p.settlement.oblast}`).sort();
  // Two Андріївка in Donetsk Oblast, one in GeoNames: one is new; Kharkiv Oblast's is new too.
  assert.deepEqual(names, ["Andriivka/Донецька", "Andriivka/Харківська", "Oleksandro-Shultyne/Донецька", "Sontsivka/Донецька", "Zahryzove/Харківська"]);
  // The matched GeoNames place takes the official Ukrainian name.
  assert.ok(pokrovsk.added.includes("Покровськ"));
  const zahryzove = missing.find((p) => p.settlement.uk === "Загризове")!;
  assert.deepEqual(zahryzove.primary, ["Загризове", "Zahryzove"]);
  assert.ok(zahryzove.alternate.includes("Загризово"));
});

test("katottgPlacesMissing: a former name among GeoNames' alternates does not swallow a village", () => {
  const myrnohrad = known("Donetsk Oblast", ["Myrnohrad"], ["Мирноград", "Сонцівка"]);
  const hromada: KatottgTable = { ...table, hromadas: [["Мирноградська", 0, "1412002", "M0010044444Мирноград|C0020044445Сонцівка"]] };
  const missing = katottgPlacesMissing(readKatottg(hromada), [myrnohrad], regionOf);
  assert.deepEqual(missing.map((p) => p.settlement.uk), ["Сонцівка"]);
});

test("katottgPlacesMissing: an oblast fogline cannot place is an error", () => {
  assert.throws(() => katottgPlacesMissing(readKatottg(table), [], () => null), /no region for oblast Донецька/);
});
