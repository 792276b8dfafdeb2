import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { csvField } from "./claims-csv.js";
import { formatTable } from "./format-table.js";
import { neutraliseFormula, printable } from "./printable.js";

describe("printable", () => {
  const rows: [string, string][] = [
    ["a\nfogline: forged", "a\\nfogline: forged"],
    ["bold \x1b[1mX\x1b[0m", "bold \\u001b[1mX\\u001b[0m"],
    ["back\rspace\b", "back\\rspace\\u0008"],
    ["tab\there", "tab\\there"],
    ["c1 \u009b31m", "c1 \\u009b31m"],
    ["del \u007f", "del \\u007f"],
    ["bidi \u202eevil\u202c", "bidi \\u202eevil\\u202c"],
    ["Покровськ, ordinary – text…", "Покровськ, ordinary – text…"],
  ];
  for (const [given, shown] of rows) it(JSON.stringify(given), () => assert.equal(printable(given), shown));

  it("leaves no control character in a table cell", () => {
    const table = formatTable([["outlet"], ["\x1b[2J\x1b[Hevil\u202e"]]);
    assert.doesNotMatch(table, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });
});

describe("CSV formula injection", () => {
  for (const cell of ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=cmd|' /C calc'!A0"]) {
    it(JSON.stringify(cell), () => {
      assert.equal(neutraliseFormula(cell), `'${cell}`);
      assert.match(csvField(cell), /^"?'/, "the field starts with an apostrophe");
    });
  }
  it("keeps numbers, and text that starts otherwise", () => {
    assert.equal(csvField(-5), "-5");
    assert.equal(csvField(0.5), "0.5");
    assert.equal(csvField("Reuters"), "Reuters");
    assert.equal(csvField("a = b"), "a = b");
  });
});
