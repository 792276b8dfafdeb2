import assert from "node:assert/strict";
import path from "node:path";
import { after, test } from "node:test";
import { loadManifest, parseManifest, publishedWarning } from "./manifest.js";
import { makeFixtures, removeFixtures } from "./test-helpers.js";

const dir = makeFixtures({
  "good.json": JSON.stringify({ a: { outlet: "RKS News", published: "2025-11", title: "T" }, b: { url: "https://x/", published: null } }),
  "bad-json.json": '{ "a": { "outlet": "X", }',
  "array.json": "[1, 2]",
  "entry.json": '{ "a": "RKS News" }',
  "field.json": '{ "a": { "outlet": ["X"] } }',
});
after(() => removeFixtures(dir));

test("loadManifest reads a good manifest", async () => {
  const loaded = await loadManifest(path.join(dir, "good.json"));
  assert.ok("manifest" in loaded);
  assert.deepEqual(loaded.manifest.get("a"), { outlet: "RKS News", published: "2025-11", title: "T" });
  assert.deepEqual(loaded.manifest.get("b"), { url: "https://x/", published: null });
});

const MALFORMED: [string, RegExp][] = [
  ["bad-json.json", /^malformed manifest: .*JSON/],
  ["array.json", /^malformed manifest: expected an object/],
  ["entry.json", /^malformed manifest: entry "a" is not an object$/],
  ["field.json", /^malformed manifest: entry "a": outlet is not a string$/],
  ["missing.json", /^no such file or directory$/],
];
for (const [name, reason] of MALFORMED) {
  test(`loadManifest: ${name} gives a one-line reason`, async () => {
    const loaded = await loadManifest(path.join(dir, name));
    assert.ok("reason" in loaded);
    assert.match(loaded.reason, reason);
    assert.doesNotMatch(loaded.reason, /\n/);
  });
}

test("parseManifest turns numbers into strings (published: 2025)", () => {
  assert.deepEqual(parseManifest({ a: { published: 2025 } }).get("a"), { published: "2025" });
});

const DATES: [string | null, boolean][] = [["2025", false], ["2025-11-07", false], [null, false], ["2025-13-01", true], ["07/11/2025", true], ["", true]];
for (const [published, warns] of DATES) {
  test(`publishedWarning(${JSON.stringify(published)}) ${warns ? "warns" : "is silent"}`, () => {
    assert.equal(publishedWarning("doc", published) !== null, warns);
  });
}
