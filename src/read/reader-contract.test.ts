// One contract for every Reader: a bad input is one one-line problem naming it, never a throw.
import assert from "node:assert/strict";
import path from "node:path";
import { after, test } from "node:test";
import { FeedReader } from "./feed/feed-reader.js";
import { createFolderReader } from "./folder-reader.js";
import { HtmlReader } from "./html/html-reader.js";
import type { Reader } from "./reader.js";
import { TelegramReader } from "./telegram/telegram-reader.js";
import { collect, makeFixtures, removeFixtures } from "./test-helpers.js";
import { TextReader } from "./text/text-reader.js";
import { UrlReader } from "./url/url-reader.js";

const dir = makeFixtures({ "x.txt": "x", "x.html": "<p>x</p>", "x.rss": "<rss><channel><item><title>x</title><description>x</description></item></channel></rss>",
  "x.json": JSON.stringify({ name: "x", type: "public_channel", id: 1, messages: [{ id: 1, type: "message", date: "2025-01-01T00:00:00", text: "x" }] }) });
after(() => removeFixtures(dir));

const READERS: [Reader, good: string, bad: string][] = [
  [TextReader, path.join(dir, "x.txt"), path.join(dir, "missing.txt")],
  [HtmlReader, path.join(dir, "x.html"), path.join(dir, "missing.html")],
  [FeedReader, path.join(dir, "x.rss"), path.join(dir, "missing.rss")],
  [TelegramReader, path.join(dir, "x.json"), path.join(dir, "missing.json")],
  [createFolderReader(), dir, path.join(dir, "missing-folder")],
  [UrlReader, "https://example.org/", "http://169.254.169.254/"],
];

for (const [reader, good, bad] of READERS) {
  test(`${reader.name} accepts what it reads`, () => assert.equal(reader.accepts(good), true));

  test(`${reader.name} turns a bad input into one one-line problem naming it`, async () => {
    const { articles, problems } = await collect(reader.read(bad, {}));
    assert.deepEqual(articles, []);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].origin, bad);
    assert.match(problems[0].reason, /^[^\n]+$/);
    assert.doesNotMatch(problems[0].reason, /\bat .*:\d+:\d+/, "no stack trace");
  });
}
