import { test } from "node:test";
import assert from "node:assert/strict";
import { testExtractor } from "../extract-test-helper.js";

const extract = (text: string, outlet = "Test Wire") =>
  testExtractor().extract({ id: "t", text, outlet, title: null, published: "2025-11-29", origin: "test" });

test("a bare ministry after the party that spoke: that party's, and 'its forces' are its", () => {
  const claims = extract("Russia said on Saturday that its forces had captured Vovche.\nThe Defence Ministry said on Telegram that its forces had taken Pokrovsk.");
  const pokrovsk = claims.find((c) => c.place?.name === "Pokrovsk");
  assert.ok(pokrovsk, JSON.stringify(claims.map((c) => c.place?.name)));
  assert.equal(pokrovsk.source?.side, "RU");
  assert.equal(pokrovsk.side, "RU");
});

test("a bare General Staff in a Ukrainian outlet is Ukraine's", () => {
  const text = "The General Staff said that Russian forces had not captured Pokrovsk.";
  const [ua] = extract(text, "Censor.NET");
  assert.equal(ua?.source?.side, "UA");
  // A wire service names no country: the side stays unknown rather than guessed.
  const [wire] = extract(text, "Test Wire");
  assert.equal(wire?.source?.side ?? null, null);
});

test("'the officials' are the officials named with their country before, not the last party", () => {
  const claims = extract("Russia said its forces had captured Kupiansk. US officials told reporters that Russia had lost more than 100,000 soldiers killed. Russia's casualties are approaching 300,000, the officials claimed.");
  const c = claims.find((x) => x.value === 300000);
  assert.ok(c, JSON.stringify(claims.map((x) => x.value)));
  assert.equal(c.source?.side, "independent");
});

test("the same institution named with its country elsewhere, nearest before first", () => {
  const claims = extract("Ukraine's General Staff said Russian forces had failed to capture Kupiansk. Russia's Defence Ministry said its forces had taken Vovchansk. The ministry said its forces had captured Lyman.");
  const lyman = claims.find((c) => c.place?.name === "Lyman");
  assert.ok(lyman);
  assert.equal(lyman.source?.side, "RU");
});
