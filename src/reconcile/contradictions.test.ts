import { test } from "node:test";
import assert from "node:assert/strict";
import { createReconciler } from "./create-reconciler.js";
import { makeClaim, outletOf } from "./test-fixtures.js";

const reconciler = createReconciler();
const control = (measure: "controls" | "contested", side: "RU" | "UA" | null, time: string | null, place = "Alderton") =>
  makeClaim({ kind: "control", measure, side, place, time, source: { name: `S-${measure}-${side}`, side: side ?? "UA" } });
const relations = (props: { id: string; related: { id: string; relation: string }[] }[]) =>
  props.map((p) => p.related.map((r) => [props.findIndex((q) => q.id === r.id), r.relation]));

test("controls vs contested of one place in overlapping periods contradict, on both", () => {
  const props = reconciler.reconcile([control("controls", "RU", "2031-04-01"), control("contested", "RU", "2031-04-03")], { outletOf });
  assert.deepEqual(relations(props), [[[1, "contradicts"]], [[0, "contradicts"]]]);
});

test("RU controls vs UA controls contradict; same side does not", () => {
  const props = reconciler.reconcile([control("controls", "RU", "2031-04-01"), control("controls", "UA", "2031-04-01")], { outletOf });
  assert.deepEqual(relations(props), [[[1, "contradicts"]], [[0, "contradicts"]]]);
});

test("no contradiction across places or distant periods", () => {
  const props = reconciler.reconcile(
    [control("controls", "RU", "2031-04-01"), control("contested", "RU", "2031-02-01"), control("contested", null, "2031-04-01", "Brisk")],
    { outletOf },
  );
  assert.deepEqual(relations(props), [[], [], []]);
});
