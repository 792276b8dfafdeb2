import { test } from "node:test";
import assert from "node:assert/strict";
import { timeline } from "./timeline.js";
import { makeClaim, outletOf } from "./test-fixtures.js";

test("timeline: control and event claims of one place in date order, undated last", () => {
  const claims = [
    makeClaim({ id: "u", kind: "control", measure: "controls", side: "RU", place: "Alderton" }),
    makeClaim({ id: "d3", kind: "control", measure: "contested", place: "Alderton", time: "2031-05-03", doc: "doc-b", source: { name: "Brigade", side: "UA" } }),
    makeClaim({ id: "d1", kind: "event", measure: "flag_raised", side: "UA", place: "Alderton", time: "2031-05" }),
    makeClaim({ id: "d2", kind: "control", measure: "controls", side: "RU", place: "alderton", time: "2031-05-02", polarity: "denied" }),
    makeClaim({ id: "x", kind: "casualties", measure: "killed", place: "Alderton", time: "2031-05-01" }),
    makeClaim({ id: "y", kind: "control", measure: "controls", place: "Brisk", time: "2031-05-01" }),
  ];
  const t = timeline(claims, outletOf, "Alderton");
  assert.deepEqual(t.map((e) => e.claim.id), ["d1", "d2", "d3", "u"]);
  assert.deepEqual(t[2], { date: "2031-05-03", claim: claims[1], outlet: "Outlet B", side: null, source: "Brigade", stance: "asserted" });
  assert.equal(t[1].stance, "denied");
  assert.equal(t[0].source, "Outlet A");
  assert.deepEqual(timeline(claims, outletOf, "id:Brisk").map((e) => e.claim.id), ["y"]);
});
