import { test } from "node:test";
import assert from "node:assert/strict";
import { extractText } from "../extract-test-helper.js";

test("a claim sentence with no speaker right after a report goes on with that report", () => {
  const claims = extractText("Ukrainian forces lost up to 145 servicemen near Kupiansk, the Russian Defence Ministry said. Ukrainian forces also lost up to 70 servicemen near Lyman.", "2025-04-27");
  const seventy = claims.find((c) => c.value === 70);
  assert.ok(seventy, JSON.stringify(claims));
  assert.equal(seventy.source?.side, "RU");
  assert.match(seventy.source?.name ?? "", /Defen[cs]e Ministry/i);
});

test("a sentence with a date of its own is the writer's, not the report going on", () => {
  const claims = extractText("Ukrainian forces lost up to 145 servicemen near Kupiansk, the Russian Defence Ministry said. In October, Russian forces captured Kupiansk.", "2025-11-27");
  const control = claims.find((c) => c.kind === "control");
  assert.ok(control, JSON.stringify(claims));
  assert.equal(control.source, null);
});

test("a town's population after a report is the writer's background", () => {
  const claims = extractText("Russian forces captured Toretsk, the Russian Defence Ministry said. Toretsk had a population of about 30,000 before the war.", "2025-02-07");
  const population = claims.find((c) => c.kind === "population");
  if (population) assert.equal(population.source, null);
  assert.ok(claims.some((c) => c.kind === "control" && c.source?.side === "RU"));
});
