import assert from "node:assert/strict";
import { test } from "node:test";
import { normaliseText } from "../normalise-text.js";
import { splitIntoParts, type TextPart } from "./text-parts.js";

async function* chunksOf(pieces: string[]): AsyncGenerator<string> {
  yield* pieces;
}

async function split(pieces: string[], partSize: number): Promise<TextPart[]> {
  const parts: TextPart[] = [];
  for await (const part of splitIntoParts(chunksOf(pieces), partSize)) parts.push(part);
  return parts;
}

function assertReassembles(parts: TextPart[], whole: string) {
  let at = 0;
  for (const part of parts) {
    assert.equal(part.offset, at, "offsets are contiguous");
    assert.equal(whole.slice(part.offset, part.offset + part.text.length), part.text);
    at += part.text.length;
  }
  assert.equal(at, whole.length);
}

const ROWS: [string, string[], number][] = [
  ["CRLF split between chunks", ["para one\r", "\npara two\r\n\r", "\nend"], 1000],
  ["lone CR at a chunk end", ["a\r", "b\r", ""], 1000],
  ["combining mark in the next chunk", ["cafe", "\u0301 au lait\n"], 1000],
  ["leading BOM", ["\uFEFFtext\n"], 1000],
  ["many paragraphs, small parts", Array.from({ length: 50 }, (_, i) => `Paragraph ${i} says something.\r\n\r\n`), 100],
  ["one long line, no newline", ["x".repeat(450), "y".repeat(450)], 100],
];

for (const [name, pieces, size] of ROWS) {
  test(`splitIntoParts: ${name}`, async () => {
    const whole = normaliseText(pieces.join(""));
    const parts = await split(pieces, size);
    assertReassembles(parts, whole);
    assert.equal(parts.map((p) => p.text).join(""), whole);
  });
}

test("splitIntoParts cuts after blank lines when it can", async () => {
  const paragraph = "word ".repeat(15) + "\n\n";
  const parts = await split([paragraph.repeat(20)], 200);
  assert.ok(parts.length > 1);
  for (const part of parts.slice(0, -1)) assert.ok(part.text.endsWith("\n\n"), JSON.stringify(part.text.slice(-5)));
  for (const part of parts.slice(1)) assert.ok(part.text.startsWith("word"));
});

test("splitIntoParts falls back to line ends without blank lines", async () => {
  const parts = await split(["a line of text here\n".repeat(40)], 100);
  for (const part of parts.slice(0, -1)) assert.ok(part.text.endsWith("\n") && part.text.length <= 100);
});
