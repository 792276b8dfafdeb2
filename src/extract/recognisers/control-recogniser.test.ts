// CONTROL_TRIGGERS rows added for real reporting: passive control, claims told as nouns, intense fighting,
// outskirts, advances near a place.
import { test } from "node:test";
import assert from "node:assert/strict";
import { expectOne, extractText } from "../extract-test-helper.js";

const rows: [string, Record<string, unknown>][] = [
  ["Most of Sievierodonetsk is currently controlled by the Russians, the governor said.", { measure: "controls", side: "RU", "place.name": "Sievierodonetsk" }],
  ["Kyiv dismissed Russia's claims of occupying Myrnohrad.", { measure: "controls", side: "RU", polarity: "denied", "source.side": "UA" }],
  ["Fighting had been particularly intense in recent weeks around the town of Toretsk.", { measure: "contested", "place.name": "Toretsk" }],
  ["Ukrainian forces were on the outskirts of the town of Sudzha, the governor admitted.", { measure: "contested", side: "UA", "place.name": "Sudzha" }],
  ["Russian troops are making steady progress near Kostiantynivka.", { measure: "contested", side: "RU", "place.name": "Kostiantynivka" }],
  ["\"The city is under our control,\" the commander of the Ukrainian brigade said of Balakliia.", { measure: "controls", "place.name": "Balakliia" }],
  ["Russia on Saturday claimed to fully capture the key eastern Ukrainian city of Bakhmut.", { measure: "controls", side: "RU", hedges: ["claimed"] }],
  ["Kyiv insisted that Ukrainian forces continue to hold parts of Pokrovsk.", { measure: "controls", side: "UA", "place.name": "Pokrovsk" }],
  ["Ukraine's military denied the city of Kupiansk had changed hands.", { measure: "controls", side: "RU", polarity: "denied" }],
  ["Russia said it continued to gain ground in house-by-house fighting in the town of Pokrovsk.", { measure: "contested", side: "RU", "place.name": "Pokrovsk" }],
  ["He said assault operations in Toretsk are ongoing.", { measure: "contested", "place.name": "Toretsk" }],
  ["Ukraine says its army is fighting on in Myrnohrad.", { measure: "contested", side: "UA", "place.name": "Myrnohrad" }],
];

const none = [
  "The Kremlin understands that capturing the entire Donetsk region would take years.",
  "Moscow remains far from its goal of capturing Kramatorsk.",
];

test("control: a gerund goal is not a capture", () => {
  for (const text of none) assert.deepEqual(extractText(text, "2025-11-20").filter((c) => c.kind === "control"), [], text);
});

test("control: phrasings of real reporting", () => {
  for (const [text, expected] of rows) expectOne(text, "2025-11-20", expected);
});
