import { test } from "node:test";
import assert from "node:assert/strict";
import { extractText } from "../extract-test-helper.js";

const timeOf = (text: string, published: string | null, lang?: string) => extractText(text, published, lang).map((c) => ({ kind: c.kind, value: c.value, time: c.time ?? null }));

test("a figure told without a date is news as of publication", () => {
  const [c] = timeOf("The Ukrainian armed forces lost up to 145 servicemen, the Russian Defense Ministry reported.", "2025-04-12");
  assert.equal(c.kind, "casualties");
  assert.deepEqual([c.time?.start, c.time?.end], ["2025-04-12", "2025-04-12"]);
});

test("a figure summed over the whole war gets no single day", () => {
  const found = timeOf("In total, Ukraine has lost more than 400,000 soldiers, the Russian Defense Ministry said.", "2025-04-12");
  assert.ok(found.length > 0, "the figure is found");
  for (const c of found) assert.notEqual(c.time?.start, "2025-04-12");
});

test("a figure in the same paragraph as an earlier date takes that date", () => {
  const found = timeOf("On Monday, Russian missiles struck Kharkiv. At least 12 people were killed, the governor said.", "2024-05-29");
  const killed = found.find((c) => c.kind === "casualties");
  assert.ok(killed, JSON.stringify(found));
  assert.equal(killed.time?.start, "2024-05-27");
});

test("'now' in the claim's clause beats an earlier month of the sentence", () => {
  const found = timeOf("After controlling 51.5% of Donetsk Oblast in mid-December, Russia now controls 54% of the territory, the analysis found.", "2023-02-20");
  const now = found.find((c) => c.value === 54);
  assert.ok(now, JSON.stringify(found));
  assert.equal(now.time?.start, "2023-02-20");
});

test("Russian: 'в настоящее время' is the publication date", () => {
  const found = timeOf("В настоящее время под контролем российских войск находится 70% Покровска, сообщило Минобороны России.", "2025-11-21", "ru");
  assert.ok(found.length > 0);
  assert.equal(found[0].time?.start, "2025-11-21");
});
