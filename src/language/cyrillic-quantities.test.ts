import { test } from "node:test";
import assert from "node:assert/strict";
import { findQuantities } from "./quantities.js";
import { foldForMatching } from "./fold-text.js";

const find = (s: string, lang: string) => {
  const fold = foldForMatching(s);
  return findQuantities(fold, 0, fold.length, lang).map((q) => ({
    text: s.slice(q.start, q.end), value: q.value, low: q.low, high: q.high, qualifier: q.qualifier, unit: q.unit,
  }));
};

const check = (lang: string, rows: [string, object][]) => {
  for (const [sentence, expected] of rows) {
    const found = find(sentence, lang);
    assert.equal(found.length, 1, `${sentence}: ${JSON.stringify(found)}`);
    for (const [k, v] of Object.entries(expected)) assert.deepEqual((found[0] as any)[k], v, `${sentence}: ${k} ${JSON.stringify(found[0])}`);
  }
};

test("Russian figures: qualifiers, thousands, decimal comma, scales, ranges, words, units", () => {
  check("ru", [
    ["ВСУ потеряли более 265 военнослужащих", { text: "более 265", value: 265, low: 265, high: null, qualifier: "over" }],
    ["за сутки потеряли более 1,2 тыс. человек", { text: "более 1,2 тыс.", value: 1200, qualifier: "over" }],
    ["установили имена 29 217 российских военных", { text: "29 217", value: 29217, qualifier: "exact" }],
    ["установили имена 29\u00A0217 военных", { text: "29\u00A0217", value: 29217 }],
    ["свыше 12 000 человек", { text: "свыше 12 000", value: 12000, qualifier: "over" }],
    ["около 20 бойцов", { text: "около 20", value: 20, low: null, high: null, qualifier: "about" }],
    ["порядка 70% территории", { text: "порядка 70%", value: 70, unit: "percent", qualifier: "about" }],
    ["примерно 50 000-60 000 человек", { text: "50 000-60 000", low: 50000, high: 60000, qualifier: "range" }],
    ["ликвидируют от 150 до 200 военных", { text: "от 150 до 200", low: 150, high: 200, value: null, qualifier: "range" }],
    ["потеряли 100–120 тысяч солдат", { text: "100–120 тысяч", low: 100000, high: 120000, qualifier: "range" }],
    ["ранены 1,2-1,5 тыс. человек", { low: 1200, high: 1500, qualifier: "range" }],
    ["по меньшей мере 870 из них погибли", { text: "по меньшей мере 870", value: 870, qualifier: "at_least" }],
    ["не менее 60 срочников", { text: "не менее 60", qualifier: "at_least", low: 60, high: null }],
    ["как минимум два генерала", { text: "как минимум два", value: 2, qualifier: "at_least" }],
    ["остается до 500 жителей", { text: "до 500", value: 500, high: 500, low: null, qualifier: "at_most" }],
    ["менее 300 человек", { text: "менее 300", qualifier: "under", high: 300 }],
    ["почти половина срочников", { text: "почти половина", value: 50, unit: "percent", qualifier: "nearly" }],
    ["почти 7 тысяч квадратных километров", { value: 7000, qualifier: "nearly", unit: "km2" }],
    ["занять 1268 кв. км", { text: "1268 кв. км", value: 1268, unit: "km2" }],
    ["в 20 километрах от города", { text: "20 километрах", value: 20, unit: "km" }],
    ["19,2% территории", { text: "19,2%", value: 19.2, unit: "percent" }],
    ["15 процентов территории", { text: "15 процентов", value: 15, unit: "percent" }],
    ["две трети города", { text: "две трети", value: 66.7, unit: "percent" }],
    ["гибель двух тысяч человек", { text: "двух тысяч", value: 2000 }],
    ["полторы тысячи военных", { text: "полторы тысячи", value: 1500 }],
    ["около полутора миллионов человек", { value: 1_500_000, qualifier: "about" }],
    ["двадцать пять тысяч бойцов", { text: "двадцать пять тысяч", value: 25000 }],
    ["более тысячи солдат", { text: "более тысячи", value: 1000, qualifier: "over" }],
    ["около миллиона беженцев", { text: "около миллиона", value: 1_000_000, qualifier: "about" }],
    ["десятки тысяч солдат", { text: "десятки тысяч", value: null, qualifier: "vague" }],
    ["сотни мирных жителей", { text: "сотни", qualifier: "vague" }],
    ["несколько тысяч человек", { text: "несколько тысяч", qualifier: "vague" }],
    ["погибли пятеро срочников", { text: "пятеро", value: 5 }],
    ["1000 с лишним военных", { text: "1000 с лишним", value: 1000, qualifier: "over" }],
    ["в 2022 году погибли 300 человек", { text: "300", value: 300 }],
    ["уничтожены 3 тыс. 649 единиц", { text: "3 тыс. 649", value: 3649 }],
    ["почти половина из 60 срочников погибла", { text: "почти половина из 60", value: 30, unit: null, qualifier: "nearly" }],
    ["заняли почти половину Часов Яра", { text: "почти половину", value: 50, unit: "percent" }],
    ["город с 18-тысячным населением", { text: "18-тысячным", value: 18000 }],
  ]);
});

test("Ukrainian figures: понад, близько, майже, щонайменше, тис., мільйонів, number words", () => {
  check("uk", [
    ["ЗСУ відбили понад 70 атак", { text: "понад 70", value: 70, qualifier: "over" }],
    ["ліквідували 1 080 окупантів", { text: "1 080", value: 1080 }],
    ["втратила орієнтовно 793 250 своїх військових", { text: "орієнтовно 793 250", value: 793250, qualifier: "about" }],
    ["близько 300 мешканців", { text: "близько 300", qualifier: "about" }],
    ["майже 40% території", { text: "майже 40%", value: 40, unit: "percent", qualifier: "nearly" }],
    ["щонайменше 12 людей загинули", { text: "щонайменше 12", qualifier: "at_least" }],
    ["не менше ніж 20 поранених", { text: "не менше ніж 20", qualifier: "at_least" }],
    ["принаймні п'ятеро цивільних", { text: "принаймні п'ятеро", value: 5, qualifier: "at_least" }],
    ["менше 100 військових", { text: "менше 100", qualifier: "under" }],
    ["втратили до 60 тисяч військових", { text: "до 60 тисяч", value: 60000, qualifier: "at_most" }],
    ["більше 1,5 млн людей", { text: "більше 1,5 млн", value: 1_500_000, qualifier: "over" }],
    ["три мільйони біженців", { text: "три мільйони", value: 3_000_000 }],
    ["поранивши чотирьох", { text: "чотирьох", value: 4 }],
    ["п’ять цивільних", { text: "п’ять", value: 5 }],
    ["з 10 до 15% території", { text: "з 10 до 15%", low: 10, high: 15, qualifier: "range", unit: "percent" }],
    ["між 400 і 700 військових", { text: "між 400 і 700", low: 400, high: 700, qualifier: "range" }],
    ["десятки тисяч солдатів", { text: "десятки тисяч", qualifier: "vague" }],
    ["сотні окупантів", { text: "сотні", qualifier: "vague" }],
    ["понад тисячу окупантів", { text: "понад тисячу", value: 1000, qualifier: "over" }],
    ["близько тисячі мешканців", { text: "близько тисячі", value: 1000, qualifier: "about" }],
    ["третина області", { text: "третина", value: 33.3, unit: "percent" }],
    ["за 2 км від міста", { text: "2 км", value: 2, unit: "km" }],
    ["евакуйовано 3 тис 649 людей", { value: 3649 }],
    ["півтори тисячі людей", { text: "півтори тисячі", value: 1500 }],
  ]);
});

test("Russian and Ukrainian numbers that are not figures yield nothing", () => {
  const ru = [
    "24 февраля 2022 года Россия начала", "Утром 6 августа 2024 года", "7 и 10 августа погибли", "штурмовые отряды 68-й мотострелковой",
    "переулок 1-й Бирюковский", "самолёт Су-34 сбит", "танк Т-72 уничтожен", "в 2024-м", "Речь идет о 46-летней женщине",
    "Речь идет о 46-летнем мужчине", "более 10 месяцев", "уже 3 года", "12 мая 2024, 17:36", "воинская часть 12721",
    "в 2023 году", "стоимостью 500 рублей", "в первой половине дня", "на 114-й день", "один из трёх снарядов",
    "мужчине 45 лет", "фото 26.08.2025", "с 1991 г.", "миллиарды рублей",
  ];
  const uk = [
    "станом на 2 січня 2025", "DeepState в суботу, 7 березня", "бійці 128-ї окремої бригади", "253-го штурмового батальйону",
    "Загинув 53-річний чоловік", "впродовж 10 днів", "у листопаді 2025 року", "10 та 11 березня", "Фото: 28 ОМБр ім. Ярослава",
    "за 5 тисяч гривень", "три доби поспіль",
  ];
  for (const s of ru) assert.deepEqual(find(s, "ru"), [], s);
  for (const s of uk) assert.deepEqual(find(s, "uk"), [], s);
});

test("English stays the default grammar", () => {
  const s = "more than 310 fighters";
  const fold = foldForMatching(s);
  assert.deepEqual(findQuantities(fold, 0, fold.length), findQuantities(fold, 0, fold.length, "en"));
  assert.equal(find("более 265 военных", "en").length, 1);
});
