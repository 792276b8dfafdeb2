import { test } from "node:test";
import assert from "node:assert/strict";
import { figureOf, figuresConflict } from "./figure-range.js";
import { makeClaim } from "./test-fixtures.js";

const bySource = (c: { source: { name: string } | null }) => c.source?.name ?? "own";
const fig = (...claims: Parameters<typeof makeClaim>[0][]) =>
  figureOf(claims.map((c) => makeClaim({ unit: "people", ...c })), bySource);

test("over N: low N, high open, the source behind both", () => {
  assert.deepEqual(fig({ value: 800, qualifier: "over", source: "S" }), {
    low: 800, best: 800, high: null, unit: "people", low_from: "S", high_from: "S",
  });
});

test("about N states N; ranges give low..high; nearly N is just under N", () => {
  assert.deepEqual(fig({ value: 300, qualifier: "about", source: "A" }), {
    low: 300, best: 300, high: 300, unit: "people", low_from: "A", high_from: "A",
  });
  const range = fig({ low: 40, high: 50, qualifier: "range", source: "R" })!;
  assert.deepEqual([range.low, range.best, range.high], [40, 45, 50]);
  const nearly = fig({ value: 1000, qualifier: "nearly", source: "N" })!;
  assert.deepEqual([nearly.low, nearly.high], [900, 1000]);
});

test("best is the median; bounds name their sources", () => {
  const f = fig({ value: 100, source: "A" }, { value: 300, source: "B" }, { value: 120, qualifier: "about", source: "C" })!;
  assert.deepEqual(f, { low: 100, best: 120, high: 300, unit: "people", low_from: "A", high_from: "B" });
});

test("an open high wins only when it starts beyond every closed high", () => {
  const closed = fig({ value: 500, qualifier: "over", source: "A" }, { value: 900, source: "B" })!;
  assert.deepEqual([closed.high, closed.high_from], [900, "B"]);
  const open = fig({ value: 950, qualifier: "over", source: "A" }, { value: 900, source: "B" })!;
  assert.deepEqual([open.high, open.high_from], [null, "A"]);
  const under = fig({ value: 70, qualifier: "under", source: "U" })!;
  assert.deepEqual([under.low, under.high], [null, 70]);
});

test("vague figures give no number", () => {
  assert.equal(fig({ qualifier: "vague", value: null }), null);
});

test("figures conflict only beyond what the wording allows, across sources", () => {
  const c = (value: number, qualifier: "about" | "over" | "exact", source: string) =>
    makeClaim({ value, qualifier, source, unit: "percent" });
  assert.equal(figuresConflict([c(40, "about", "A"), c(15, "about", "B")], bySource), true);
  assert.equal(figuresConflict([c(100, "about", "A"), c(109, "about", "B")], bySource), false);
  assert.equal(figuresConflict([c(100, "over", "A"), c(300, "exact", "B")], bySource), false);
  assert.equal(figuresConflict([c(40, "about", "A"), c(15, "about", "A")], bySource), false);
});
