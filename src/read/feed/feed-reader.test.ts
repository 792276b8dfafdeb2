import assert from "node:assert/strict";
import path from "node:path";
import { after, test } from "node:test";
import iconv from "iconv-lite";
import { FeedReader } from "./feed-reader.js";
import { shortHash } from "../article-id.js";
import { collect, makeFixtures, removeFixtures } from "../test-helpers.js";

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Front Line Wire</title><link>https://wire.example/</link>
<item><title>Kyiv denies encirclement</title><link>https://wire.example/a</link>
<pubDate>Tue, 04 Nov 2025 23:00:00 -0500</pubDate>
<description>Short teaser only.</description>
<content:encoded><![CDATA[<p>Kyiv denied that its troops were “encircled”.</p><div class="share">Share this</div><p>Moscow said&nbsp;otherwise.</p>]]></content:encoded>
</item>
<item><link>https://wire.example/b</link><description>&lt;p&gt;Shelling overnight, officials said.&lt;/p&gt;</description></item>
<item><title>Kyiv denies encirclement</title><description>A second item with the same title.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title>Strike reported</title><link rel="alternate" href="https://atom.example/s"/>
<published>2025-11-06T10:00:00+03:00</published><updated>2025-11-07T10:00:00Z</updated>
<content type="html">&lt;p&gt;A strike was reported near the rail hub.&lt;/p&gt;</content></entry>
</feed>`;

const CP1251 = iconv.encode(`<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>Лента</title>
<item><title>Бои под Покровском</title><description>Бои продолжаются, сообщили в Генштабе.</description></item></channel></rss>`, "windows-1251");

const dir = makeFixtures({ "cp1251.xml": CP1251, "wire.rss": RSS, "desk.atom": ATOM, "not-a-feed.xml": "<html><body>hi</body></html>", "empty.xml": "" });
after(() => removeFixtures(dir));
const read = (name: string) => collect(FeedReader.read(path.join(dir, name), {}));

test("FeedReader turns each RSS item into an article from content:encoded, else description", async () => {
  const { articles, problems } = await read("wire.rss");
  assert.deepEqual(problems, []);
  assert.deepEqual(
    articles.map((a) => [a.id, a.title, a.url, a.published, a.outlet]),
    [
      ["kyiv-denies-encirclement", "Kyiv denies encirclement", "https://wire.example/a", "2025-11-04", "Front Line Wire"],
      [shortHash("https://wire.example/b"), null, "https://wire.example/b", null, "Front Line Wire"],
      ["kyiv-denies-encirclement-2", "Kyiv denies encirclement", null, null, "Front Line Wire"],
    ],
  );
  assert.equal(articles[0].text, "Kyiv denied that its troops were “encircled”.\n\nMoscow said\u00a0otherwise.");
  assert.equal(articles[1].text, "Shelling overnight, officials said.");
  assert.ok(articles.every((a) => a.origin === path.join(dir, "wire.rss")));
});

test("FeedReader reads Atom entries: content, alternate link, published", async () => {
  const { articles } = await read("desk.atom");
  assert.equal(articles.length, 1);
  const [a] = articles;
  assert.deepEqual([a.id, a.title, a.url, a.published, a.outlet, a.text],
    ["strike-reported", "Strike reported", "https://atom.example/s", "2025-11-06", "Atom Desk", "A strike was reported near the rail hub."]);
});

test("FeedReader decodes a windows-1251 feed and warns", async () => {
  const { articles } = await read("cp1251.xml");
  assert.deepEqual(articles.map((a) => [a.id, a.outlet, a.text, a.warnings]),
    [["бои-под-покровском", "Лента", "Бои продолжаются, сообщили в Генштабе.", ["decoded as windows-1251"]]]);
});

const BAD: [string, string][] = [
  ["not-a-feed.xml", "not an RSS or Atom feed"],
  ["empty.xml", "empty file"],
  ["missing.rss", "no such file or directory"],
];
for (const [name, reason] of BAD) {
  test(`FeedReader: ${name} is a problem: ${reason}`, async () => {
    assert.deepEqual(await read(name), { articles: [], problems: [{ origin: path.join(dir, name), reason }] });
  });
}
