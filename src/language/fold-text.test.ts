import { test } from "node:test";
import assert from "node:assert/strict";
import { foldForMatching } from "./fold-text.js";

test("folding keeps the length and offsets of the original", () => {
  const rows: [string, string][] = [
    ["“Heavy” fighting — ongoing", '"Heavy" fighting - ongoing'],
    ["50,000–60,000 men", "50,000-60,000 men"],
    ["the army’s\u00a0units", "the army's units"],
    ["\u0441ompletely taken", "completely taken"],
    ["Покровськ stays Cyrillic", "Покровськ stays Cyrillic"],
  ];
  for (const [input, expected] of rows) {
    const folded = foldForMatching(input);
    assert.equal(folded, expected);
    assert.equal(folded.length, input.length);
  }
});
