// Publication dates checked the same way on every path, and manifests that name what is not there:
// warnings, never silence.
import assert from "node:assert/strict";
import path from "node:path";
import { after, describe, it } from "node:test";
import { futureDateWarning, isPublished } from "./parse-published.js";
import { readInputs } from "./read-inputs.js";
import type { ReadOptions } from "./reader.js";
import { collect, makeFixtures, removeFixtures } from "./test-helpers.js";

const NOW = () => new Date("2026-12-06T12:00:00Z");
const dir = makeFixtures({
  "future.txt": "Troops were seen near the station.",
  "today.txt": "Shelling was reported near the bridge.",
  "manifest.json": JSON.stringify({ future: { published: "2099-01-02" }, today: { published: "2026-12" }, gone: { outlet: "X" }, typo: { outlet: "Y" } }),
});
const meta = makeFixtures({ "meta.json": JSON.stringify({ today: { title: "T" }, nowhere: { title: "N" } }) });
after(() => { removeFixtures(dir); removeFixtures(meta); });

async function read(inputs: string[], options: ReadOptions = {}) {
  const warnings: [string, string][] = [];
  const got = await collect(readInputs(inputs, { now: NOW, onWarning: (o, m) => warnings.push([o, m]), ...options }));
  return { ...got, warnings };
}

describe("publication dates", () => {
  it("are real dates, as the manifest, the API and the upload form all check them", () => {
    for (const bad of ["2025-13-45", "9999-99-99", "2025-02-30", "2025-00", "0000-13", "25-11-07", "2025/11/07", "last week"]) assert.equal(isPublished(bad), false, bad);
    for (const good of ["2025", "2025-11", "2024-02-29", "9999-12-31"]) assert.equal(isPublished(good), true, good);
  });

  it("after today warn, at their own precision", () => {
    assert.match(futureDateWarning("2099-01-02", "2026-12-06") ?? "", /after today/);
    assert.match(futureDateWarning("2027", "2026-12-06") ?? "", /after today/);
    assert.match(futureDateWarning("2026-12-07", "2026-12-06") ?? "", /after today/);
    for (const ok of ["2026", "2026-12", "2026-12-06", "2025-01-01", null]) assert.equal(futureDateWarning(ok, "2026-12-06"), null, String(ok));
  });

  it("after today are kept, with a warning naming the file", async () => {
    const { articles, warnings } = await read([dir]);
    const future = articles.find((a) => a.id === "future")!;
    assert.equal(future.published, "2099-01-02");
    assert.ok(future.warnings?.some((w) => /after today/.test(w)));
    assert.ok(warnings.some(([o, m]) => o.endsWith("future.txt") && /2099-01-02 is after today \(2026-12-06\)/.test(m)));
    assert.ok(!warnings.some(([o, m]) => o.endsWith("today.txt") && /after today/.test(m)));
  });
});

describe("manifest entries naming nothing", () => {
  it("a folder manifest's entries without a file beside them are named in one warning", async () => {
    const { warnings } = await read([dir]);
    const w = warnings.filter(([o]) => o === path.join(dir, "manifest.json"));
    assert.equal(w.length, 1, JSON.stringify(warnings));
    assert.match(w[0][1], /2 entries name no file in its folder: "gone", "typo"/);
  });

  it("an explicit manifest's entries no document took are named after the last input", async () => {
    const { warnings } = await read([path.join(dir, "today.txt")], { meta: path.join(meta, "meta.json") });
    assert.ok(warnings.some(([o, m]) => o === path.join(meta, "meta.json") && /1 entry names no document that was read: "nowhere"/.test(m)), JSON.stringify(warnings));
  });
});
