import { test } from "node:test";
import assert from "node:assert/strict";
import { renderReportMarkdown } from "./report-markdown.js";
import { sampleLedger } from "./export-fixtures.js";

const md = renderReportMarkdown(sampleLedger());

test("sections per place, most claims first, propositions without a place last", () => {
  const headings = md.split("\n").filter((l) => l.startsWith("## "));
  assert.deepEqual(headings, ["## Alderton (6 claims)", "## Other propositions (1 claims)"]);
  assert.match(md, /^# fogline report\n\n5 propositions from 7 claims in 3 articles/);
});

test("each proposition shows status, figure with who stands behind each bound, and sources with stance", () => {
  assert.match(md, /### Russian control of Alderton — DISPUTED/);
  assert.match(md, /- Figure: 900 or more people — both bounds: Channel Vek/);
  assert.match(md, /\| Kestrel Brigade \| Ukrainian \| denies \| Kestrel Brigade \| Harbor & Hill \\<Daily\\> \| — \|/);
  assert.match(md, /\| Channel Vek \| Russian \| asserts \| Channel Vek \| Northern Courier \| without citing sources \|/);
});

test("disputes side by side, with the contradicting proposition's sources", () => {
  const block = md.slice(md.indexOf("Positions side by side"), md.indexOf("- contradicts"));
  const rows = block.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| Says"));
  assert.deepEqual(rows, [
    "| Russian control of Alderton | General Orlov (Russian, 1 April 2031) | Northern Courier |",
    "| denies: Russian control of Alderton | Kestrel Brigade (Ukrainian) | Harbor & Hill \\<Daily\\> |",
    "| not confirmed: Russian control of Alderton | Watch Institute (independent, 1 April 2031) | Weekly Ledger |",
    "| Fighting in Alderton | Kestrel Brigade (Ukrainian, 2 April 2031) | Harbor & Hill \\<Daily\\> |",
  ]);
  assert.match(md, /- contradicts: Fighting in Alderton \(single source\)/);
});

test("control timeline and reference checks", () => {
  const tl = md.slice(md.indexOf("### Control timeline"), md.indexOf("## Other propositions"));
  const rows = tl.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| Date"));
  assert.deepEqual(rows.map((r) => r.split(" | ")[0]), ["| 1 April 2031", "| 1 April 2031", "| 2 April 2031", "| undated"]);
  assert.match(md, /✔ consistent \(`gazetteer`\): straight-line distance Alderton–Brisk is 50 km/);
});

test("article text cannot break a table or inject HTML", () => {
  assert.ok(!md.includes("<script>"));
  assert.match(md, /Kestrel Brigade \\\| called the report \\<script\\>/);
});
