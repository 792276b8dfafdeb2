// EVENT_TRIGGERS rows for strikes and evacuations as real reporting words them.
import { test } from "node:test";
import { expectOne } from "../extract-test-helper.js";

const rows: [string, Record<string, unknown>][] = [
  ["Settlements in the Shebekino urban district have been under fire since this morning, Gladkov said.", { kind: "event", measure: "strike", side: "UA", "place.name": "Shebekino" }],
  ["The Donetsk governor said 744 children had to be relocated from Pokrovsk.", { measure: "evacuation", value: 744 }],
  ["He emphasized that 5,700 residents have already been evacuated from Vovchansk.", { measure: "evacuation", value: 5700, "place.name": "Vovchansk" }],
  ["The Russian Defence Ministry claimed that it carried out a fire attack on Ukrainian manpower near Sudzha.", { measure: "strike", "place.name": "Sudzha", "source.side": "RU" }],
  ["The governor said they are destroying all the houses in Sievierodonetsk.", { measure: "strike", "place.name": "Sievierodonetsk" }],
  ["The explosions, allegedly caused by drones, rocked central Kharkiv on Monday.", { measure: "strike", "place.name": "Kharkiv" }],
  ["Two Ukrainian soldiers taped the national flag on to the sign at the entrance to Lyman.", { measure: "flag_raised", side: "UA", "place.name": "Lyman" }],
];

test("events: strikes under fire and evacuations already done", () => {
  for (const [text, expected] of rows) expectOne(text, "2025-11-20", expected);
});
