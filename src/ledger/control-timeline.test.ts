// One timeline order: by the claim's date (coarser dates before finer ones starting the same day), undated
// last, then document and position, whatever order the claims arrive in.
import assert from "node:assert/strict";
import { it } from "node:test";
import type { Claim } from "../claims/index.js";
import { timelineOf } from "./control-timeline.js";

const claim = (id: string, doc: string, start: number, date: string | null): Claim => ({
  id, doc, kind: "control", measure: "controls", side: "RU", value: null, low: null, high: null, qualifier: null, unit: null,
  place: { name: "Pokrovsk", mention: "Pokrovsk", id: "704422", lat: null, lon: null, type: "settlement", country: "UA", region: null },
  place2: null, time: date ? { start: date, end: date, text: date } : null, source: null, polarity: "asserted", hedges: [],
  evidence: { text: "x", start, end: start + 1 },
} as unknown as Claim);

it("orders by date, undated last, then document and evidence start, in any input order", () => {
  const claims = [
    claim("u", "a", 5, null), claim("d2", "b", 40, "2025-12-01"), claim("d1", "a", 90, "2025-12-01"),
    claim("n", "c", 1, "2025-11-06"), claim("d0", "a", 10, "2025-12-01"),
  ];
  const order = (cs: Claim[]) => timelineOf(cs, () => null, "704422").map((e) => e.claim.id);
  assert.deepEqual(order(claims), ["n", "d0", "d1", "d2", "u"]);
  assert.deepEqual(order([...claims].reverse()), ["n", "d0", "d1", "d2", "u"]);
});
