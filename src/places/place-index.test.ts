import { test } from "node:test";
import assert from "node:assert/strict";
import { loadPlaceIndex } from "./index.js";

const places = loadPlaceIndex();

test("resolve: former names and other romanisations give one canonical place", () => {
  const rows: [string, string, string | null][] = [
    ["Krasnoarmeysk", "Pokrovsk", "704422"],
    ["Pokrovsk", "Pokrovsk", "704422"],
    ["Artemovsk", "Bakhmut", "713174"],
    ["Mirnograd", "Myrnohrad", null],
    ["Myrnograd", "Myrnohrad", null],
    ["Dimitrov", "Myrnohrad", null],
    ["Slavyansk", "Sloviansk", null],
    ["Slovyansk", "Sloviansk", null],
    ["Kostyantynivka", "Kostiantynivka", null],
    ["Konstantinovka", "Kostiantynivka", null],
    ["Avdeevka", "Avdiivka", null],
    ["Chasov Yar", "Chasiv Yar", null],
    ["Dzerzhinsk", "Toretsk", null],
    ["Kupyansk", "Kupiansk", null],
    ["Ugledar", "Vuhledar", null],
    ["Zaporozhye", "Zaporizhzhia", null],
    ["Kiev", "Kyiv", null],
    ["Kharkov", "Kharkiv", null],
    ["Nikolaev", "Mykolaiv", null],
    ["Lugansk", "Luhansk", null],
    ["Severodonetsk", "Sievierodonetsk", null],
    ["Gorlovka", "Horlivka", null],
    ["Kirovograd", "Kropyvnytskyi", null],
  ];
  for (const [name, canonical, id] of rows) {
    const place = places.resolve(name);
    assert.equal(place?.name, canonical, name);
    if (id) assert.equal(place?.id, id, name);
    assert.equal(place?.country, "UA", name);
  }
});

test("resolve: Pokrovsk in Donetsk Oblast wins over Pokrovsk in Yakutia", () => {
  const p = places.resolve("Pokrovsk")!;
  assert.deepEqual([p.id, p.region, p.population], ["704422", "Donetsk Oblast", 60127]);
});

test("resolve: regions by English, Ukrainian and Russian forms, with area", () => {
  const rows: [string, string, string, number][] = [
    ["Donetsk region", "Donetsk Oblast", "ADM1:UA.05", 26517],
    ["Donetska oblast", "Donetsk Oblast", "ADM1:UA.05", 26517],
    ["Donetskaya oblast", "Donetsk Oblast", "ADM1:UA.05", 26517],
    ["Donetsk province", "Donetsk Oblast", "ADM1:UA.05", 26517],
    ["Luhansk Oblast", "Luhansk Oblast", "ADM1:UA.14", 26684],
    ["Kharkiv region", "Kharkiv Oblast", "ADM1:UA.07", 31415],
    ["Zaporizhzhia Oblast", "Zaporizhzhia Oblast", "ADM1:UA.26", 27180],
    ["Kherson region", "Kherson Oblast", "ADM1:UA.08", 28461],
    ["Dnipropetrovsk region", "Dnipropetrovsk Oblast", "ADM1:UA.04", 31914],
    ["Kursk region", "Kursk Oblast", "ADM1:RU.41", 29997],
    ["Belgorod Oblast", "Belgorod Oblast", "ADM1:RU.09", 27134],
    ["Crimea", "Crimea", "ADM1:UA.11", 26081],
  ];
  for (const [name, canonical, id, area] of rows) {
    const r = places.resolve(name);
    assert.deepEqual([r?.name, r?.id, r?.type, r?.areaKm2], [canonical, id, "region", area], name);
  }
});

test("resolve: countries by name and abbreviation", () => {
  assert.equal(places.resolve("Ukraine")?.id, "UA");
  assert.equal(places.resolve("the United States")?.id, "US");
  assert.equal(places.resolve("U.S.")?.type, "country");
  assert.equal(places.resolve("Poland")?.type, "country");
});

test("settlements carry their oblast's canonical name", () => {
  assert.equal(places.resolve("Kramatorsk")?.region, "Donetsk Oblast");
  assert.equal(places.resolve("Kupiansk")?.region, "Kharkiv Oblast");
  assert.equal(places.resolve("Sudzha")?.region, "Kursk Oblast");
});

test("choose: the article's region, then a preferred type", () => {
  const [m] = places.findMentions("Fighting continued near Kostiantynivka on Sunday.");
  assert.equal(places.choose(m).region, "Donetsk Oblast");
  assert.equal(places.choose(m, { regions: ["Zaporizhzhia Oblast"] }).region, "Zaporizhzhia Oblast");
  const d = places.findMentions("Russia wants to control Donetsk entirely.").find((m) => m.text === "Donetsk")!;
  assert.equal(places.choose(d).type, "settlement");
  assert.equal(places.choose(d, { prefer: "region" }).name, "Donetsk Oblast");
  assert.equal(places.resolve("Donetsk", { prefer: "region" })?.id, "ADM1:UA.05");
});

test("byId and suggest", () => {
  assert.equal(places.byId("704422")?.name, "Pokrovsk");
  assert.equal(places.byId("ADM1:UA.05")?.name, "Donetsk Oblast");
  assert.equal(places.byId("nope"), null);
  assert.ok(places.suggest("Pokrovk").includes("Pokrovsk"));
  assert.ok(places.suggest("Kramatorks").includes("Kramatorsk"));
});

test("loadPlaceIndex: a missing explicit path is an error with a hint", () => {
  assert.throws(() => loadPlaceIndex("/nonexistent/gazetteer.json"), /no gazetteer/);
});

test("resolve: Russian and Ukrainian names in any case", () => {
  const rows: [string, string][] = [
    ["Покровськ", "Pokrovsk"],
    ["Покровск", "Pokrovsk"],
    ["Покровске", "Pokrovsk"],
    ["Торецк", "Toretsk"],
    ["Часового Яру", "Chasiv Yar"],
    ["Авдеевки", "Avdiivka"],
    ["Донецкой обл.", "Donetsk Oblast"],
    ["Дніпропетровській області", "Dnipropetrovsk Oblast"],
    ["Харківщина", "Kharkiv Oblast"],
    ["Курской области", "Kursk Oblast"],
    ["России", "Russia"],
  ];
  for (const [name, canonical] of rows) assert.equal(places.resolve(name)?.name, canonical, name);
});

test("choose: a case form keeps the article's region", () => {
  const [m] = places.findMentions("Бои шли у Константиновки.");
  assert.equal(m.text, "Константиновки");
  assert.equal(places.choose(m).region, "Donetsk Oblast");
});
