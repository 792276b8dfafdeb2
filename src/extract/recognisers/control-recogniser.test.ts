// CONTROL_TRIGGERS rows added for real reporting: passive control, claims told as nouns, intense fighting,
// outskirts, advances near a place.
import { test } from "node:test";
import { expectOne } from "../extract-test-helper.js";

const rows: [string, Record<string, unknown>][] = [
  ["Most of Sievierodonetsk is currently controlled by the Russians, the governor said.", { measure: "controls", side: "RU", "place.name": "Sievierodonetsk" }],
  ["Kyiv dismissed Russia's claims of occupying Myrnohrad.", { measure: "controls", side: "RU", polarity: "denied", "source.side": "UA" }],
  ["Fighting had been particularly intense in recent weeks around the town of Toretsk.", { measure: "contested", "place.name": "Toretsk" }],
  ["Ukrainian forces were on the outskirts of the town of Sudzha, the governor admitted.", { measure: "contested", side: "UA", "place.name": "Sudzha" }],
  ["Russian troops are making steady progress near Kostiantynivka.", { measure: "contested", side: "RU", "place.name": "Kostiantynivka" }],
  ["\"The city is under our control,\" the commander of the Ukrainian brigade said of Balakliia.", { measure: "controls", "place.name": "Balakliia" }],
];

test("control: phrasings of real reporting", () => {
  for (const [text, expected] of rows) expectOne(text, "2025-11-20", expected);
});
