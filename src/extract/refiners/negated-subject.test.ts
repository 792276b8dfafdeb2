// NEGATED_SUBJECT rows (lang/en/lexicon.ts): a claim negated by its subject or by "there is no" is denied.
import { test } from "node:test";
import assert from "node:assert/strict";
import { expectOne, extractText } from "../extract-test-helper.js";

const rows: [string, Record<string, unknown>][] = [
  ["The General Staff assured that none of Ukraine's units are encircled in Kupiansk.", { kind: "forces", measure: "encircled", polarity: "denied", "place.name": "Kupiansk" }],
  ["\"There is no encirclement of Myrnohrad,\" the Ukrainian army's spokesman said.", { kind: "forces", measure: "encircled", polarity: "denied", "place.name": "Myrnohrad" }],
  ["Not a single unit of the brigade was encircled near Vuhledar, the commander said.", { polarity: "denied", "place.name": "Vuhledar" }],
  ["Putin claimed that Ukrainian forces had allegedly been encircled in Kupiansk.", { measure: "encircled", polarity: "asserted", "source.side": "RU", "place.name": "Kupiansk" }],
];

test("negated subjects: 'none of its units', 'there is no encirclement' are denials", () => {
  for (const [text, expected] of rows) expectOne(text, "2025-11-20", expected);
});

test("denials: 'This is not true' said after a claim denies it, with its own speaker", () => {
  const claims = extractText("Prigozhin said Wagner had captured Bakhmut. Ukrainian military spokesperson Serhiy Cherevatyi told Reuters, \"This is not true.\"", "2025-11-20");
  assert.deepEqual(claims.map((c) => [c.polarity, c.source?.side]), [["asserted", "RU"], ["denied", "UA"]]);
});
