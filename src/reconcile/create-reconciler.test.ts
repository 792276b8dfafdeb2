import { test } from "node:test";
import assert from "node:assert/strict";
import { createReconciler } from "./create-reconciler.js";
import { makeClaim, outletOf } from "./test-fixtures.js";

const base = { kind: "control", measure: "controls", side: "RU", place: "Alderton", time: "2031-07-01" } as const;

test("a claimed capture, a denial and a could-not-confirm: one disputed proposition", () => {
  const claims = [
    makeClaim({ ...base, doc: "doc-a", source: { name: "Commander Voss", side: "RU", institution: "Ministry of War (RU)" } }),
    makeClaim({ ...base, doc: "doc-b", source: { name: "Ministry of War", side: "RU", institution: "Ministry of War (RU)" } }),
    makeClaim({ ...base, doc: "doc-b", polarity: "denied", source: { name: "Kestrel Brigade", side: "UA" } }),
    makeClaim({ ...base, doc: "doc-c", polarity: "unconfirmed", source: { name: "Watch Institute", side: "independent" } }),
  ];
  const [p, ...rest] = createReconciler().reconcile(claims, { outletOf });
  assert.equal(rest.length, 0);
  assert.equal(p.status, "disputed");
  assert.equal(p.status_reason, "asserted-and-denied");
  assert.equal(p.reports, 3);
  assert.deepEqual(
    p.primary_sources.map((s) => [s.name, s.stance, s.reported_by]),
    [
      ["Ministry of War (RU)", "asserted", ["Outlet A", "Outlet B"]],
      ["Kestrel Brigade", "denied", ["Outlet B"]],
      ["Watch Institute", "unconfirmed", ["Outlet C"]],
    ],
  );
  assert.equal(p.figure, null);
});

test("the same speaker in three outlets stays single_source", () => {
  const claims = ["doc-a", "doc-b", "doc-c"].map((doc) =>
    makeClaim({ kind: "forces", measure: "deployed", side: "RU", value: 9000, qualifier: "about", unit: "people", doc, source: { name: "Marsh", side: "UA" } }),
  );
  const [p] = createReconciler().reconcile(claims, { outletOf });
  assert.equal(p.status, "single_source");
  assert.equal(p.reports, 3);
  assert.deepEqual(p.figure, { low: 9000, best: 9000, high: 9000, unit: "people", low_from: "Marsh", high_from: "Marsh" });
});

test("options: a longer gap keeps distant control claims together", () => {
  const claims = [makeClaim({ ...base, time: "2031-07-01" }), makeClaim({ ...base, time: "2031-08-15" })];
  assert.equal(createReconciler().reconcile(claims, { outletOf }).length, 2);
  const loose = createReconciler({ periodRules: { control: { mode: "gap", gapDays: 60, reason: "test" } } });
  assert.equal(loose.reconcile(claims, { outletOf }).length, 1);
});
