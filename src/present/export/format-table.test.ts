import { test } from "node:test";
import assert from "node:assert/strict";
import { formatTable, truncate } from "./format-table.js";

const rows = [
  ["Place", "Status", "Claims"],
  ["Alderton", "disputed", "12"],
  ["Brisk", "single_source", "3"],
];

test("aligned columns, two spaces apart, no trailing spaces", () => {
  assert.equal(formatTable(rows), ["Place     Status         Claims", "Alderton  disputed       12", "Brisk     single_source  3"].join("\n"));
});

test("column widths cap cells, truncating with …", () => {
  assert.equal(formatTable(rows, [4]).split("\n")[1], "Ald…  disputed       12");
  assert.equal(truncate("abcdef", 3), "ab…");
  assert.equal(truncate("abc", 3), "abc");
});

test("the terminal width (passed in) shrinks the widest column first", () => {
  const out = formatTable(rows, undefined, 24);
  for (const line of out.split("\n")) assert.ok([...line].length <= 24, line);
  assert.equal(out.split("\n")[2], "Brisk    single…  3");
});

test("line breaks in cells do not break rows", () => {
  assert.equal(formatTable([["a\nb", "c"]]), "a b  c");
});
