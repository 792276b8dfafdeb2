import { test } from "node:test";
import assert from "node:assert/strict";
import { loadActorRegistry } from "./index.js";

const actors = loadActorRegistry();

test("findMentions: named actors with spans, longest name first", () => {
  const text = "Syrskyi said the Kyiv Post and Russia’s Defence Ministry disagreed; Peskov declined to comment.";
  const found = actors.findMentions(text).map((m) => [m.text, m.source.name, text.slice(m.start, m.end)]);
  assert.deepEqual(found, [
    ["Syrskyi", "Oleksandr Syrskyi", "Syrskyi"],
    ["Kyiv Post", "Kyiv Post", "Kyiv Post"],
    ["Russia’s Defence Ministry", "Russian Defence Ministry", "Russia’s Defence Ministry"],
    ["Peskov", "Dmitry Peskov", "Peskov"],
  ]);
});

test("findMentions: metonyms and lowercase words are not actor mentions", () => {
  assert.deepEqual(actors.findMentions("Kyiv and Moscow traded blame; tell us, ap news."), []);
});

test("list: every actor has a name, side and kind; extra rows can be added", () => {
  const list = actors.list();
  assert.ok(list.length > 150);
  for (const a of list) assert.ok(a.name && a.side && a.kind, JSON.stringify(a));
  const extended = loadActorRegistry([{ name: "Example Channel", aliases: [], kind: "media", side: "RU", institution: null, role: "Russian Telegram channel" }]);
  assert.equal(extended.resolveSpeaker("Example Channel")?.side, "RU");
});

test("resolveSpeaker is fast enough to call per attribution", () => {
  const t = performance.now();
  for (let i = 0; i < 2000; i++) actors.resolveSpeaker("a senior Ukrainian military official in Kharkiv");
  // (2 ms per call is a ceiling for a loaded 2-core machine running the whole suite; the extractor also
  // remembers answers per registry, so a phrase is resolved once.)
  assert.ok((performance.now() - t) / 2000 < 2);
});
