// EVENT_TRIGGERS rows for strikes and evacuations as real reporting words them.
import { test } from "node:test";
import { expectOne } from "../extract-test-helper.js";

const rows: [string, Record<string, unknown>][] = [
  ["Settlements in the Shebekino urban district have been under fire since this morning, Gladkov said.", { kind: "event", measure: "strike", side: "UA", "place.name": "Shebekino" }],
  ["The Donetsk governor said 744 children had to be relocated from Pokrovsk.", { measure: "evacuation", value: 744 }],
  ["He emphasized that 5,700 residents have already been evacuated from Vovchansk.", { measure: "evacuation", value: 5700, "place.name": "Vovchansk" }],
];

test("events: strikes under fire and evacuations already done", () => {
  for (const [text, expected] of rows) expectOne(text, "2025-11-20", expected);
});
