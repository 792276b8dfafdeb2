import assert from "node:assert/strict";
import { test } from "node:test";
import { normaliseText } from "./normalise-text.js";

const ROWS: [string, string, string][] = [
  ["strips a leading BOM", "\uFEFFHello", "Hello"],
  ["keeps a BOM that is not leading", "a\uFEFFb", "a\uFEFFb"],
  ["CRLF to LF", "a\r\nb\r\n", "a\nb\n"],
  ["lone CR to LF", "a\rb\r\rc", "a\nb\n\nc"],
  ["composes to NFC", "e\u0301", "\u00e9"],
  ["keeps curly quotes", "“Pokrovsk” ‘held’", "“Pokrovsk” ‘held’"],
  ["keeps NBSP and thin spaces", "50\u00a0km 10\u2009000", "50\u00a0km 10\u2009000"],
  ["keeps Cyrillic look-alikes", "Pокровськ", "Pокровськ"],
  ["keeps tabs and trailing spaces", "a\t \n", "a\t \n"],
];

for (const [name, input, expected] of ROWS) {
  test(`normaliseText ${name}`, () => assert.equal(normaliseText(input), expected));
}
