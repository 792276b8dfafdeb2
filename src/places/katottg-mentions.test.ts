// The catalogue's villages (data/ua-settlements.json) in real sentences, through the built gazetteer.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadPlaceIndex } from "./index.js";

const places = loadPlaceIndex();
const found = (text: string) => places.findMentions(text).map((m) => [m.text, m.candidates[0].name]);

test("a catalogue village is found in each case, in Ukrainian and in Russian", () => {
  const forms: [string, string][] = [
    ["Загризове", "Село Загризове обстріляли."],
    ["Загризового", "Бої в районі Загризового."],
    ["Загризовому", "Ворог атакував біля Загризового, у Загризовому пожежа."],
    ["Загризовим", "Над Загризовим збили дрон."],
    ["Загризово", "Подразделения освободили населенный пункт Загризово."],
    ["Загризово", "Бои идут в районе Загризово."],
  ];
  for (const [form, sentence] of forms) {
    const m = places.findMentions(sentence).filter((x) => x.text === form);
    assert.ok(m.length, `${form} in «${sentence}»`);
    assert.equal(m[0].candidates[0].name, "Zahryzove", sentence);
    assert.equal(m[0].candidates[0].lat, null, "a catalogue village has no coordinates");
    assert.match(m[0].candidates[0].id, /^katottg:UA63\d{15}$/);
  }
  assert.deepEqual(found("Бои за Новую Кругляковку и у Новой Кругляковки."), [["Новую Кругляковку", "Nova Kruhliakivka"], ["Новой Кругляковки", "Nova Kruhliakivka"]]);
  assert.deepEqual(found("Ворог атакував поблизу Вовчанських Хуторів та Малої Шапківки."), [["Вовчанських Хуторів", "Vovchanski Khutory"], ["Малої Шапківки", "Mala Shapkivka"]]);
  assert.deepEqual(found("Армия заняла Волчанские Хутора."), [["Волчанские Хутора", "Vovchanski Khutory"]]);
});

test("a village named by an ordinary word is a place only where the text marks it", () => {
  for (const s of ["Мирне населення страждає.", "Перемога буде за нами.", "Люди мріють про Нове життя.", "Ставки зросли.", "Зелене світло дали уряду.", "Мирные жители погибли, Победа близка."]) {
    assert.deepEqual(found(s), [], s);
  }
  assert.deepEqual(found("У селі Мирне загинула жінка.").map(([t]) => t), ["Мирне"]);
  assert.deepEqual(found("Бої точилися в районі Перемоги.").map(([t]) => t), ["Перемоги"]);
  // The next item of a list of places: "Степового, Авдіївки, Тоненького".
  assert.deepEqual(found("Противник діяв в районах Степового, Авдіївки, Тоненького, Сєверного.").map(([t]) => t), ["Степового", "Авдіївки", "Тоненького", "Сєверного"]);
  // An adjectival form before its noun is an adjective: "Центрального рынка", "Антоновского моста".
  assert.deepEqual(found("Бои идут в районе Центрального рынка и Антоновского моста."), []);
  // A surname in -ов, a first name in Latin letters: not villages.
  assert.deepEqual(found("Про це сказав Ковальов."), []);
  assert.deepEqual(found("By Sasha Vakulina"), []);
});

test("same-named villages: the article's oblast picks one, a GeoNames place outranks catalogue-only ones", () => {
  const mention = places.findMentions("Ворог атакував Петропавлівку.")[0];
  assert.equal(mention.candidates.length > 5, true);
  // Without context: the GeoNames town (with coordinates and a population) first.
  assert.notEqual(mention.candidates[0].lat, null);
  for (const region of ["Kharkiv Oblast", "Donetsk Oblast", "Luhansk Oblast"]) {
    const chosen = places.choose(mention, { regions: [region] });
    assert.equal(chosen.region, region);
    assert.equal(chosen.name, "Petropavlivka");
  }
});

test("the oblast named after a settlement, or after the list it ends, chooses among same-named villages", () => {
  const text = "Противник атакував в районах Водяного, Новоукраїнки, Старомайорського Донецької області, а також Вербового Запорізької області.";
  const chosen = Object.fromEntries(places.findMentions(text).map((m) => [m.text, places.choose(m, { regions: ["Kharkiv Oblast"] }).region]));
  assert.equal(chosen["Водяного"], "Donetsk Oblast");
  assert.equal(chosen["Новоукраїнки"], "Donetsk Oblast");
  assert.equal(chosen["Старомайорського"], "Donetsk Oblast");
  assert.equal(chosen["Вербового"], "Zaporizhzhia Oblast");
  // Without a region after it, the article's region decides.
  const [vodiane] = places.findMentions("Бої тривають біля Водяного.");
  assert.equal(places.choose(vodiane, { regions: ["Dnipropetrovsk Oblast"] }).region, "Dnipropetrovsk Oblast");
  assert.equal(places.choose(vodiane, { regions: ["Donetsk Oblast"] }).region, "Donetsk Oblast");
});

test("same-named catalogue villages that nothing tells apart: a settlement of that name, none of them", () => {
  const [mention] = places.findMentions("Бої тривають поблизу Вільхуватки.");
  assert.ok(mention, "Вільхуватка is found");
  const unresolved = places.choose(mention, {});
  assert.equal(unresolved.id, "");
  assert.equal(unresolved.name, "Vilkhuvatka");
  assert.equal(unresolved.region, null, "Vilkhuvatka is in more than one oblast");
  // The first candidate is that unresolved settlement, so that the article's regions do not take its guess.
  assert.equal(mention.candidates[0].id, "");
  const inKharkiv = places.choose(mention, { regions: ["Kharkiv Oblast"] });
  assert.equal(inKharkiv.region, "Kharkiv Oblast");
});
