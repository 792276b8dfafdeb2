import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { after, test } from "node:test";
import v8 from "node:v8";
import vm from "node:vm";
import iconv from "iconv-lite";
import { collect, makeFixtures, removeFixtures } from "../test-helpers.js";
import { createTextReader, TextReader } from "./text-reader.js";

const MiB = 1024 * 1024;
const dir = makeFixtures({
  "plain.txt": "\uFEFFKyiv said “the town holds”.\r\n\r\nMoscow\u00a0disagreed.\r\n",
  "empty.txt": "",
  "blank.txt": " \n\n\t\n",
  "binary.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  "cp1251.txt": iconv.encode("Российские войска заявили о захвате Покровска.\r\nКиев это отрицает.\r\n", "windows-1251"),
  "latin1.txt": iconv.encode("Die Stadt wurde nach schweren Kämpfen geräumt, hieß es.\n", "latin1"),
  "crlf-at-chunk.txt": Buffer.concat([Buffer.alloc(MiB - 1, "a"), Buffer.from("\r\nb\r\n")]),
  "utf8-at-chunk.txt": Buffer.concat([Buffer.alloc(MiB - 1, "a"), Buffer.from("Жж\n")]),
});
after(() => removeFixtures(dir));

const read = (name: string, options = {}) => collect(TextReader.read(path.join(dir, name), options));

test("TextReader reads a small file as one article, normalised, metadata null", async () => {
  const { articles, problems } = await read("plain.txt");
  assert.deepEqual(problems, []);
  assert.equal(articles.length, 1);
  const [a] = articles;
  assert.equal(a.id, "plain");
  assert.equal(a.text, "Kyiv said “the town holds”.\n\nMoscow\u00a0disagreed.\n");
  assert.equal(a.offset ?? 0, 0);
  assert.deepEqual([a.outlet, a.published, a.title], [null, null, null]);
  assert.equal(a.warnings, undefined);
});

const BAD: [string, string][] = [
  ["empty.txt", "empty file"],
  ["blank.txt", "empty file"],
  ["binary.txt", "binary file"],
  ["missing.txt", "no such file or directory"],
];
for (const [name, reason] of BAD) {
  test(`TextReader: ${name} is a problem: ${reason}`, async () => {
    const { articles, problems } = await read(name);
    assert.deepEqual(articles, []);
    assert.deepEqual(problems, [{ origin: path.join(dir, name), reason }]);
  });
}

const LEGACY: [string, string, string][] = [
  ["cp1251.txt", "Российские войска заявили о захвате Покровска.\nКиев это отрицает.\n", "decoded as windows-1251"],
  ["latin1.txt", "Die Stadt wurde nach schweren Kämpfen geräumt, hieß es.\n", "decoded as latin1"],
];
for (const [name, text, warning] of LEGACY) {
  test(`TextReader decodes ${name} and warns`, async () => {
    const warnings: [string, string][] = [];
    const { articles } = await read(name, { onWarning: (origin: string, message: string) => warnings.push([origin, message]) });
    assert.equal(articles[0].text, text);
    assert.deepEqual(articles[0].warnings, [warning]);
    assert.deepEqual(warnings, [[path.join(dir, name), warning]]);
  });
}

test("TextReader joins \\r\\n and UTF-8 sequences split across 1 MiB read chunks", async () => {
  const crlf = await read("crlf-at-chunk.txt");
  assert.equal(crlf.articles.map((a) => a.text).join(""), "a".repeat(MiB - 1) + "\nb\n");
  const utf8 = await read("utf8-at-chunk.txt");
  assert.equal(utf8.articles.map((a) => a.text).join(""), "a".repeat(MiB - 1) + "Жж\n");
});

test("TextReader reads a chmod 000 file as 'permission denied'", { skip: process.getuid?.() === 0 && "root reads everything" }, async () => {
  const file = path.join(dir, "locked.txt");
  fs.writeFileSync(file, "secret");
  fs.chmodSync(file, 0o000);
  const { problems } = await read("locked.txt");
  assert.deepEqual(problems, [{ origin: file, reason: "permission denied" }]);
});

/** A real gc(), so the heap check measures what is retained, not garbage not yet collected. */
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

/** A deterministic paragraph: Cyrillic, curly quotes, NBSP, a decomposed é (NFC shortens it), CRLF line ends. */
const paragraph = (i: number) =>
  `Paragraph ${i}: “Покровськ” was held\u00a0by ${i % 97} units, cafe\u0301 reports said.\r\nSecond line ${i * 7}.\r\n\r\n`;

test("TextReader reads a ~50 MB file in ~1 MB parts whose offsets reassemble the normalised text", async () => {
  const file = path.join(dir, "huge.txt");
  const fd = fs.openSync(file, "w");
  const expected = createHash("sha256");
  let expectedLength = 0;
  let written = 0;
  for (let i = 0; written < 50 * MiB; i += 1000) {
    const block = Array.from({ length: 1000 }, (_, k) => paragraph(i + k)).join("");
    written += fs.writeSync(fd, block);
    const normalised = block.replace(/\r\n/g, "\n").normalize("NFC");
    expected.update(normalised, "utf8");
    expectedLength += normalised.length;
  }
  fs.closeSync(fd);

  const actual = createHash("sha256");
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  let at = 0;
  let parts = 0;
  for await (const item of createTextReader().read(file, {})) {
    assert.ok(item.article, item.problem?.reason);
    const { id, text, offset } = item.article;
    assert.equal(id, "huge");
    assert.equal(offset, at, "each part starts where the last ended");
    assert.ok(text.length <= 1_100_000, `part of ${text.length}`);
    if (at + text.length < expectedLength) assert.ok(text.endsWith("\n\n"), "cut at a blank line");
    actual.update(text, "utf8");
    at += text.length;
    parts++;
    if (parts % 5 === 0) {
      gc();
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }
  }
  assert.equal(at, expectedLength);
  assert.equal(actual.digest("hex"), expected.digest("hex"));
  assert.ok(parts >= 40, `${parts} parts`);
  assert.ok(heapPeak - heapBefore < 40 * MiB, `heap grew by ${Math.round((heapPeak - heapBefore) / MiB)} MiB`);
});
