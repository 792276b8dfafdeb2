import { test } from "node:test";
import assert from "node:assert/strict";
import { detectLanguage } from "./detect-language.js";

const rows: [string, string][] = [
  ["Russian troops have captured the village of Kostiantynopolske in the Donetsk region, the defence ministry said on Saturday.", "en"],
  ["Армия России освободила еще два населенных пункта в Донецкой Народной Республике. Об этом сообщили в Минобороны.", "ru"],
  ["Упродовж минулої доби Росія втратила ще 1 080 окупантів убитими й пораненими, повідомляє Генеральний штаб ЗСУ.", "uk"],
  ["Подразделения группировки войск «Центр» освободили населенный пункт Дружба, сообщила пресс-служба.", "ru"],
  ["Сили оборони відбили атаки окупантів в районах населених пунктів Бахмутське та Первомайське.", "uk"],
  ["Wizara ya Ulinzi ya Urusi inasema vikosi vyake vimeutwaa mji muhimu wa kimkakati katika eneo la Donetsk. ".repeat(3), "und"],
  ["12 345 — 67", "und"],
  // A short Russian post without ы, э, ё, ъ or a telling function word: no Ukrainian letter leans Russian.
  ["Подразделения группировки Центр продолжают наступление под Покровском.", "ru"],
  ["Окупанти продовжують наступ під Покровськом.", "uk"],
];

test("detectLanguage: the language of each sentence", () => {
  for (const [text, lang] of rows) assert.equal(detectLanguage(text).lang, lang, text);
});

test("detectLanguage: an English article quoting a Cyrillic name stays English", () => {
  const text = "The Russian Telegram channel Rybar (Рыбарь) said on Monday that Russian forces had entered the town, which Ukraine denied.";
  assert.equal(detectLanguage(text).lang, "en");
});

test("detectLanguage: a short Latin-script text is read as English", () => {
  assert.equal(detectLanguage("Российские войска заявили. Russian forces captured Vuhledar, TASS reported.").lang, "en");
});
