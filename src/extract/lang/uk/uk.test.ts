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
