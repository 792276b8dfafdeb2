// The Ukrainian pack end to end: sentences as Ukrainian officials and outlets write them → the claim's
// fields. Evidence stays verbatim in Cyrillic.
import { test } from "node:test";
import assert from "node:assert/strict";
import { expectOne, extractText } from "../../extract-test-helper.js";

const rows: [string, Record<string, unknown>][] = [
  ["Сили оборони звільнили Куп'янськ, повідомив Генштаб ЗСУ.", { kind: "control", measure: "controls", side: "UA", "place.name": "Kupiansk", "source.side": "UA", lang: "uk" }],
  ["За даними Генштабу ЗСУ, за добу окупанти втратили 1 190 осіб.", { kind: "casualties", measure: "killed_or_wounded", side: "RU", value: 1190, "source.side": "UA" }],
  ["Українські військові вийшли з Вугледара.", { kind: "event", measure: "withdrawal", side: "UA", "place.name": "Vuhledar" }],
  ["У Генштабі спростували заяви росіян про нібито оточення Покровська.", { kind: "forces", measure: "encircled", "place.name": "Pokrovsk", polarity: "denied", hedges: ["allegedly"] }],
  ["На Покровському напрямку тривають запеклі бої, повідомили в Генштабі.", { kind: "control", measure: "contested", "place.name": "Pokrovsk" }],
];

test("uk pack: control, losses, withdrawal, denial and fighting", () => {
  for (const [text, expected] of rows) expectOne(text, "2025-09-11", expected, "uk");
});

test("uk pack: a strike with its dead and wounded, each a claim of its own", () => {
  const claims = extractText("Унаслідок удару по Харкову загинули двоє людей, ще 15 поранені, повідомив Олег Синєгубов.", "2025-09-11", "uk");
  const got = claims.map((c) => [c.kind, c.measure, c.value, c.place?.name]).sort();
  assert.deepEqual(got, [["casualties", "killed", 2, "Kharkiv"], ["casualties", "wounded", 15, "Kharkiv"], ["event", "strike", null, "Kharkiv"]]);
});

test("uk pack: 'за даними прокуратури,' names a speaker the registry lacks; a Ukrainian outlet's prosecutors are Ukraine's", async () => {
  const { testExtractor } = await import("../../extract-test-helper.js");
  const claims = testExtractor().extract({ id: "t", text: "22 лютого росіяни, за даними прокуратури, завдали семи ударів по Костянтинівці, вбивши двох людей.", outlet: "Укрінформ", title: null, published: "2025-02-24", origin: "test", lang: "uk" });
  const killed = claims.find((c) => c.kind === "casualties");
  if (!killed || !/прокуратур/.test(killed.source?.name ?? "") || killed.source?.side !== "UA") throw new Error(JSON.stringify(claims.map((c) => [c.kind, c.source])));
});

test("uk pack: the subject's name before words of time and place ('Вадим Філашкін вранці 1 жовтня в ефірі телемарафону повідомив')", () => {
  expectOne("Очільник Донецької ОВА Вадим Філашкін вранці 1 жовтня в ефірі телемарафону повідомив про бої в Торецьку.", "2024-10-01", { "place.name": "Toretsk", "source.side": "UA" }, "uk");
});

test("uk pack: a 'Джерело:' line names the source of the article's unattributed claims; two different source lines name none", async () => {
  const { extractText } = await import("../../extract-test-helper.js");
  const one = extractText("Протягом минулої доби на Курському напрямку відбулося 15 боєзіткнень.\nДжерело: Генштаб ЗСУ.", "2025-01-01", "uk");
  if (one.length !== 1 || one[0].source?.side !== "UA" || !/General Staff/.test(one[0].source.name)) throw new Error(JSON.stringify(one.map((c) => c.source)));
  const two = extractText("Протягом минулої доби на Курському напрямку відбулося 15 боєзіткнень.\nДжерело: Генштаб ЗСУ.\nДжерело: Олег Синєгубов.", "2025-01-01", "uk");
  if (two.length !== 1 || two[0].source) throw new Error(JSON.stringify(two.map((c) => c.source)));
});

test("uk pack: a sentence with a speaker and no claim opens a report; 'Наприклад,' goes on with it despite its own date", async () => {
  const { extractText } = await import("../../extract-test-helper.js");
  const claims = extractText("За словами Зеленського, співвідношення втрат – 1 до 3.\n\nНаприклад, за вчора (11 серпня) росіяни втратили близько 1000 солдатів.", "2025-08-12", "uk");
  const losses = claims.find((c) => c.value === 1000);
  if (!losses || !/Zelensk/.test(losses.source?.name ?? "") || losses.time?.start !== "2025-08-11") throw new Error(JSON.stringify(claims.map((c) => [c.value, c.source?.name, c.time])));
  const plain = extractText("За словами Зеленського, співвідношення втрат – 1 до 3.\n\nЗа вчора (11 серпня) росіяни втратили близько 1000 солдатів.", "2025-08-12", "uk");
  if (plain.find((c) => c.value === 1000)?.source) throw new Error("a dated sentence without an opener is the writer's: " + JSON.stringify(plain.map((c) => c.source)));
});

test("uk pack: a bracketed abbreviation inside the speaker ('голова Донецької ОДА (ОВА) Павло Кириленко'); casualties 'в результаті обстрілу' are at the place of the shelling just told", async () => {
  const { extractText } = await import("../../extract-test-helper.js");
  const claims = extractText("Про це повідомляє голова Донецької ОДА (ОВА) Павло Кириленко.\n\"Вранці ворог обстріляв мирних мешканців Вугледара. В результаті обстрілу – 4 загиблих\", – зазначив він.", "2022-04-06", "uk");
  const killed = claims.find((c) => c.measure === "killed");
  if (!killed || killed.place?.name !== "Vuhledar" || killed.source?.name !== "Pavlo Kyrylenko") throw new Error(JSON.stringify(claims.map((c) => [c.measure, c.place?.name, c.source?.name])));
});

test("uk pack: 'під контролем СОУ' is Ukraine's control, and colloquial 'шо' opens a clause like 'що'", () => {
  expectOne("У Генеральному штабі ЗСУ повідомили, шо Купʼянськ під контролем СОУ.", "2025-11-21", { kind: "control", side: "UA", "place.name": "Kupiansk", "source.name": "General Staff of the Armed Forces of Ukraine" }, "uk");
});

test("uk pack: holding a defence near a place is fighting by the attackers, holding the place itself is control", () => {
  expectOne("Сили оборони утримують позиції біля Покровська.", "2025-01-01", { kind: "control", measure: "contested", side: "RU", "place.name": "Pokrovsk" }, "uk");
  expectOne("Сили оборони утримують Покровськ.", "2025-01-01", { kind: "control", measure: "controls", side: "UA", "place.name": "Pokrovsk" }, "uk");
});

test("uk pack: attempts to break through are fighting, and 'противник' is the attacker of the place's country (not the defenders named after the verb)", () => {
  expectOne("Противник здійснив дев’ять спроб прориву оборонних позицій українських військових поблизу Вовчанська.", "2025-01-01", { kind: "control", measure: "contested", side: "RU", "place.name": "Vovchansk" }, "uk");
});

test("uk pack: a General Staff list closed by its oblast, items located by their oblast in the genitive; repelled attacks are the attackers' fighting", async () => {
  const { extractText } = await import("../../extract-test-helper.js");
  const claims = extractText("Наші захисники відбили всі атаки ворога в районах Водяного, Новоукраїнки, Старомайорського Донецької області, а також Вербового Запорізької області.", "2024-01-01", "uk");
  const got = claims.filter((c) => c.measure === "contested").map((c) => `${c.place?.name}:${c.side}`).sort();
  assert.deepEqual(got, ["Novoukrainka:RU", "Staromaiorske:RU", "Verbove:RU", "Vodiane:RU"]);
  const closed = extractText("Безуспішними були наступальні дії противника в районах Степового, Авдіївки, Тоненького, Сєверного Донецької області.", "2024-01-01", "uk");
  assert.deepEqual(closed.map((c) => `${c.place?.name}:${c.side}`).sort(), ["Avdiivka:RU", "Sieverne:RU", "Stepove:RU", "Tonenke:RU"]);
});

test("uk pack: casualties of one without a numeral ('Загинув 53-річний чоловік', 'Є постраждалий'); a sentence with a figure is left to the figure rows", async () => {
  const { extractText } = await import("../../extract-test-helper.js");
  const one = extractText("Унаслідок обстрілу Херсона загинув 53-річний чоловік. Є постраждалий.", "2024-01-01", "uk");
  assert.deepEqual(one.filter((c) => c.kind === "casualties").map((c) => [c.measure, c.value]), [["killed", 1], ["wounded", 1]]);
  const figure = extractText("Унаслідок обстрілу Херсона загинули двоє людей, серед них чоловік.", "2024-01-01", "uk");
  assert.deepEqual(figure.filter((c) => c.kind === "casualties").map((c) => c.value), [2]);
});
