import { test } from "node:test";
import assert from "node:assert/strict";
import { createReconciler } from "./create-reconciler.js";
import { groupKey } from "./group-key.js";
import { makeClaim, outletOf } from "./test-fixtures.js";

const reconciler = createReconciler();
const ctx = { outletOf, publishedOf: (doc: string) => ({ "doc-a": "2031-03-10", "doc-b": "2031-06-01" })[doc] ?? null };
const ids = (claims: { claims: string[] }[]) => claims.map((p) => [...p.claims].sort());

test("group key is kind|measure|side|place and ignores polarity", () => {
  const a = makeClaim({ kind: "control", measure: "controls", side: "RU", place: "Alderton" });
  const b = makeClaim({ kind: "control", measure: "controls", side: "RU", place: "Alderton", polarity: "denied" });
  assert.equal(groupKey(a), "control|controls|RU|id:Alderton");
  assert.equal(groupKey(a), groupKey(b));
  assert.notEqual(groupKey(a), groupKey(makeClaim({ kind: "control", measure: "controls", side: "UA", place: "Alderton" })));
});

test("distance groups meet whichever place comes first", () => {
  const ab = makeClaim({ kind: "distance", measure: "distance", place: "Alderton", place2: "Brisk" });
  const ba = makeClaim({ kind: "distance", measure: "distance", place: "Brisk", place2: "Alderton" });
  assert.equal(groupKey(ab), groupKey(ba));
});

test("control claims more than 21 days apart are two propositions; a denial joins its proposition", () => {
  const base = { kind: "control", measure: "controls", side: "UA", place: "Alderton" } as const;
  const claims = [
    makeClaim({ ...base, id: "x1", time: "2031-03-01" }),
    makeClaim({ ...base, id: "x2", time: "2031-03-15", polarity: "denied" }),
    makeClaim({ ...base, id: "x3", time: "2031-05-01" }),
  ];
  assert.deepEqual(ids(reconciler.reconcile(claims, ctx)), [["x1", "x2"], ["x3"]]);
});

test("monthly figures of different months are different propositions", () => {
  const base = { kind: "casualties", measure: "killed", side: "RU", value: 100, unit: "people" } as const;
  const claims = [
    makeClaim({ ...base, id: "m1", time: "2031-01" }),
    makeClaim({ ...base, id: "m2", time: "2031-02" }),
    makeClaim({ ...base, id: "m3", time: [null, "2031-02"], value: 120 }),
  ];
  assert.deepEqual(ids(reconciler.reconcile(claims, ctx)), [["m1"], ["m2", "m3"]]);
});

test("an undated claim joins the cluster nearest its article's date", () => {
  const base = { kind: "event", measure: "strike", side: "RU", place: "Brisk" } as const;
  const claims = [
    makeClaim({ ...base, id: "e1", time: "2031-03-08" }),
    makeClaim({ ...base, id: "e2", time: "2031-06-02" }),
    makeClaim({ ...base, id: "e3", doc: "doc-a" }),
    makeClaim({ ...base, id: "e4", doc: "doc-b" }),
  ];
  assert.deepEqual(ids(reconciler.reconcile(claims, ctx)), [["e1", "e3"], ["e2", "e4"]]);
});

test("undated claims without dated neighbours form one undated proposition", () => {
  const base = { kind: "forces", measure: "deployed", side: "UA", value: 10, place: "Brisk" } as const;
  const props = reconciler.reconcile([makeClaim({ ...base, doc: "doc-z" }), makeClaim({ ...base, doc: "doc-y" })], ctx);
  assert.equal(props.length, 1);
  assert.equal(props[0].time, null);
  assert.equal(props[0].reports, 2);
});

test("proposition time spans its claims at their own precision", () => {
  const base = { kind: "control", measure: "contested", place: "Brisk" } as const;
  const [p] = reconciler.reconcile([makeClaim({ ...base, time: "2031-03" }), makeClaim({ ...base, time: "2031-03-20" })], ctx);
  assert.deepEqual(p.time, { start: "2031-03", end: "2031-03" });
});

test("a pre-war population and what remains now are two propositions", () => {
  const base = { kind: "population", measure: "population", place: "Brisk", unit: "people" } as const;
  const props = reconciler.reconcile(
    [
      makeClaim({ ...base, value: 20000, text: "a town of 20,000 before the war" }),
      makeClaim({ ...base, value: 20000, text: "its pre-war population of 20,000 is now down to 900", id: "pw" }),
      makeClaim({ ...base, value: 900, qualifier: "under", text: "its pre-war population of 20,000 is now down to under 900", id: "now" }),
    ],
    ctx,
  );
  assert.equal(props.length, 2);
  assert.ok(props.every((p) => p.status !== "disputed"));
  assert.deepEqual(props.find((p) => p.claims.includes("now"))!.claims, ["now"]);
});

test("ids are stable across runs and differ between propositions", () => {
  const claims = [makeClaim({ kind: "event", measure: "strike", place: "Brisk", time: "2031-01-01" })];
  const a = reconciler.reconcile(claims, ctx)[0].id;
  assert.equal(reconciler.reconcile(claims, ctx)[0].id, a);
  assert.match(a, /^p-[0-9a-f]{12}$/);
});

test("figures dated only by their articles' publication, a day apart, are one proposition; told dates still split", () => {
  const base = { kind: "forces", measure: "deployed", side: "RU", place: "Alderton", value: 170000 } as const;
  const byPublication = [{ field: "time", reason: "publication-date" }];
  const loose = [
    makeClaim({ ...base, id: "p1", doc: "doc-a", time: "2031-03-10", inferred: byPublication }),
    makeClaim({ ...base, id: "p2", doc: "doc-c", time: "2031-03-11", inferred: byPublication }),
  ];
  const looseCtx = { outletOf, publishedOf: (doc: string) => ({ "doc-a": "2031-03-10", "doc-c": "2031-03-11" })[doc] ?? null };
  assert.deepEqual(ids(reconciler.reconcile(loose, looseCtx)), [["p1", "p2"]]);
  const told = loose.map((c) => ({ ...c, inferred: [] }));
  assert.deepEqual(ids(reconciler.reconcile(told, looseCtx)), [["p1"], ["p2"]]);
});
