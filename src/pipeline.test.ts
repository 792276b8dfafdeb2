import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { createPipeline } from "./pipeline.js";
import { openSqliteStore } from "./store/index.js";
import { groupKey } from "./reconcile/index.js";
import { readInputs } from "./read/index.js";

const seeds = fileURLToPath(new URL("../examples/seeds/", import.meta.url));

test("a run killed after storing articles but before reconciling them is completed by the next run", async () => {
  const pipeline = createPipeline();
  const interrupted = openSqliteStore(":memory:");
  // The first run stores every article, then dies before reconciling.
  for await (const item of readInputs([seeds])) if (item.article) await interrupted.addArticle(item.article, pipeline.extractArticle(item.article), groupKey);
  assert.equal(await interrupted.countPropositions(), 0);
  const summary = await pipeline.ingest(interrupted, [seeds]);
  assert.equal(summary.added, 0);
  const clean = openSqliteStore(":memory:");
  await pipeline.ingest(clean, [seeds]);
  assert.ok(await clean.countPropositions() > 10);
  assert.equal(await interrupted.countPropositions(), await clean.countPropositions());
  assert.deepEqual((await interrupted.propositions({ status: "disputed", limit: 100 })).map((p) => p.id).sort(), (await clean.propositions({ status: "disputed", limit: 100 })).map((p) => p.id).sort());
});
