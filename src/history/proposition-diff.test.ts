// Changes between two reconciliations of a scope, on made-up propositions.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Proposition } from "../claims/index.js";
import { diffPropositions } from "./proposition-diff.js";

const p = (id: string, claims: string[], over: Partial<Proposition> = {}): Proposition => ({
  id, kind: "casualties", measure: "killed", side: "RU", place: { name: "Alderton", id: "1" }, time: { start: "2031-04", end: "2031-04" },
  claims, reports: 1, primary_sources: [], figure: null, status: "single_source", related: [], checks: [], ...over,
});
const fig = (low: number, high: number) => ({ low, best: null, high, unit: "people" as const, low_from: null, high_from: null });
const types = (before: Proposition[], after: Proposition[]) => diffPropositions(before, after).map((c) => `${c.type}:${c.proposition.id}`);

describe("diffPropositions", () => {
  it("finds nothing when nothing changed", () => {
    const a = [p("a", ["c1"]), p("b", ["c2"], { status: "disputed" })];
    assert.deepEqual(types(a, a), []);
  });

  it("sees a new proposition, and not one whose id moved with its claims", () => {
    assert.deepEqual(types([p("a", ["c1"])], [p("a", ["c1"]), p("b", ["c9"])]), ["new-proposition:b"]);
    assert.deepEqual(types([p("a", ["c1", "c2"])], [p("a2", ["c1", "c2", "c3"])]), []);
  });

  it("sees a status change with the status before", () => {
    const [change] = diffPropositions([p("a", ["c1"])], [p("a", ["c1", "c2"], { status: "disputed" })]);
    assert.equal(change.type, "status-change");
    assert.equal(change.fromStatus, "single_source");
  });

  it("sees a figure's upper bound rise, not fall", () => {
    const [up] = diffPropositions([p("a", ["c1"], { figure: fig(100, 120) })], [p("a", ["c1", "c2"], { figure: fig(100, 400) })]);
    assert.equal(up.type, "new-figure-high");
    assert.equal(up.fromHigh, 120);
    assert.deepEqual(types([p("a", ["c1"], { figure: fig(100, 400) })], [p("a", ["c1"], { figure: fig(100, 120) })]), []);
  });

  it("sees a contradiction once, and not one that held the day before", () => {
    const before = [p("a", ["c1"], { kind: "control" }), p("b", ["c2"], { kind: "event" })];
    const related = (id: string) => [{ id, relation: "contradicts" }];
    const after = [p("a", ["c1"], { kind: "control", related: related("b") }), p("b", ["c2"], { kind: "event", related: related("a") })];
    assert.deepEqual(types(before, after), ["new-contradiction:a"]);
    assert.deepEqual(types(after, after), []);
  });
});
