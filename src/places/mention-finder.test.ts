import { test } from "node:test";
import assert from "node:assert/strict";
import { loadPlaceIndex } from "./index.js";

const places = loadPlaceIndex();
const found = (text: string) => places.findMentions(text).map((m) => [m.text, m.candidates[0].name]);

test("findMentions: names, multi-word names, spans", () => {
  const text = "Shelling hit Chasiv Yar and Kurakhove overnight, while Pokrovs'k stayed quiet.";
  const ms = places.findMentions(text);
  assert.deepEqual(ms.map((m) => [m.text, m.start, m.end, m.candidates[0].name]), [
    ["Chasiv Yar", 13, 23, "Chasiv Yar"],
    ["Kurakhove", 28, 37, "Kurakhove"],
    ["Pokrovs'k", 55, 64, "Pokrovsk"],
  ]);
  for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text);
});

test("findMentions: region suffixes and 'X and Y oblasts'", () => {
  assert.deepEqual(found("Strikes hit the Sumy region and Kharkiv Oblast."), [["Sumy region", "Sumy Oblast"], ["Kharkiv Oblast", "Kharkiv Oblast"]]);
  assert.deepEqual(found("Troops may push into the Dnipropetrovsk and Zaporizhzhia oblasts."), [
    ["Dnipropetrovsk", "Dnipropetrovsk Oblast"],
    ["Zaporizhzhia oblasts", "Zaporizhzhia Oblast"],
  ]);
});

test("findMentions: 'the X direction' gives the place X", () => {
  assert.deepEqual(found("Assaults intensified on the Lyman direction and the Kupiansk front."), [["Lyman", "Lyman"], ["Kupiansk", "Kupiansk"]]);
});

test("findMentions: possessives and Cyrillic", () => {
  assert.deepEqual(found("Kramatorsk's mayor spoke; Покровськ was shelled."), [["Kramatorsk", "Kramatorsk"], ["Покровськ", "Pokrovsk"]]);
});

test("findMentions: negatives — people, nationalities, common words, actor names", () => {
  const none = [
    "Vladimir Putin said in May that talks would continue.",
    "Russian forces advanced, Ukrainian officials said.",
    "Most residents have left.",
    "Power outages followed; limited power returned by night.",
    "Victory was declared by no one.",
    "President Donald Trump and Valery Gerasimov spoke.",
    "The Kyiv Independent and The Moscow Times reported it.",
    "Footage from the \"Skelya\" regiment was shared.",
    "Snow fell over the front line.",
  ];
  for (const s of none) assert.deepEqual(found(s).filter(([, n]) => !["Kyiv", "Moscow"].includes(n as string)), [], s);
  assert.deepEqual(found("The Kyiv Independent reported it."), []);
});

test("findMentions: rivers, formations and longer unknown names are not the place", () => {
  assert.deepEqual(found("Boats crossed the Dnipro River near Kherson."), [["Kherson", "Kherson"]]);
  assert.deepEqual(found("Units of the Vostok group of forces attacked."), []);
  assert.deepEqual(found("Troops entered Zoriany Yar on Friday."), []);
  assert.deepEqual(found("She spoke to Rossiya-24 on Monday."), []);
});

test("findMentions: title-case headlines keep their places", () => {
  assert.deepEqual(found("Will Moscow Take Zaporizhzhia This Year?"), [["Moscow", "Moscow"], ["Zaporizhzhia", "Zaporizhzhia"]]);
  assert.deepEqual(found("Fighting Rages Near Huliaipole"), [["Huliaipole", "Huliaipole"]]);
});

test("findMentions: a place name used as a first name", () => {
  assert.deepEqual(found("Reporting by Sofia Petrenko in Odesa."), [["Odesa", "Odesa"]]);
});

test("findMentions: metonyms stay places", () => {
  assert.deepEqual(found("Moscow denied it, and Kyiv said nothing."), [["Moscow", "Moscow"], ["Kyiv", "Kyiv"]]);
});
