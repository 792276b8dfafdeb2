import assert from "node:assert/strict";
import path from "node:path";
import { after, test } from "node:test";
import { readInputs } from "../read-inputs.js";
import { collect, makeFixtures, removeFixtures } from "../test-helpers.js";
import { exportJson, RUSSIAN_CHANNEL, UKRAINIAN_CHANNEL } from "./telegram-fixtures.js";
import { isTelegramExport, TelegramReader } from "./telegram-reader.js";

const russian = exportJson(RUSSIAN_CHANNEL);
const ukrainian = exportJson(UKRAINIAN_CHANNEL);
const cut = russian.slice(0, russian.indexOf("Часовом Яре"));
const [before, damaged] = [russian.indexOf('"id": 3'), russian.indexOf("Ночью")];
const broken = russian.slice(0, damaged) + '"' + russian.slice(damaged); // an unescaped quote inside message 3's text
const account = JSON.stringify({ about: "Here is the data you requested.", personal_information: { user_id: 1 }, chats: { about: "", list: [RUSSIAN_CHANNEL] }, left_chats: { about: "", list: [UKRAINIAN_CHANNEL] } }, null, 1);
const escaped = exportJson({ ...UKRAINIAN_CHANNEL, messages: [UKRAINIAN_CHANNEL.messages[0]] }).replace("Сили оборони", "Сили\\x0Bоборони");

const dir = makeFixtures({
  "ru/result.json": russian,
  "uk/channel-archive.json": ukrainian,
  "uk/manifest.json": JSON.stringify({ "channel-archive": { url: "https://t.me/operfront_example" } }),
  "cut/result.json": cut,
  "broken/export.json": broken,
  "account/result.json": account,
  "escaped/result.json": escaped,
  "other/data.json": JSON.stringify({ type: "FeatureCollection", features: [] }),
  "other/result.json": '{"name": "not", "items": []}',
  "mixed/result.json": ukrainian,
  "mixed/note.txt": "A plain article beside the export.",
});
after(() => removeFixtures(dir));
const file = (name: string) => path.join(dir, name);
const read = (name: string, meta?: string) => collect(TelegramReader.read(file(name), { meta }));

test("TelegramReader: each message with text is an article; the channel its outlet, the message date its publication date", async () => {
  const { articles, problems } = await read("ru/result.json");
  assert.deepEqual(problems, []);
  assert.deepEqual(articles.map((a) => [a.id, a.outlet, a.published, a.url, a.title]), [
    ["telegram-1700000001-2", "Фронтовая сводка", "2024-05-13", "https://t.me/c/1700000001/2", null],
    ["telegram-1700000001-3", "Фронтовая сводка", "2024-05-13", "https://t.me/c/1700000001/3", null],
    ["telegram-1700000001-5", "Военный обозреватель", "2024-05-14", "https://t.me/c/1700000001/5", "forwarded by Фронтовая сводка"],
    ["telegram-1700000001-7-edited-1715746800", "Фронтовая сводка", "2024-05-15", "https://t.me/c/1700000001/7", null],
  ]);
  assert.equal(articles[0].origin, `${file("ru/result.json")}#2`);
});

test("TelegramReader flattens entities to the text they show: bold, a text link's words, hashtags, mentions", async () => {
  const ru = (await read("ru/result.json")).articles;
  assert.equal(ru[1].text, "Ночью ВКС России нанесли удар по складу боеприпасов под Краматорском.\nПодробности");
  const uk = (await read("uk/channel-archive.json")).articles;
  assert.equal(uk[1].text, "#Покровськ Інформацію про втрати противника поки не вдалося перевірити. Джерело: @front_source");
});

test("TelegramReader: a forward that hides its origin has no outlet (not the forwarder's); a caption is a message; the signature is the byline", async () => {
  const { articles } = await read("uk/channel-archive.json");
  const byId = new Map(articles.map((a) => [a.id, a]));
  assert.deepEqual([...byId.keys()], ["telegram-1800000002-101", "telegram-1800000002-102", "telegram-1800000002-104", "telegram-1800000002-105"]);
  const hidden = byId.get("telegram-1800000002-104")!;
  assert.deepEqual([hidden.outlet, hidden.title], [null, "forwarded by Оперативний фронт"]);
  const video = byId.get("telegram-1800000002-105")!;
  assert.deepEqual([video.text, video.byline, video.outlet], ["Відео: ураження російської техніки під Вовчанськом.", "Олена К.", "Оперативний фронт"]);
});

test("TelegramReader: a manifest entry for the export gives the channel's username, and message links use it", async () => {
  const { articles } = await read("uk/channel-archive.json");
  assert.equal(articles[0].url, "https://t.me/operfront_example/101");
  const warnings: string[] = [];
  const meta = makeFixtures({ "meta.json": JSON.stringify({ result: { url: "https://example.org/not-telegram" } }) });
  try {
    const items = await collect(TelegramReader.read(file("ru/result.json"), { meta: path.join(meta, "meta.json"), onWarning: (_, m) => warnings.push(m) }));
    assert.equal(items.articles[0].url, "https://t.me/c/1700000001/2");
    assert.match(warnings[0], /^manifest: url "https:\/\/example.org\/not-telegram" for result is not a t\.me channel link/);
  } finally {
    removeFixtures(meta);
  }
});

test("TelegramReader: a truncated export keeps the messages before the cut, with one line naming the file", async () => {
  const { articles, problems } = await read("cut/result.json");
  assert.deepEqual(articles.map((a) => a.id), ["telegram-1700000001-2", "telegram-1700000001-3"]);
  assert.equal(articles[1].outlet, "Фронтовая сводка");
  assert.deepEqual(problems, [{ origin: file("cut/result.json"), reason: "truncated Telegram export (it breaks off mid-message): kept the 2 messages with text that parse" }]);
});

test("TelegramReader: a message broken in the middle of an export is skipped, the ones around it kept", async () => {
  assert.ok(before < damaged);
  const { articles, problems } = await read("broken/export.json");
  assert.deepEqual(articles.map((a) => a.id.replace("telegram-1700000001-", "")), ["2", "5", "7-edited-1715746800"]);
  assert.equal(problems.length, 1);
  assert.match(problems[0].reason, /^(truncated|malformed) Telegram export .*: kept the 3 messages with text that parse; 1 damaged message skipped$/);
});

test("TelegramReader reads every chat of a whole-account export, and Telegram's \\xHH escapes", async () => {
  const { articles, problems } = await read("account/result.json");
  assert.deepEqual(problems, []);
  assert.deepEqual(articles.map((a) => a.outlet), ["Фронтовая сводка", "Фронтовая сводка", "Военный обозреватель", "Фронтовая сводка", "Оперативний фронт", "Оперативний фронт", null, "Оперативний фронт"]);
  const { articles: [one] } = await read("escaped/result.json");
  assert.equal(one.text, "Сили\u000bоборони відбили 14 атак ворога на Покровському напрямку, повідомляє Генштаб ЗСУ.");
});

test("TelegramReader: a newer export of the channel reads the messages it shares with the older one to the same ids and texts", async () => {
  const older = (await read("cut/result.json")).articles;
  const newer = (await read("ru/result.json")).articles;
  for (const a of older) assert.deepEqual(newer.find((b) => b.id === a.id), { ...a, origin: a.origin.replace("cut", "ru") });
});

test("isTelegramExport: by content for any .json; result.json always, so that a broken one is named", () => {
  assert.deepEqual(
    ["ru/result.json", "uk/channel-archive.json", "broken/export.json", "other/data.json", "uk/manifest.json", "mixed/note.txt", "other/missing.json"].map((n) => isTelegramExport(file(n))),
    [true, true, true, false, false, false, false],
  );
});

test("TelegramReader: a result.json that is no chat export, or empty, is one problem", async () => {
  assert.deepEqual(await read("other/result.json"), { articles: [], problems: [{ origin: file("other/result.json"), reason: 'not a Telegram chat export (no chat with a "messages" list)' }] });
});

test("readInputs finds an export in a folder and given by name, beside other files", async () => {
  const folder = await collect(readInputs([file("mixed")]));
  assert.deepEqual(folder.problems, []);
  assert.deepEqual(folder.articles.map((a) => a.id), ["note", "telegram-1800000002-101", "telegram-1800000002-102", "telegram-1800000002-104", "telegram-1800000002-105"]);
  const named = await collect(readInputs([file("uk/channel-archive.json"), file("other/data.json")]));
  assert.equal(named.articles.length, 4);
  assert.deepEqual(named.problems, [{ origin: file("other/data.json"), reason: "skipped: not a .txt, .html, feed or Telegram export file" }]);
});
