// ENCIRCLEMENT_TRIGGERS rows: encircled troops and towns, and the threat of encirclement.
import { test } from "node:test";
import { expectOne } from "../extract-test-helper.js";

const rows: [string, Record<string, unknown>][] = [
  ["Russian forces are attempting to encircle Myrnohrad, ISW said.", { kind: "forces", measure: "at_risk", side: "UA", "place.name": "Myrnohrad" }],
  ["Ukrainian troops in Pokrovsk face the threat of encirclement, analysts said.", { measure: "at_risk", side: "UA", "place.name": "Pokrovsk" }],
  ["The town of Avdiivka was almost completely encircled.", { measure: "encircled", side: "UA", "place.name": "Avdiivka" }],
  ["Its forces in Kupiansk are encircled, the Russian Defence Ministry said.", { measure: "encircled", "place.name": "Kupiansk" }],
];

test("encirclement: troops and towns encircled, and its threat", () => {
  for (const [text, expected] of rows) expectOne(text, "2025-11-20", expected);
});

test("encirclement: 'are also surrounded', and the reduced relative 'troops reportedly encircled in X'", () => {
  expectOne("Russia says Ukrainian units in Kupiansk are also surrounded.", "2025-11-20", { measure: "encircled", side: "UA", "place.name": "Kupiansk" });
  expectOne("Russian drones were targeting Ukrainian troops reportedly encircled in the town of Myrnohrad.", "2025-11-20", { measure: "encircled", "place.name": "Myrnohrad" });
});
