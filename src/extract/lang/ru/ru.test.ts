// The Russian pack end to end: sentences as Russian and Ukrainian officials and outlets write them in
// Russian → the claim's fields (kind, measure, side, figure, place in its canonical English name, speaker,
// polarity, hedges). Evidence stays verbatim in Cyrillic.
import { test } from "node:test";
import { expectOne } from "../../extract-test-helper.js";

const rows: [string, Record<string, unknown>][] = [
  ["Российские войска взяли под контроль Покровск, сообщило Минобороны России.", { kind: "control", measure: "controls", side: "RU", "place.name": "Pokrovsk", "source.side": "RU", lang: "ru" }],
  ["В районе Купянска продолжаются ожесточённые бои, заявил Генштаб ВСУ.", { kind: "control", measure: "contested", "place.name": "Kupiansk", "source.side": "UA" }],
  ["По данным Минобороны РФ, ВСУ потеряли за сутки более 400 военнослужащих.", { kind: "casualties", measure: "killed_or_wounded", side: "UA", value: 400, qualifier: "over", "source.side": "RU" }],
  ["Украинские подразделения вышли из Авдеевки, сообщил Александр Сырский.", { kind: "event", measure: "withdrawal", side: "UA", "place.name": "Avdiivka", "source.side": "UA" }],
  ["В Генштабе ВСУ опровергли заявления Минобороны России о взятии Часова Яра.", { kind: "control", measure: "controls", side: "RU", "place.name": "Chasiv Yar", polarity: "denied", "source.side": "UA" }],
  ["Российские войска окружили группировку ВСУ под Купянском, заявил Валерий Герасимов.", { kind: "forces", measure: "encircled", side: "UA", "place.name": "Kupiansk", "place.precision": "near", "source.side": "RU" }],
  ["По непроверенным данным, российские военные вошли в Торецк.", { kind: "control", measure: "contested", side: "RU", "place.name": "Toretsk", hedges: ["unverified"] }],
];

test("ru pack: control, fighting, losses, withdrawal, denial, encirclement and hedges", () => {
  for (const [text, expected] of rows) expectOne(text, "2025-09-11", expected, "ru");
});

test("ru pack: 'Он уточнил' continues the speaker named before, and is no name itself", async () => {
  const { extractText } = await import("../../extract-test-helper.js");
  const claims = extractText("Александр Стрюк заявил, что в Северодонецке идут бои. Он уточнил, что в Северодонецке ВСУ контролируют треть города.", "2022-06-01", "ru");
  const share = claims.find((c) => c.measure === "controls");
  if (!share || share.source?.name !== "Александр Стрюк" || share.value !== 33.3) throw new Error(JSON.stringify(claims.map((c) => [c.measure, c.value, c.source?.name])));
});

test("ru pack: the speaker after the verb in an institution ('добавили в Генштабе'), and a heading's speaker before a colon", () => {
  expectOne("При поддержке авиации оккупанты атаковали Торецк, добавили в Генштабе.", "2025-09-11", { "place.name": "Toretsk", "source.side": "UA" }, "ru");
  expectOne("Генштаб ВСУ: оккупанты штурмуют в районе Покровска.", "2025-09-11", { "place.name": "Pokrovsk", "source.side": "UA" }, "ru");
});

test("ru pack: 'По его словам,' is the person named before, not the outlet relaying him", async () => {
  const { extractText } = await import("../../extract-test-helper.js");
  const claims = extractText("Об этом глава Харьковской ОВА Олег Синегубов сообщил в эфире телемарафона, передает RegioNews. По его словам, российские войска обстреляли Волчанск.", "2024-05-20", "ru");
  const strike = claims.find((c) => c.place?.name === "Vovchansk");
  if (!strike || strike.source?.side !== "UA" || !/Syn|Син/.test(strike.source.name)) throw new Error(JSON.stringify(claims.map((c) => [c.kind, c.place?.name, c.source?.name, c.trail])));
});

test("ru pack: 'по данным ведомства' is the institution named before", async () => {
  const { extractText } = await import("../../extract-test-helper.js");
  const claims = extractText("Минобороны России сообщило о взятии Покровска. По данным ведомства, ВСУ потеряли за сутки 300 военнослужащих под Покровском.", "2025-11-29", "ru");
  const losses = claims.find((c) => c.kind === "casualties");
  if (!losses || losses.source?.name !== "Russian Defence Ministry") throw new Error(JSON.stringify(claims.map((c) => [c.kind, c.source?.name])));
});

test("ru pack: a passive 'опубликованы Министерством обороны' names its speaker after the participle", async () => {
  const { extractText } = await import("../../extract-test-helper.js");
  const claims = extractText("Кадры опубликованы Министерством обороны России: российские войска взяли под контроль Покровск.", "2025-11-29", "ru");
  if (!claims.some((c) => c.place?.name === "Pokrovsk" && c.source?.name === "Russian Defence Ministry")) throw new Error(JSON.stringify(claims.map((c) => [c.kind, c.source?.name])));
});

test("ru pack: 'Об этом сообщает X' names the previous sentence's speaker, in the present tense too", async () => {
  const { extractText } = await import("../../extract-test-helper.js");
  const claims = extractText("Журналисты установили имена 29 217 российских военных, погибших на войне с Украиной. Об этом сообщает «Русская служба Би-Би-Си».", "2023-08-04", "ru");
  const killed = claims.find((c) => c.value === 29217);
  if (!killed || killed.source?.side !== "independent") throw new Error(JSON.stringify(claims.map((c) => [c.value, c.source, c.trail])));
});

test("ru pack: a spokesman of a Ukrainian operational grouping, with its quoted name, speaks for Ukraine, and 'по его словам' is him", async () => {
  const { extractText } = await import("../../extract-test-helper.js");
  const claims = extractText("Армия РФ потеряла до 60 тысяч военных. Об этом рассказал представитель оперативно-стратегической группировки войск \"Днепр\" Алексей Бельский в эфире телеканала. По его словам, ежедневно в районе Покровска ликвидируют от 150 до 200 российских военных.", "2025-09-04", "ru");
  const daily = claims.find((c) => c.low === 150);
  if (!daily || daily.source?.name !== "Алексей Бельский" || daily.source.side !== "UA") throw new Error(JSON.stringify(claims.map((c) => [c.value, c.low, c.source])));
});

test("ru pack: free word order puts the actor after the verb ('около двух третей занимают рашисты'); a bare surname is the person named before", async () => {
  const { extractText } = await import("../../extract-test-helper.js");
  const claims = extractText("ВСУ контролируют треть Северодонецка. Об этом сообщил глава администрации города Александр Стрюк. «Пока более трети города контролируют наши ВСУ, около двух третей занимают рашисты», — сказал Стрюк.", "2022-06-10", "ru");
  const third = claims.find((c) => c.value === 33.3), twoThirds = claims.find((c) => c.value === 66.7);
  const got = JSON.stringify(claims.map((c) => [c.value, c.side, c.source?.name, c.source?.side]));
  if (third?.side !== "UA" || twoThirds?.side !== "RU") throw new Error(got);
  if (twoThirds.source?.name !== "Стрюк" || twoThirds.source.side !== "UA") throw new Error(got);
});

test("ru pack: officials quoted daily are in the registry in every case ('по данным Сергея Гайдая' is Serhiy Haidai, Ukraine's)", async () => {
  const { extractText } = await import("../../extract-test-helper.js");
  const claims = extractText("По данным Сергея Гайдая, российские войска взяли под контроль Николаевку.", "2022-06-20", "ru");
  if (claims[0]?.source?.name !== "Serhiy Haidai" || claims[0].source.side !== "UA") throw new Error(JSON.stringify(claims.map((c) => c.source)));
});

test("ru pack: 'попыток прорыва' is fighting; the enemy of a Ukrainian speaker is Russia", () => {
  expectOne("Противник совершил семь попыток прорыва обороны под Покровском, сообщил Генштаб ВСУ.", "2025-01-01", { kind: "control", measure: "contested", side: "RU", "place.name": "Pokrovsk" }, "ru");
});

test("ru pack: withdrawal told as 'отводят … из X' and as the euphemism 'перегруппировать'", () => {
  expectOne("Из Угледара отводят 72-ю бригаду ВСУ.", "2024-09-25", { kind: "event", measure: "withdrawal", "place.name": "Vuhledar" }, "ru");
  expectOne("В России заявили, что решили перегруппировать свои войска, находившиеся в районе Балаклеи.", "2022-09-10", { kind: "event", measure: "withdrawal", side: "RU", "place.name": "Balakliia" }, "ru");
});

test("ru pack: repelled attacks are the attackers' fighting", () => {
  expectOne("ВСУ отразили 15 атак у Покровска.", "2024-01-01", { kind: "control", measure: "contested", side: "RU", "place.name": "Pokrovsk" }, "ru");
});

test("ru pack: the actor inside the trigger's own words ('атак оккупанты совершили') gives the side", () => {
  expectOne("19 атак оккупанты совершили вблизи Торецка.", "2024-01-01", { kind: "control", measure: "contested", side: "RU", "place.name": "Toretsk" }, "ru");
});

test("ru pack: casualties of one without a numeral ('погибла женщина')", () => {
  expectOne("В селе Безлюдовка Белгородской области погибла женщина.", "2024-09-15", { kind: "casualties", measure: "killed", value: 1, "place.name": "Bezliudivka" }, "ru");
});

test("ru pack: the subject before a relative clause ('DeepState, которая отслеживает …, подтверждает'); 'Минобороны опубликовало' is a statement", async () => {
  expectOne("DeepState, которая отслеживает линию фронта с опорой на открытые источники, подтверждает, что большая часть Курахово находится под контролем России.", "2025-01-07", { kind: "control", side: "RU", "place.name": "Kurakhove", "source.name": "DeepState" }, "ru");
  const { extractText } = await import("../../extract-test-helper.js");
  const claims = extractText("Минобороны России опубликовало кадры освобождения Балагана.", "2025-10-16", "ru");
  if (claims[0]?.source?.side !== "RU") throw new Error(JSON.stringify(claims.map((c) => [c.place?.name, c.source])));
});
