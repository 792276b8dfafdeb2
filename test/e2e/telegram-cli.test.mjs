// Telegram Desktop channel exports (result.json) through the CLI, as an analyst archives a channel.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fogline, jsonl } from "./run-cli.mjs";

const CHANNEL = { name: "Frontline Dispatch", type: "public_channel", id: 1900000003 };
const message = (id, date, text, extra = {}) => ({
  id, type: "message", date, date_unixtime: String(Date.parse(`${date}Z`) / 1000), from: CHANNEL.name, from_id: `channel${CHANNEL.id}`, ...extra, text,
  text_entities: typeof text === "string" ? [{ type: "plain", text }] : text.map((p) => (typeof p === "string" ? { type: "plain", text: p } : p)),
});
const MESSAGES = [
  { id: 9, type: "service", date: "2025-11-03T08:00:00", date_unixtime: "1762156800", actor: CHANNEL.name, actor_id: `channel${CHANNEL.id}`, action: "pin_message", message_id: 8, text: "", text_entities: [] },
  message(10, "2025-11-04T09:30:00", "Russian forces captured Vuhledar on Tuesday, the Russian Defence Ministry said."),
  message(11, "2025-11-05T14:00:00", ["Ukraine's General Staff said ", { type: "bold", text: "1,150" }, " Russian soldiers were killed over the past day."], { forwarded_from: "Kyiv Front Monitor" }),
  { ...message(12, "2025-11-05T15:00:00", ""), photo: "photos/photo_12@05-11-2025_15-00-00.jpg", width: 1280, height: 960 },
];
const NEWER = [...MESSAGES, message(13, "2025-11-06T07:45:00", "Ukrainian forces withdrew from Selydove on Wednesday, the Ukrainian army said.")];
// Telegram Desktop writes one key per line; a copy cut off mid-write keeps the messages before the cut.
const exportOf = (messages) => JSON.stringify({ ...CHANNEL, messages }, null, 1);

function folder(files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fogline-telegram-"));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

test("extract result.json: claims from each message, dated by the message, by file or in a folder", () => {
  const dir = folder({ "ChatExport_2025-11-05/result.json": exportOf(MESSAGES) });
  const file = path.join(dir, "ChatExport_2025-11-05", "result.json");
  for (const input of [file, dir]) {
    const r = fogline(["extract", input]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, "");
    const claims = jsonl(r.stdout);
    const vuhledar = claims.find((c) => c.doc === "telegram-1900000003-10");
    assert.equal(vuhledar.place.name, "Vuhledar");
    assert.equal(vuhledar.source.name, "Russian Defence Ministry");
    assert.deepEqual(vuhledar.time, { start: "2025-11-04", end: "2025-11-04", text: "on Tuesday" }, "'on Tuesday' read against the message's date");
    const killed = claims.find((c) => c.doc === "telegram-1900000003-11");
    assert.equal(killed.value, 1150);
    assert.equal(killed.evidence.text, "Ukraine's General Staff said 1,150 Russian soldiers were killed over the past day.");
    assert.deepEqual([...new Set(claims.map((c) => c.doc))].sort(), ["telegram-1900000003-10", "telegram-1900000003-11"]);
  }
});

test("ingest: the channel is the outlet (a forward's original channel); a newer export stores only its new messages", () => {
  const dir = folder({ "old/result.json": exportOf(MESSAGES), "new/result.json": exportOf(NEWER) });
  const db = path.join(dir, "ledger.db");
  const first = fogline(["ingest", path.join(dir, "old", "result.json"), "--db", db]);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout + first.stderr, /ingested 2 new articles \(0 already stored\)/);
  const second = fogline(["ingest", path.join(dir, "new", "result.json"), "--db", db]);
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stdout + second.stderr, /ingested 1 new article[s]? \(2 already stored\)/);
  const again = fogline(["ingest", path.join(dir, "new"), "--db", db]);
  assert.match(again.stdout + again.stderr, /ingested 0 new articles \(3 already stored\)/);

  const csv = fogline(["claims", "--db", db, "--format", "csv"]);
  assert.equal(csv.status, 0, csv.stderr);
  const [header, ...rows] = csv.stdout.trim().split(/\r\n/).map((line) => line.split(","));
  const [doc, outlet] = [header.indexOf("doc"), header.indexOf("outlet")];
  const outlets = Object.fromEntries(rows.map((r) => [r[doc], r[outlet]]));
  assert.deepEqual(outlets, {
    "telegram-1900000003-10": "Frontline Dispatch",
    "telegram-1900000003-11": "Kyiv Front Monitor",
    "telegram-1900000003-13": "Frontline Dispatch",
  });
  assert.equal(new Set(rows.map((r) => r[header.indexOf("id")])).size, rows.length, "each message's claims stored once");
});

test("a truncated export: one line naming the file, the messages before the cut still read, exit status 1", () => {
  const whole = exportOf(NEWER);
  const dir = folder({ "result.json": whole.slice(0, whole.indexOf("withdrew from Selydove")) });
  const r = fogline(["extract", path.join(dir, "result.json")]);
  assert.equal(r.status, 1);
  const lines = r.stderr.trim().split("\n");
  assert.equal(lines.length, 1, r.stderr);
  assert.equal(lines[0], `fogline: ${path.join(dir, "result.json")}: truncated Telegram export (it breaks off mid-message): kept the 2 messages with text that parse`);
  assert.deepEqual([...new Set(jsonl(r.stdout).map((c) => c.doc))].sort(), ["telegram-1900000003-10", "telegram-1900000003-11"]);
});

test("a Russian channel export is read message by message", () => {
  const text = "Российские войска освободили населённый пункт Курахово, сообщили в Минобороны России.";
  const dir = folder({ "result.json": JSON.stringify({ name: "Сводка с фронта", type: "public_channel", id: 1700000009, messages: [message(5, "2025-01-06T11:00:00", text)] }, null, 1) });
  const r = fogline(["extract", path.join(dir, "result.json"), "--lang", "ru"]);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(jsonl(r.stdout).every((c) => c.doc === "telegram-1700000009-5" && text.includes(c.evidence.text)));
});
