// SourceSideRefiner: a speaker the registry lacks takes the side the article gives it elsewhere — a local
// official's from the place they report on, and the same person under another transliteration.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractText } from "../extract-test-helper.js";

test("source side: a local official named once, then by surname in another spelling", () => {
  const text = "Russian forces entered Sievierodonetsk, said the head of the Luhansk oblast military administration Serhiy Haidai.\n\n" +
    "Gaidai said most of Sievierodonetsk is currently controlled by the Russians.";
  const claims = extractText(text, "2022-06-05");
  const later = claims.find((c) => c.measure === "controls");
  assert.ok(later, JSON.stringify(claims));
  assert.equal(later.source?.side, "UA", JSON.stringify(later.source));
});

test("source side: an unknown person with no description stays without a side", () => {
  const claims = extractText("Petrenkovych said most of Sievierodonetsk is controlled by the Russians.", "2022-06-05");
  assert.equal(claims[0]?.source?.side ?? null, null, JSON.stringify(claims[0]?.source));
});

test("speaker: an inverted attribution after a comma names the speaker, not the clause's subject", () => {
  const claims = extractText("Russian forces entered Sievierodonetsk, said the head of the Luhansk oblast military administration Serhiy Haidai.", "2022-06-05");
  assert.equal(claims[0]?.source?.name, "Serhiy Haidai", JSON.stringify(claims[0]?.source));
});
