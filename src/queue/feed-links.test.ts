// Feed bodies -> jobs: RSS, Atom and JSON Feed items followed by their links, lists of URLs, and the
// texts that are none of these.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { canonicalItemUrl, feedLinks } from "./feed-links.js";
import { isJsonFeedText, parseJsonFeed } from "./json-feed.js";

const jsonFeed = JSON.stringify({
  version: "https://jsonfeed.org/version/1.1", title: "Json Wire",
  items: [
    { id: "1", url: "https://news.example/a/1", title: "One", date_published: "2025-11-14T10:00:00Z", content_text: "Teaser." },
    { id: "2", external_url: "https://other.example/b", content_html: "<p>Link post</p>" },
    { id: "3", content_text: "No link at all." },
  ],
});

describe("feed links", () => {
  it("reads a JSON Feed's items, their page URLs and dates", () => {
    assert.equal(isJsonFeedText(jsonFeed), true);
    assert.equal(isJsonFeedText('{"version": 2}'), false);
    assert.deepEqual(parseJsonFeed(jsonFeed)?.items.map((i) => [i.link, i.date, i.html]), [
      ["https://news.example/a/1", "2025-11-14T10:00:00Z", "Teaser."],
      ["https://other.example/b", null, "<p>Link post</p>"],
      [null, null, "No link at all."],
    ]);
    assert.deepEqual(feedLinks("feed.json", jsonFeed), {
      jobs: [
        { url: "https://news.example/a/1", feed: "feed.json", title: "One", published: "2025-11-14", outlet: "Json Wire" },
        { url: "https://other.example/b", feed: "feed.json", title: null, published: null, outlet: "Json Wire" },
      ],
      skipped: 1,
    });
  });

  it("resolves Atom links against the feed and drops fragments, so one page is one job", () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
      <entry><title>A</title><link rel="alternate" href="/news/a#top"/><updated>2025-11-02T00:00:00Z</updated><summary>x</summary></entry>
      <entry><title>A again</title><link href="https://atom.example/news/a"/><summary>y</summary></entry></feed>`;
    const links = feedLinks("https://atom.example/feed.atom", atom);
    assert.ok(!("reason" in links));
    assert.deepEqual(links.jobs.map((j) => [j.url, j.published, j.outlet]), [["https://atom.example/news/a", "2025-11-02", "Atom Wire"]]);
  });

  it("reads a file of URLs, one a line, with comments", () => {
    assert.deepEqual(feedLinks("list.txt", "# wires\nhttps://a.example/1\n\nhttp://b.example/2#x\nhttps://a.example/1\n"), {
      jobs: [{ url: "https://a.example/1", feed: "list.txt" }, { url: "http://b.example/2", feed: "list.txt" }], skipped: 0,
    });
  });

  it("says why a text is no feed", () => {
    for (const text of ["", "just some prose\nover two lines", "https://a.example/1\nftp://b.example/2", '{"items": []}']) {
      assert.deepEqual(feedLinks("x", text), { reason: "not an RSS, Atom or JSON Feed, nor a list of http(s) URLs" }, text);
    }
    assert.equal(canonicalItemUrl("javascript:alert(1)", null), null);
    assert.equal(canonicalItemUrl("mailto:desk@news.example", "https://news.example/"), null);
  });
});
