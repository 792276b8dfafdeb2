import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates } from "./dates.js";

const resolve = (s: string, published: string | null) =>
  findDates(s, 0, s.length, published).map((d) => ({ text: s.slice(d.start, d.end), ...d.period, form: d.form }));

test("dates resolve against the publication date", () => {
  const rows: [string, string | null, object][] = [
    ["The mayor spoke on Wednesday.", "2024-03-08", { text: "on Wednesday", start: "2024-03-06", end: "2024-03-06" }],
    ["The mayor spoke on Friday.", "2024-03-08", { text: "on Friday", start: "2024-03-08" }],
    ["Shelling resumed yesterday.", "2024-03-01", { text: "yesterday", start: "2024-02-29" }],
    ["This afternoon, Russia attacked Odesa.", "2024-10-14", { text: "This afternoon", start: "2024-10-14", end: "2024-10-14" }],
    ["Drones struck the port yesterday evening.", "2024-10-14", { text: "yesterday evening", start: "2024-10-13" }],
    ["Losses rose in August.", "2024-03-08", { text: "in August", start: "2023-08", end: "2023-08" }],
    ["Losses rose in February.", "2024-03", { text: "in February", start: "2024-02" }],
    ["Losses in 2023 alone were high.", null, { text: "in 2023", start: "2023", end: "2023" }],
    ["Fighting has raged since June 2023.", "2024-03-08", { text: "since June 2023", start: "2023-06", end: "2024-03-08", form: "since" }],
    ["over the past month", "2024-03-08", { start: "2024-02-08", end: "2024-03-08", form: "range" }],
    ["as of Jan. 5 the town was held", "2024-03-08", { text: "as of Jan. 5", start: "2024-01-05", end: "2024-01-05", form: "as_of" }],
    ["On March 2, the brigade withdrew.", "2024-03", { text: "On March 2", start: "2024-03-02" }],
    ["the assault of 14 February 2023", null, { start: "2023-02-14" }],
    ["in early 2022", null, { text: "in early 2022", start: "2022" }],
    ["earlier this year", "2024-03-08", { start: "2024" }],
    ["1,140 casualties in February of last year", "2023-02-17", { text: "in February of last year", start: "2022-02", end: "2022-02" }],
    ["Russia now controls 17% of Ukraine", "2023-02-17", { text: "now", start: "2023-02-17", end: "2023-02-17" }],
    ["the town is currently held by Ukraine", "2023-02", { text: "currently", start: "2023-02" }],
  ];
  for (const [sentence, published, expected] of rows) {
    const found = resolve(sentence, published);
    assert.equal(found.length, 1, `${sentence}: ${JSON.stringify(found)}`);
    for (const [k, v] of Object.entries(expected)) assert.equal((found[0] as any)[k], v, `${sentence}: ${k}`);
  }
});

test("counted back: days ago, a week ago, the previous day", () => {
  const rows: [string, string, string][] = [
    ["The strike came three days ago.", "2025-03-08", "2025-03-05"],
    ["It was retaken a week ago.", "2025-03-08", "2025-03-01"],
    ["The town fell two months ago.", "2025-03-08", "2025-01"],
    ["Officials had said the previous day that the line held.", "2025-03-08", "2025-03-07"],
  ];
  for (const [sentence, published, start] of rows) {
    const found = resolve(sentence, published);
    assert.equal(found.length, 1, sentence);
    assert.equal((found[0] as any).start, start, sentence);
  }
});

test("without a publication date, relative dates stay unresolved", () => {
  assert.deepEqual(resolve("on Monday", null).map((d) => d.start), [null]);
  assert.deepEqual(resolve("in October", null).map((d) => d.start), [null]);
});

test("the verb may is not a month", () => {
  assert.deepEqual(resolve("The offensive may stall.", "2024-03-08"), []);
});

test("'now' is no date in a compound, nor without a publication date", () => {
  assert.deepEqual(resolve("the now-destroyed bridge", "2024-03-08"), []);
  assert.deepEqual(resolve("Russia now controls the town", null).map((d) => d.start), [null]);
});
