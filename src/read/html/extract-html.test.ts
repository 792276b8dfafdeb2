import assert from "node:assert/strict";
import { describe, it, test } from "node:test";
import { extractFragmentText, extractHtml } from "./extract-html.js";

const BODY = [
  "Russian forces claimed on Tuesday to have taken the town, a claim Kyiv denied.",
  "“The town is not surrounded,” the General Staff said in a statement, adding that fighting continued in the north.",
  "Independent analysts said the\u00a0claim could not be verified, citing satellite images of the eastern districts.",
];
const filler = " The situation on the ground remained difficult to assess, according to people familiar with the matter.";

const PAGE = `<!doctype html><html><head>
<title>Town holds, says Kyiv | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2025-11-07T09:30:00+02:00">
<meta name="author" content="Jane Reporter">
</head><body>
<header class="site-header"><nav class="main-nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<div class="donate-box"><p>Support independent journalism. Donate today so we can keep reporting from the front.</p></div>
<main><article>
<h1>Town holds, says Kyiv</h1>
${BODY.map((p) => `<p>${p}${filler}</p>`).join("\n")}
<div class="share-buttons"><a>Share on Facebook</a> <a>Share on X</a></div>
<form class="newsletter-signup"><p>Sign up for our newsletter for the morning briefing.</p><input type="email"></form>
</article>
<section id="comments"><h3>Comments</h3><p>Reader123: This is all propaganda, wake up people, nothing here is true.</p></section>
<div class="related-articles"><h3>Related</h3><ul><li><a>Ten things about tanks you never knew</a></li></ul></div>
</main>
<footer class="site-footer"><p>© 2025 The Daily Example. All rights reserved.</p></footer>
</body></html>`;

const GONE = ["Home", "Donate today", "newsletter", "Reader123", "Ten things", "All rights reserved", "Share on Facebook"];

test("extractHtml finds body, title, byline, date and outlet, and drops the boilerplate", () => {
  const page = extractHtml(PAGE);
  for (const paragraph of BODY) assert.ok(page.text.includes(paragraph), `body keeps: ${paragraph}`);
  for (const junk of GONE) assert.ok(!page.text.includes(junk), `boilerplate gone: ${junk}`);
  assert.ok(page.text.includes(`${BODY[0]}${filler}\n\n${BODY[1]}`), "paragraphs separated by a blank line");
  assert.equal(page.title, "Town holds, says Kyiv");
  assert.equal(page.byline, "Jane Reporter");
  assert.equal(page.outlet, "The Daily Example");
  assert.equal(page.published, "2025-11-07");
});

const article = (head: string, body = "") =>
  `<html><head>${head}</head><body><article>${body}${BODY.map((p) => `<p>${p}${filler}</p>`).join("")}</article></body></html>`;

const DATES: [string, string, string][] = [
  ["article:published_time", article('<meta property="article:published_time" content="2025-11-08T01:00:00Z">'), "2025-11-08"],
  ["itemprop datePublished", article('<meta itemprop="datePublished" content="2025-11-09">'), "2025-11-09"],
  ["JSON-LD datePublished", article('<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2025-11-10T08:00:00+01:00"}]}</script>'), "2025-11-10"],
  ["<time datetime>", article("", '<time datetime="2025-11-11T12:00">11 Nov</time>'), "2025-11-11"],
];
for (const [name, html, expected] of DATES) test(`extractHtml reads the date from ${name}`, () => assert.equal(extractHtml(html).published, expected));

test("extractHtml takes the outlet from the page URL's host when the page names none", () => {
  assert.equal(extractHtml(article(""), "https://www.example.org/news/1").outlet, "example.org");
  assert.equal(extractHtml(article("")).outlet, null);
});

test("extractHtml falls back to the body's text when Readability finds no article", () => {
  const page = extractHtml("<html><body><div>Short note: shelling reported overnight.</div></body></html>");
  assert.equal(page.text, "Short note: shelling reported overnight.");
});

test("extractFragmentText keeps paragraphs apart and characters as written", () => {
  const text = extractFragmentText("<p>One&nbsp;“two”</p><p>Three<br>four</p><ul><li>a</li><li>b</li></ul>");
  assert.equal(text, "One\u00a0“two”\n\nThree\nfour\n\na\n\nb");
});

describe("deeply nested pages", () => {
  const SENTENCE = "Russia's Defense Ministry said its forces had captured Pokrovsk, a claim Kyiv denied.";
  for (const [depth, open, close] of [[1500, "<div>", "</div>"], [10_000, "<div>", "</div>"], [1500, "<span><b>", "</b></span>"], [5000, "<section><p>", "</p></section>"]] as const) {
    it(`keeps the article nested ${depth} deep in ${open}, promptly`, () => {
      const html = `<html><head><title>Deep</title></head><body>${open.repeat(depth)}<p>${SENTENCE}</p><p>Second paragraph.</p>${close.repeat(depth)}</body></html>`;
      const t = performance.now();
      const page = extractHtml(html);
      assert.ok(page.text.includes(SENTENCE), page.text.slice(0, 100));
      assert.ok(page.text.includes("Second paragraph."));
      assert.ok(performance.now() - t < 5000, `${Math.round(performance.now() - t)} ms`);
    });
  }
});
