import { test } from "node:test";
import assert from "node:assert/strict";
import { claimsToCsv, csvField } from "./claims-csv.js";
import { outletOf, sampleClaims } from "./export-fixtures.js";

test("RFC 4180 quoting: commas, quotes and line breaks", () => {
  assert.equal(csvField("plain"), "plain");
  assert.equal(csvField("a,b"), '"a,b"');
  assert.equal(csvField('say "no"'), '"say ""no"""');
  assert.equal(csvField("two\nlines"), '"two\nlines"');
  assert.equal(csvField(null), "");
  assert.equal(csvField(0), "0");
});

test("one row per claim with flattened fields and CRLF line ends", () => {
  const csv = claimsToCsv(sampleClaims(), outletOf);
  const lines = csv.split("\r\n");
  assert.equal(lines.length, 7 + 2); // header, 7 claims, trailing empty
  assert.equal(lines.at(-1), "");
  assert.match(lines[0], /^id,doc,outlet,kind,measure,side,value,low,high,qualifier,unit,place,place_id,/);
  const k5 = lines.find((l) => l.startsWith("k5,"))!;
  assert.match(k5, /^k5,doc-a,Northern Courier,casualties,killed,UA,900,,,over,people,Alderton,id:Alderton,/);
  assert.match(k5, /,without citing sources,"Channel Vek said, without citing sources, that over 900 had died, ""mostly"" in March\.",0,/);
});
