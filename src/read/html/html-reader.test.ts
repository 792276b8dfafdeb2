import assert from "node:assert/strict";
import path from "node:path";
import { after, test } from "node:test";
import iconv from "iconv-lite";
import { HtmlReader } from "./html-reader.js";
import { collect, makeFixtures, removeFixtures } from "../test-helpers.js";

const para = "Officials said the bridge was damaged overnight, and repairs would take weeks, according to the regional governor.";
const page = (head: string, body: string) => `<html><head>${head}</head><body><nav>Home | World</nav><article>${body}</article></body></html>`;

const dir = makeFixtures({
  "story.html": page('<meta property="og:site_name" content="Example News"><title>Bridge hit</title>', `<h1>Bridge hit</h1><p>${para}</p><p>${para}</p>`),
  "cp1251.htm": iconv.encode(page('<meta charset="windows-1251"><title>Мост</title>', `<p>${"Мост был повреждён ночью, сообщили власти региона. ".repeat(6)}</p>`), "windows-1251"),
  "empty.html": "",
  "no-text.html": "<html><body><script>var x = 1;</script></body></html>",
});
after(() => removeFixtures(dir));
const read = (name: string, options = {}) => collect(HtmlReader.read(path.join(dir, name), options));

test("HtmlReader reads a page file: id from the file name, body without navigation", async () => {
  const { articles, problems } = await read("story.html");
  assert.deepEqual(problems, []);
  const [a] = articles;
  assert.equal(a.id, "story");
  assert.equal(a.text, `${para}\n\n${para}`);
  assert.equal(a.title, "Bridge hit");
  assert.equal(a.outlet, "Example News");
  assert.equal(a.published, null);
});

test("HtmlReader decodes a windows-1251 page and warns", async () => {
  const warnings: string[] = [];
  const { articles } = await read("cp1251.htm", { onWarning: (_: string, m: string) => warnings.push(m) });
  assert.match(articles[0].text, /^Мост был повреждён ночью/);
  assert.equal(articles[0].title, "Мост");
  assert.deepEqual(articles[0].warnings, ["decoded as windows-1251"]);
  assert.deepEqual(warnings, ["decoded as windows-1251"]);
});

const BAD: [string, string][] = [
  ["empty.html", "empty file"],
  ["no-text.html", "no text in page"],
  ["missing.html", "no such file or directory"],
];
for (const [name, reason] of BAD) {
  test(`HtmlReader: ${name} is a problem: ${reason}`, async () => {
    assert.deepEqual(await read(name), { articles: [], problems: [{ origin: path.join(dir, name), reason }] });
  });
}
