import assert from "node:assert/strict";
import { test } from "node:test";
import { idFromFeedItem, idFromPath, idFromUrl, shortHash, slugify } from "./article-id.js";

const ROWS: [string, () => string, string][] = [
  ["path without extension", () => idFromPath("/x/seeds/000_9199023164c272a8.txt"), "000_9199023164c272a8"],
  ["path with two dots", () => idFromPath("a/report.v2.html"), "report.v2"],
  ["url host and path", () => idFromUrl("https://www.example.com/news/story-1.html?x=1#top"), "example-com-news-story-1"],
  ["url root", () => idFromUrl("http://example.org/"), "example-org"],
  ["feed item title", () => idFromFeedItem("Russia’s Claim: Pokrovsk!", "https://x/a", "t"), "russia-s-claim-pokrovsk"],
  ["Cyrillic title kept", () => slugify("Покровськ утримується"), "покровськ-утримується"],
  ["feed item without title", () => idFromFeedItem(null, "https://x/a", "t"), shortHash("https://x/a")],
];

for (const [name, make, expected] of ROWS) test(`id: ${name}`, () => assert.equal(make(), expected));

test("shortHash is 12 hex digits and stable", () => {
  assert.match(shortHash("a"), /^[0-9a-f]{12}$/);
  assert.equal(shortHash("a"), shortHash("a"));
});
