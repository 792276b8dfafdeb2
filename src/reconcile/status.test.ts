import { test } from "node:test";
import assert from "node:assert/strict";
import type { PrimarySource, SourceSide, Stance } from "../claims/index.js";
import { favouredSide } from "./favoured-side.js";
import { statusOf } from "./status.js";

const src = (name: string, side: SourceSide | null, stance: Stance = "asserted"): PrimarySource => ({
  name, side, stance, speakers: [name], reported_by: ["Outlet"],
});
const status = (sources: PrimarySource[], favours: "RU" | "UA" | null = "RU", figuresConflict = false) =>
  statusOf({ sources, favours, figuresConflict }).status;

const ROWS: [string, PrimarySource[], string, ("RU" | "UA" | null)?, boolean?][] = [
  ["asserted and denied", [src("A", "RU"), src("B", "UA", "denied")], "disputed"],
  ["figures differ", [src("A", "RU"), src("B", "independent")], "disputed", "RU", true],
  ["only denials", [src("B", "UA", "denied"), src("C", "independent", "unconfirmed")], "denied"],
  ["only unconfirmed", [src("C", "independent", "unconfirmed")], "unconfirmed"],
  ["one asserting source", [src("A", "RU"), src("C", "independent", "unconfirmed")], "single_source"],
  ["several of the favoured side", [src("A", "RU"), src("D", "RU")], "one_sided"],
  ["several, no side favoured", [src("A", "RU"), src("D", "RU")], "one_sided", null],
  ["both sides", [src("A", "RU"), src("B", "UA")], "corroborated"],
  ["an independent one", [src("A", "RU"), src("C", "independent")], "corroborated"],
  ["several of the harmed side (admission)", [src("B", "UA"), src("E", "UA")], "corroborated"],
];

for (const [name, sources, expected, favours, conflict] of ROWS) {
  test(`status: ${name} → ${expected}`, () => assert.equal(status(sources, favours ?? "RU", conflict ?? false), expected));
}

test("the side a claim favours", () => {
  assert.equal(favouredSide("casualties", "killed", "UA"), "RU");
  assert.equal(favouredSide("control", "controls", "UA"), "UA");
  assert.equal(favouredSide("forces", "deployed", "RU"), "RU");
  assert.equal(favouredSide("area", "share", "UA"), "UA");
  assert.equal(favouredSide("event", "withdrawal", "UA"), "RU");
  assert.equal(favouredSide("population", "population", null), null);
});
