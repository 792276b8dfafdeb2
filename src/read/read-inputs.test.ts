import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, test } from "node:test";
import { readInputs } from "./read-inputs.js";
import { collect, makeFixtures, removeFixtures } from "./test-helpers.js";

const html = `<html><head><title>Page title</title></head><body><article><p>${"Shelling was reported near the station. ".repeat(8)}</p></article></body></html>`;
const rss = `<rss><channel><title>Wire</title><item><title>Feed item</title><description>Feed text.</description></item></channel></rss>`;

const corpus = makeFixtures({
  "b.txt": "Second file.",
  "a.txt": "First file.",
  "c.html": html,
  "d.rss": rss,
  "notes.pdf": "%PDF-1.4",
  "image.png": Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  ".DS_Store": "junk",
  "empty.txt": "",
  "manifest.json": JSON.stringify({
    a: { outlet: "Outlet A", published: "2025-11-07", title: "Title A", url: "https://a.example/" },
    b: { outlet: "Outlet B", published: "2025-13-45" },
    c: { outlet: "Outlet C" },
  }),
  "sub/z.txt": "Nested file.",
  "sub/manifest.json": JSON.stringify({ z: { outlet: "Sub outlet", published: "2025" } }),
  "sub/deeper/y.txt": "Deeper file.",
});
const broken = makeFixtures({ "manifest.json": '{"x": {', "x.txt": "Text without metadata." });
const explicit = makeFixtures({ "meta.json": JSON.stringify({ a: { outlet: "Explicit" }, "x": { title: "Explicit title" } }) });
after(() => [corpus, broken, explicit].forEach(removeFixtures));

test("readInputs walks a folder recursively in code point order (sub/deeper before sub/z.txt), applying each folder's manifest", async () => {
  const warnings: [string, string][] = [];
  const { articles, problems } = await collect(readInputs([corpus], { onWarning: (o, m) => warnings.push([o, m]) }));
  assert.deepEqual(articles.map((a) => a.id), ["a", "b", "c", "feed-item", "sub/deeper/y", "sub/z"], "below the folder given, ids carry their folders");
  assert.deepEqual(articles.map((a) => a.outlet), ["Outlet A", "Outlet B", "Outlet C", "Wire", null, "Sub outlet"]);
  const [a, b, , , y, z] = articles;
  assert.deepEqual([a.title, a.published, a.url, a.text], ["Title A", "2025-11-07", "https://a.example/", "First file."]);
  assert.equal(b.published, null);
  assert.match(b.warnings?.[0] ?? "", /published "2025-13-45" for b is not YYYY, YYYY-MM or YYYY-MM-DD/);
  assert.deepEqual(warnings, [[path.join(corpus, "b.txt"), b.warnings?.[0]]]);
  assert.equal(z.published, "2025");
  assert.deepEqual([y.outlet, y.published, y.title], [null, null, null]);
  assert.deepEqual(problems, [
    { origin: path.join(corpus, "empty.txt"), reason: "empty file" },
    { origin: path.join(corpus, "image.png"), reason: "skipped: not a .txt, .html, feed or Telegram export file" },
    { origin: path.join(corpus, "notes.pdf"), reason: "skipped: not a .txt, .html, feed or Telegram export file" },
  ]);
});

test("readInputs streams: the first article arrives before the folder is read through", async () => {
  const iterator = readInputs([corpus])[Symbol.asyncIterator]();
  const first = await iterator.next();
  assert.equal(first.value?.article?.id, "a");
  await iterator.return?.(undefined);
});

test("readInputs reports a malformed manifest once, in one line, and reads on without metadata", async () => {
  const { articles, problems } = await collect(readInputs([broken]));
  assert.equal(problems.length, 1);
  assert.equal(problems[0].origin, path.join(broken, "manifest.json"));
  assert.match(problems[0].reason, /^malformed manifest: /);
  assert.doesNotMatch(problems[0].reason, /\n/);
  assert.deepEqual(articles.map((a) => [a.id, a.outlet, a.text]), [["x", null, "Text without metadata."]]);
});

test("readInputs: options.meta applies to all inputs and wins over a folder's manifest", async () => {
  const { articles } = await collect(readInputs([path.join(corpus, "a.txt"), path.join(broken, "x.txt")], { meta: path.join(explicit, "meta.json") }));
  assert.deepEqual(articles.map((a) => [a.id, a.outlet, a.title]), [["a", "Explicit", "Title A"], ["x", null, "Explicit title"]]);
});

test("readInputs: a missing meta file is a problem, and reading goes on", async () => {
  const meta = path.join(explicit, "nope.json");
  const { articles, problems } = await collect(readInputs([path.join(corpus, "a.txt")], { meta }));
  assert.deepEqual(problems, [{ origin: meta, reason: "no such file or directory" }]);
  assert.equal(articles.length, 1);
});

test("readInputs: bad inputs are problems and the rest are read", async () => {
  const inputs = ["/no/such/path.txt", path.join(corpus, "notes.pdf"), path.join(corpus, "a.txt"), "", "http://127.0.0.1/x", "ftp://example.org/a.txt"];
  const items = [];
  for await (const item of readInputs(inputs)) items.push(item.article ? `article ${item.article.id}` : `${item.problem.origin}: ${item.problem.reason}`);
  assert.equal(items.length, 6);
  assert.equal(items[0], "/no/such/path.txt: no such file or directory");
  assert.equal(items[1], `${path.join(corpus, "notes.pdf")}: skipped: not a .txt, .html, feed or Telegram export file`);
  assert.equal(items[2], "article a");
  assert.equal(items[3], ": empty input name");
  assert.match(items[4], /^http:\/\/127\.0\.0\.1\/x: refused/);
  assert.equal(items[5], "ftp://example.org/a.txt: unsupported URL scheme (only http and https)");
});

test("readInputs does not walk a symbolic link loop twice", async () => {
  const dir = makeFixtures({ "one.txt": "One." });
  fs.symlinkSync(dir, path.join(dir, "loop"));
  const { articles } = await collect(readInputs([dir]));
  assert.deepEqual(articles.map((a) => a.id), ["one"]);
  removeFixtures(dir);
});
