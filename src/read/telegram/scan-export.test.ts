import assert from "node:assert/strict";
import { test } from "node:test";
import { fixTelegramEscapes, scanExport } from "./scan-export.js";

test("scanExport cuts messages out by brackets, not fooled by brackets, quotes and backslashes in strings", () => {
  const text = '{"name": "A {b} [c]", "type": "public_channel", "id": 7, "messages": [{"id": 1, "text": "x \\"}]\\" y\\\\"}, {"id": 2, "text": [{"type": "bold", "text": "z"}]}, {"id": 3, "te';
  const { chats, unparsed, truncated } = scanExport(text);
  assert.deepEqual(chats, [{ name: "A {b} [c]", type: "public_channel", id: 7, messages: [{ id: 1, text: 'x "}]" y\\' }, { id: 2, text: [{ type: "bold", text: "z" }] }] }]);
  assert.deepEqual([unparsed, truncated], [0, true]);
});

test("scanExport counts a closed message that does not parse, and reads on", () => {
  const { chats, unparsed, truncated } = scanExport('{"name": "A", "messages": [{"id": 1, "text": }, {"id": 2, "text": "ok"}]}');
  assert.deepEqual(chats[0].messages, [{ id: 2, text: "ok" }]);
  assert.deepEqual([unparsed, truncated], [1, false]);
});

test("fixTelegramEscapes reads \\xHH as \\u00HH, but not an escaped backslash before x", () => {
  assert.equal(JSON.parse(fixTelegramEscapes('"a\\x0Bb"')), "a\u000bb");
  assert.equal(JSON.parse(fixTelegramEscapes('"a\\\\x0Bb"')), "a\\x0Bb");
  assert.equal(JSON.parse(fixTelegramEscapes('"a\\\\\\x1Fb"')), "a\\\u001fb");
});

test("scanExport on a minified export: a broken string ends the scan, the messages before it kept", () => {
  const { chats, truncated } = scanExport('{"name":"A","messages":[{"id":1,"text":"ok"},{"id":2,"text":"a"b"},{"id":3,"text":"c"}]}');
  assert.deepEqual(chats[0].messages.map((m) => (m as { id: number }).id), [1]);
  assert.equal(truncated, true);
});
