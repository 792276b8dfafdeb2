import { test } from "node:test";
import assert from "node:assert/strict";
import { groupKey } from "./group-key.js";
import { makeClaim } from "./test-fixtures.js";

test("a vague figure is a proposition of its own: it cannot corroborate or contradict a number", () => {
  const precise = makeClaim({ kind: "forces", measure: "deployed", side: "RU", value: 170000, qualifier: "about" });
  const vague = makeClaim({ kind: "forces", measure: "deployed", side: "RU", value: null, qualifier: "vague" });
  assert.notEqual(groupKey(precise), groupKey(vague));
  assert.equal(groupKey(precise), groupKey(makeClaim({ kind: "forces", measure: "deployed", side: "RU", value: 150000, qualifier: "exact" })));
});
