// NEGATED_EVIDENCE rows (lang/en/lexicon.ts): evidence looked for and not found is "unconfirmed", never asserted.
import { test } from "node:test";
import { expectOne } from "../extract-test-helper.js";

const rows: [string, Record<string, unknown>][] = [
  ["The Institute for the Study of War said it had not observed evidence that Russian forces had seized Kupiansk.",
    { kind: "control", side: "RU", "place.name": "Kupiansk", polarity: "unconfirmed", "source.side": "independent" }],
  ["ISW has not observed evidence that Russian troops captured Siversk.", { kind: "control", "place.name": "Siversk", polarity: "unconfirmed" }],
  ["Analysts found no sign that Ukrainian forces had withdrawn from Kurakhove.", { kind: "event", measure: "withdrawal", polarity: "unconfirmed" }],
  ["There is no evidence that Russian forces captured Lyman, the General Staff said.", { kind: "control", "place.name": "Lyman", polarity: "unconfirmed" }],
  ["Geolocated footage has not yet established any evidence that Russian forces entered Huliaipole.", { kind: "control", measure: "contested", polarity: "unconfirmed" }],
];

test("negated evidence: looked for and not found is unconfirmed", () => {
  for (const [text, expected] of rows) expectOne(text, "2025-11-20", expected);
});

test("negated evidence: a plain report stays asserted", () => {
  expectOne("Russian forces captured Lyman, the Russian Defence Ministry said.", "2025-11-20", { polarity: "asserted", "source.side": "RU" });
  expectOne("ISW observed geolocated footage showing that Russian troops captured Siversk.", "2025-11-20", { polarity: "asserted" });
});
