import { test } from "node:test";
import assert from "node:assert/strict";
import { romaniseRussian, romaniseUkrainian, russianSpellings } from "./ukrainian-names.js";

test("romaniseUkrainian: the national romanisation of 2010, word-initial forms and зг", () => {
  const rows: [string, string][] = [
    ["Новомихайлівка", "Novomykhailivka"],
    ["Старомайорське", "Staromaiorske"],
    ["Вовчанські Хутори", "Vovchanski Khutory"],
    ["Загризове", "Zahryzove"],
    ["Нова Кругляківка", "Nova Kruhliakivka"],
    ["Ясинувата", "Yasynuvata"], //   я at a word's start: ya
    ["Гуляйполе", "Huliaipole"], //   й inside a word: i
    ["Йосипівка", "Yosypivka"], //    й at a word's start: y
    ["Їжакевичі", "Yizhakevychi"], // ї at a word's start: yi
    ["Андріївка", "Andriivka"],
    ["Єнакієве", "Yenakiieve"], //   є: ye, then ie
    ["Юр’ївка", "Yurivka"], //        the apostrophe is dropped, ї after it: i
    ["Згорани", "Zghorany"], //       зг: zgh
    ["Щербинівка", "Shcherbynivka"],
    ["Кам’янка-Дніпровська", "Kamianka-Dniprovska"],
    ["Часів Яр", "Chasiv Yar"],
    ["Тоненьке", "Tonenke"], //       ь is dropped
  ];
  for (const [uk, en] of rows) assert.equal(romaniseUkrainian(uk), en, uk);
});

test("russianSpellings: regular Ukrainian → Russian place-name correspondences", () => {
  const rows: [string, string][] = [
    ["Новомихайлівка", "Новомихайловка"],
    ["Старомайорське", "Старомайорское"],
    ["Вовчанські Хутори", "Волчанские Хутора"],
    ["Курахове", "Курахово"],
    ["Водяне", "Водяное"],
    ["Нова Кругляківка", "Новая Кругляковка"],
    ["Мала Шапківка", "Малая Шапковка"],
    ["Велика Новосілка", "Великая Новоселка"],
    ["Андріївка", "Андреевка"],
    ["Миколаївка", "Николаевка"],
    ["Мар’їнка", "Марьинка"],
    ["Мар’їне", "Марьино"],
    ["Новоукраїнка", "Новоукраинка"],
    ["Тоненьке", "Тоненькое"],
    ["Сєверне", "Северное"],
    ["Білогорівка", "Белогоровка"],
    ["Підгородне", "Подгородное"],
    ["Часів Яр", "Часов Яр"],
    ["Гуляйполе", "Гуляйполе"],
  ];
  for (const [uk, ru] of rows) assert.equal(russianSpellings(uk)[0], ru, uk);
  // An -ове name is a possessive or an adjective: both readings are keys.
  assert.deepEqual(russianSpellings("Степове"), ["Степово", "Степовое"]);
  assert.ok(russianSpellings("Вербове").includes("Вербовое"));
  // Irregular usage is not guessed: Russian writes Кондрашовка for Кіндрашівка, but Загрызово for Загризове.
  assert.ok(!russianSpellings("Загризове").includes("Загрызово"));
});

test("romaniseRussian: the Latin of English reports of Russian sources", () => {
  const rows: [string, string][] = [
    ["Новомихайловка", "Novomikhaylovka"],
    ["Андреевка", "Andreyevka"],
    ["Старомайорское", "Staromayorskoye"],
    ["Волчанские Хутора", "Volchanskiye Khutora"],
    ["Ельцовка", "Yeltsovka"],
    ["Марьинка", "Marinka"],
    ["Щербиновка", "Shcherbinovka"],
  ];
  for (const [ru, en] of rows) assert.equal(romaniseRussian(ru), en, ru);
});
