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

test("cyrillicSpelling: the romanisation read back, for places GeoNames gives only in Latin", async () => {
  const { cyrillicSpelling } = await import("./cyrillic-transliteration.js");
  const rows: [string, string, string][] = [
    ["Vuhledar", "UA", "Вугледар"],
    ["Krynky", "UA", "Кринки"],
    ["Lyptsi", "UA", "Липці"],
    ["Avdiivka", "UA", "Авдіївка"],
    ["Huliaipole", "UA", "Гуляйполе"],
    ["Zaporizhzhia", "UA", "Запоріжжя"],
    ["Kupiansk-Vuzlovyi", "UA", "Купянськ-Вузловий".replace("ь", "")],
    ["Sudzha", "RU", "Суджа"],
    ["Glushkovo", "RU", "Глушково"],
    ["Krasnyy Oktyabr'", "RU", "Красный Октябр"],
  ];
  for (const [latin, country, cyrillic] of rows) assert.equal(cyrillicSpelling(latin, country), cyrillic, latin);
  assert.equal(cyrillicSpelling("Kraków", "PL"), null);
});

test("russianFromUkrainian: the regular suffix pairs", async () => {
  const { russianFromUkrainian } = await import("./cyrillic-transliteration.js");
  const rows: [string, string][] = [
    ["Соснівка", "Сосновка"],
    ["Андріївка", "Андреевка"],
    ["Миколаївка", "Миколаевка"],
    ["Курахове", "Курахово"],
    ["Роботине", "Роботино"],
    ["Мирне", "Мирное"],
    ["Покровське", "Покровское"],
    ["Вінниця", "Винница"],
  ];
  for (const [uk, ru] of rows) assert.equal(russianFromUkrainian(uk), ru, uk);
});
