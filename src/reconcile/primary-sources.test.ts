import { test } from "node:test";
import assert from "node:assert/strict";
import { mergePrimarySources } from "./primary-sources.js";
import { makeClaim, outletOf } from "./test-fixtures.js";

const ctx = { outletOf };

test("two outlets repeating one speaker are one primary source and two reports", () => {
  const claims = [
    makeClaim({ doc: "doc-a", source: { name: "Ivo Marsh", side: "UA" } }),
    makeClaim({ doc: "doc-b", source: { name: "ivo marsh", side: "UA" } }),
  ];
  const { sources } = mergePrimarySources(claims, ctx);
  assert.equal(sources.length, 1);
  assert.deepEqual(sources[0].reported_by, ["Outlet A", "Outlet B"]);
});

test("a ministry and its head are one source, named by the institution", () => {
  const claims = [
    makeClaim({ doc: "doc-a", source: { name: "Ministry of Bridges", kind: "government", side: "RU", institution: "Government of Russia" } }),
    makeClaim({ doc: "doc-b", source: { name: "Minister Pell", side: "RU", institution: "Government of Russia" } }),
  ];
  const { sources, sourceOf } = mergePrimarySources(claims, ctx);
  assert.equal(sources.length, 1);
  assert.equal(sources[0].name, "Government of Russia");
  assert.deepEqual(sources[0].speakers, ["Ministry of Bridges", "Minister Pell"]);
  assert.equal(sourceOf(claims[1]), "Government of Russia");
});

test("a surname merges with the full name; an ambiguous short name does not", () => {
  const { sources } = mergePrimarySources(
    [
      makeClaim({ source: { name: "Marsh", side: "UA" } }),
      makeClaim({ source: { name: "Ivo Marsh", side: "UA" } }),
      makeClaim({ source: { name: "President Ivo Marsh", side: "UA" } }),
    ],
    ctx,
  );
  assert.equal(sources.length, 1);
  assert.equal(sources[0].name, "President Ivo Marsh");

  const apart = mergePrimarySources(
    [
      makeClaim({ source: { name: "General Staff", side: null } }),
      makeClaim({ source: { name: "Northern General Staff", side: "UA" } }),
      makeClaim({ source: { name: "Southern General Staff", side: "RU" } }),
    ],
    ctx,
  );
  assert.equal(apart.sources.length, 3);
});

test("the article's own voice is the outlet, independent unless the outlet belongs to a party", () => {
  const own = makeClaim({ doc: "doc-c", source: null });
  assert.deepEqual(mergePrimarySources([own], ctx).sources[0], {
    name: "Outlet C",
    side: "independent",
    speakers: ["Outlet C"],
    stance: "asserted",
    reported_by: ["Outlet C"],
    hedges: [],
  });
  const partisan = mergePrimarySources([own], { outletOf, outletSide: () => "RU" });
  assert.equal(partisan.sources[0].side, "RU");
});

test("stance: asserting and denying counts as asserted with a note; hedges are kept", () => {
  const { sources } = mergePrimarySources(
    [
      makeClaim({ source: { name: "Channel Z", side: "RU" }, hedges: ["without citing sources"] }),
      makeClaim({ source: { name: "Channel Z", side: "RU" }, polarity: "denied" }),
      makeClaim({ source: { name: "Think Tank", side: "independent" }, polarity: "unconfirmed" }),
    ],
    ctx,
  );
  assert.equal(sources[0].stance, "asserted");
  assert.match(sources[0].note ?? "", /denies/);
  assert.deepEqual(sources[0].hedges, ["without citing sources"]);
  assert.equal(sources[1].stance, "unconfirmed");
});

test("defence/defense and 'the' fold together", () => {
  const { sources } = mergePrimarySources(
    [makeClaim({ source: "the Defence Ministry" }), makeClaim({ source: "Defense Ministry" })],
    ctx,
  );
  assert.equal(sources.length, 1);
});

test("one person under two spellings is one primary source", () => {
  const a = makeClaim({ doc: "d1", source: { name: "Yuri Podolyaka", kind: "person", side: "RU", role: null, institution: null } });
  const b = makeClaim({ doc: "d2", source: { name: "Yuri Podoliaka", canonical: "Yuri Podolyaka", kind: "person", side: "RU", role: null, institution: null } });
  const merged = mergePrimarySources([a, b], { outletOf });
  assert.equal(merged.sources.length, 1);
});
