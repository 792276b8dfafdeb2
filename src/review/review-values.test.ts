import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadActorRegistry } from "../actors/index.js";
import { loadPlaceIndex } from "../places/index.js";
import { parseFieldValue, rejectReason, reviewField } from "./review-values.js";

const ctx = { places: loadPlaceIndex(), actors: loadActorRegistry() };

describe("review values", () => {
  const good: [Parameters<typeof parseFieldValue>[0], unknown, unknown][] = [
    ["side", "ukraine", "UA"],
    ["side", "RU", "RU"],
    ["side", "none", null],
    ["speaker_side", "independent", "independent"],
    ["figure", "1,200", { value: 1200, low: null, high: null, qualifier: "exact", unit: null }],
    ["figure", 40, { value: 40, low: null, high: null, qualifier: "exact", unit: null }],
    ["figure", "1000-1500", { value: null, low: 1000, high: 1500, qualifier: "range", unit: null }],
    ["period", "2025-11-02", { start: "2025-11-02", end: "2025-11-02", text: "2025-11-02" }],
    ["period", "2025-11-01..2025-11-05", { start: "2025-11-01", end: "2025-11-05", text: "2025-11-01..2025-11-05" }],
    ["polarity", "denied", "denied"],
    ["kind", "casualties/wounded", { kind: "casualties", measure: "wounded" }],
    ["kind", "encircled", { kind: "forces", measure: "encircled" }],
    ["place", "none", null],
  ];
  for (const [field, input, expected] of good) {
    it(`reads ${field} ${JSON.stringify(input)}`, () => assert.deepEqual(parseFieldValue(field, input, ctx), expected));
  }

  it("resolves a place through the gazetteer, former names too", () => {
    const place = parseFieldValue("place", "Krasnoarmeysk", ctx);
    assert.equal(place?.name, "Pokrovsk");
    assert.equal(place?.mention, "Krasnoarmeysk");
  });

  it("resolves a known speaker through the actor registry, and keeps an unknown one as typed", () => {
    assert.equal(parseFieldValue("speaker", "Ukrainian General Staff", ctx)?.side, "UA");
    assert.equal(parseFieldValue("speaker", "Kherson Desk", ctx)?.name, "Kherson Desk");
    assert.equal(parseFieldValue("speaker", null, ctx), null);
  });

  const bad: [Parameters<typeof parseFieldValue>[0], unknown, string][] = [
    ["side", "mars", "bad-review-value"],
    ["side", 3, "bad-review-value"],
    ["figure", "lots", "bad-review-value"],
    ["figure", "9-3", "bad-review-value"],
    ["period", "2025-13", "bad-review-value"],
    ["period", "2025-11-05..2025-11-01", "bad-review-value"],
    ["polarity", "maybe", "bad-review-value"],
    ["kind", "casualties/encircled", "bad-review-value"],
    ["place", "Atlantis", "unknown-place"],
  ];
  for (const [field, input, code] of bad) {
    it(`refuses ${field} ${JSON.stringify(input)}`, () => assert.throws(() => parseFieldValue(field, input, ctx), (e: { code?: string }) => e.code === code));
  }

  it("knows the fields and reasons, and names the valid ones when refusing", () => {
    assert.equal(reviewField("speaker-side"), "speaker_side");
    assert.throws(() => reviewField("colour"), (e: { hint?: string }) => /speaker, speaker_side/.test(e.hint ?? ""));
    assert.equal(rejectReason("background"), "background");
    assert.throws(() => rejectReason("boring"), (e: { hint?: string }) => /not-a-claim/.test(e.hint ?? ""));
  });
});
