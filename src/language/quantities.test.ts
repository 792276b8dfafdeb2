import { test } from "node:test";
import assert from "node:assert/strict";
import { findQuantities } from "./quantities.js";
import { foldForMatching } from "./fold-text.js";

const find = (s: string) => {
  const fold = foldForMatching(s);
  return findQuantities(fold, 0, fold.length).map((q) => ({
    text: s.slice(q.start, q.end), value: q.value, low: q.low, high: q.high, qualifier: q.qualifier, unit: q.unit,
  }));
};

test("figures with qualifiers, ranges, words, fractions and units", () => {
  const rows: [string, object][] = [
    ["killed over 4,200 soldiers", { text: "over 4,200", value: 4200, low: 4200, high: null, qualifier: "over" }],
    ["more than 310 fighters", { text: "more than 310", value: 310, low: 310, qualifier: "over" }],
    ["a toll exceeding 900 men", { text: "exceeding 900", value: 900, qualifier: "over" }],
    ["around 12,000 troops", { text: "around 12,000", value: 12000, low: null, high: null, qualifier: "about" }],
    ["some 3,000 residents", { text: "some 3,000", value: 3000, qualifier: "about" }],
    ["nearly two million people", { text: "nearly two million", value: 2_000_000, high: 2_000_000, qualifier: "nearly" }],
    ["at least 47 civilians", { text: "at least 47", value: 47, low: 47, qualifier: "at_least" }],
    ["fewer than 800 people", { text: "fewer than 800", value: 800, high: 800, qualifier: "under" }],
    ["up to 2,500 troops", { text: "up to 2,500", value: 2500, qualifier: "at_most" }],
    ["lose 20,000–30,000 men", { text: "20,000–30,000", value: null, low: 20000, high: 30000, qualifier: "range" }],
    ["lose 20,000-30,000 men", { text: "20,000-30,000", low: 20000, high: 30000, qualifier: "range" }],
    ["between 400 and 700 soldiers", { text: "between 400 and 700", low: 400, high: 700, qualifier: "range" }],
    ["from 10 to 15 percent", { text: "10 to 15 percent", low: 10, high: 15, qualifier: "range", unit: "percent" }],
    ["1.5 million people", { text: "1.5 million", value: 1_500_000, qualifier: "exact" }],
    ["25k troops", { text: "25k", value: 25000 }],
    ["three-quarters of a million people", { text: "three-quarters of a million", value: 750000 }],
    ["a quarter of a million people", { text: "a quarter of a million", value: 250000 }],
    ["roughly half a million residents", { text: "roughly half a million", value: 500000, qualifier: "about" }],
    ["two-thirds of the province", { text: "two-thirds", value: 66.7, unit: "percent" }],
    ["about a fifth of the territory", { text: "about a fifth", value: 20, unit: "percent", qualifier: "about" }],
    ["tens of thousands of soldiers", { text: "tens of thousands", value: null, qualifier: "vague" }],
    ["dozens of civilians", { text: "dozens", qualifier: "vague" }],
    ["18 percent of the region", { text: "18 percent", value: 18, unit: "percent" }],
    ["18% of the region", { text: "18%", value: 18, unit: "percent" }],
    ["12,000 square kilometres", { text: "12,000 square kilometres", value: 12000, unit: "km2" }],
    ["some 30 km from the border", { text: "some 30 km", value: 30, unit: "km", qualifier: "about" }],
    ["a 70-kilometre front", { text: "70-kilometre", value: 70, unit: "km" }],
    ["1,500 troops arrived in 1990", { text: "1,500", value: 1500 }],
    ["200 or more soldiers", { text: "200 or more", value: 200, qualifier: "at_least" }],
  ];
  for (const [sentence, expected] of rows) {
    const found = find(sentence);
    assert.equal(found.length, 1, `${sentence}: ${JSON.stringify(found)}`);
    for (const [k, v] of Object.entries(expected)) assert.deepEqual((found[0] as any)[k], v, `${sentence}: ${k}`);
  }
});

test("numbers that are not figures yield nothing", () => {
  const misses = [
    "It happened in 2023.", "on December 14", "since 3 March", "the 47th Brigade", "along highway M-14",
    "the 20-point plan", "Point 12 of the plan", "a 45-year-old man", "from just $5 a month", "billions of dollars",
    "6.5 kilograms", "at 11:00", "one in four shells", "aged 61", "a share price of 17 euros",
  ];
  for (const s of misses) assert.deepEqual(find(s), [], s);
});

test("a date written in digits is no figure, nor its parts a range ('on 2025-01-05', '05.01.2025')", async () => {
  const { findQuantities } = await import("./quantities.js");
  const text = "The ministry said on 2025-01-05 and again on 05.01.2025 that 300 soldiers were killed.";
  assert.deepEqual(findQuantities(text, 0, text.length, "en").map((q) => q.value), [300]);
});
