import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates } from "./dates.js";
import { foldForMatching } from "./fold-text.js";

const resolve = (s: string, published: string | null, lang: string) => {
  const fold = foldForMatching(s);
  return findDates(fold, 0, fold.length, published, lang).map((d) => ({ text: s.slice(d.start, d.end), ...d.period, form: d.form }));
};

// Publication on Thursday 11 September 2025.
const PUB = "2025-09-11";

const check = (lang: string, rows: [string, string | null, object][]) => {
  for (const [sentence, published, expected] of rows) {
    const found = resolve(sentence, published, lang);
    assert.equal(found.length, 1, `${sentence}: ${JSON.stringify(found)}`);
    for (const [k, v] of Object.entries(expected)) assert.equal((found[0] as any)[k], v, `${sentence}: ${k} ${JSON.stringify(found[0])}`);
  }
};

test("Russian dates resolve against the publication date", () => {
  check("ru", [
    ["Удар был нанесён 5 сентября.", PUB, { text: "5 сентября", start: "2025-09-05", end: "2025-09-05", form: "point" }],
    ["Бои шли 20 ноября.", PUB, { start: "2024-11-20" }],
    ["11 сентября 2025 года ВС РФ заняли село", null, { text: "11 сентября 2025 года", start: "2025-09-11" }],
    ["В ночь на 5 сентября дроны атаковали", PUB, { text: "В ночь на 5 сентября", start: "2025-09-05", form: "point" }],
    ["Об этом сообщили в понедельник.", PUB, { text: "в понедельник", start: "2025-09-08" }],
    ["Об этом сообщили в четверг.", PUB, { text: "в четверг", start: "2025-09-11" }],
    ["Вчера ВСУ обстреляли город.", PUB, { text: "Вчера", start: "2025-09-10" }],
    ["Сегодня утром был обстрел.", PUB, { text: "Сегодня", start: "2025-09-11" }],
    ["Накануне в Минобороны заявили", PUB, { text: "Накануне", start: "2025-09-10" }],
    ["С начала года погибли 300 человек", PUB, { text: "С начала года", start: "2025", end: "2025-09-11", form: "since" }],
    ["В августе потери выросли.", PUB, { text: "В августе", start: "2025-08", end: "2025-08" }],
    ["В октябре потери выросли.", PUB, { start: "2024-10" }],
    ["На прошлой неделе город был взят.", PUB, { text: "На прошлой неделе", form: "range", end: "2025-09-11" }],
    ["С 24 февраля 2022 года погибли", PUB, { text: "С 24 февраля 2022 года", start: "2022-02-24", end: "2025-09-11", form: "since" }],
    ["по состоянию на 1 декабря город окружён", PUB, { text: "по состоянию на 1 декабря", start: "2024-12-01", form: "as_of" }],
    ["в сентябре 2022 года армия отступила", null, { text: "в сентябре 2022 года", start: "2022-09" }],
    ["Летом 2024 года шли бои", null, { text: "Летом 2024 года", start: "2024" }],
    ["с 2014 года шла война", PUB, { start: "2014", form: "since" }],
    ["За сутки ВСУ потеряли 1200 военных", PUB, { text: "За сутки", start: "2025-09-10", end: "2025-09-11", form: "range" }],
    ["за последние 10 месяцев погибли", PUB, { start: "2024-11-11", end: "2025-09-11", form: "range" }],
    ["три дня назад был обстрел", PUB, { text: "три дня назад", start: "2025-09-08" }],
    ["в прошлом году погибли", PUB, { start: "2024" }],
    ["снимок от 26.08.2025 показал", null, { text: "26.08.2025", start: "2025-08-26" }],
    ["с 5 по 10 августа шли бои", PUB, { start: "2025-08-05", end: "2025-08-10", form: "range" }],
    ["с начала полномасштабного вторжения погибли", PUB, { start: "2022-02-24", form: "since" }],
  ]);
});

test("Ukrainian dates resolve against the publication date", () => {
  check("uk", [
    ["Удар завдали 11 вересня 2025 року.", null, { text: "11 вересня 2025 року", start: "2025-09-11" }],
    ["Станом на 2 січня 2025 позиції утримуються", PUB, { text: "Станом на 2 січня 2025", start: "2025-01-02", form: "as_of" }],
    ["Про це повідомили у понеділок.", PUB, { text: "у понеділок", start: "2025-09-08" }],
    ["DeepState в суботу повідомив", PUB, { text: "в суботу", start: "2025-09-06" }],
    ["Вчора окупанти обстріляли місто.", PUB, { text: "Вчора", start: "2025-09-10" }],
    ["Сьогодні вранці був обстріл.", PUB, { text: "Сьогодні", start: "2025-09-11" }],
    ["Напередодні Генштаб повідомив", PUB, { start: "2025-09-10" }],
    ["З початку року загинули 300 людей", PUB, { text: "З початку року", start: "2025", form: "since" }],
    ["У серпні втрати зросли.", PUB, { text: "У серпні", start: "2025-08" }],
    ["Наприкінці листопада 2024 року місто оточили", null, { text: "Наприкінці листопада 2024 року", start: "2024-11" }],
    ["Минулого тижня місто було взято.", PUB, { text: "Минулого тижня", form: "range" }],
    ["У ніч на 5 вересня дрони атакували", PUB, { start: "2025-09-05" }],
    ["За минулу добу ліквідовано 1 080 окупантів", PUB, { text: "За минулу добу", start: "2025-09-10", form: "range" }],
    ["Упродовж минулої доби окупанти атакували", PUB, { start: "2025-09-10", end: "2025-09-11" }],
    ["два тижні тому місто звільнили", PUB, { start: "2025-08-28" }],
    ["торік загинули", PUB, { start: "2024" }],
    ["з 24 лютого 2022 року", PUB, { start: "2022-02-24", form: "since" }],
    ["від початку великої війни Росія втратила", PUB, { text: "від початку великої війни", start: "2022-02-24", end: "2025-09-11", form: "since" }],
  ]);
});

test("several days before one month: each day is a date", () => {
  assert.deepEqual(resolve("7 и 10 августа погибли", PUB, "ru").map((d) => [d.text, d.start]), [["7", "2025-08-07"], ["10 августа", "2025-08-10"]]);
  assert.deepEqual(resolve("10 та 11 березня 2025 року", null, "uk").map((d) => d.start), ["2025-03-10", "2025-03-11"]);
});

test("Russian and Ukrainian: what is not a date, and no publication date", () => {
  assert.deepEqual(resolve("экологическая среда пострадала", PUB, "ru"), []);
  assert.deepEqual(resolve("на 114-й день войны", PUB, "ru"), []);
  assert.deepEqual(resolve("лютий бій тривав", PUB, "uk"), []);
  assert.deepEqual(resolve("в понедельник", null, "ru").map((d) => d.start), [null]);
  assert.deepEqual(resolve("у жовтні", null, "uk").map((d) => d.start), [null]);
});

test("English rows stay the default", () => {
  const s = "The mayor spoke on Wednesday.";
  assert.deepEqual(findDates(s, 0, s.length, "2024-03-08"), findDates(s, 0, s.length, "2024-03-08", "en"));
});

test("'now' in Russian and Ukrainian: the publication date", () => {
  check("ru", [["Сейчас под контролем ВС РФ находится 70% города.", PUB, { text: "Сейчас", start: PUB, end: PUB }]]);
  check("uk", [["Наразі місто контролюють Сили оборони.", PUB, { text: "Наразі", start: PUB, end: PUB }]]);
});
