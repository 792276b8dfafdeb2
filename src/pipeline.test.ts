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

test("storeArticle stores without reconciling and names the groups to reconcile, also for an article already stored", async () => {
  const pipeline = createPipeline();
  const store = openSqliteStore(":memory:");
  let article = null;
  for await (const item of readInputs([seeds])) if (item.article) { article = item.article; break; }
  const first = await pipeline.storeArticle(store, article!);
  if (first.problem) assert.fail(first.problem.reason);
  assert.ok(first.result.added && first.result.claims > 0);
  assert.equal(await store.countPropositions(), 0);
  const again = await pipeline.storeArticle(store, article!);
  if (again.problem) assert.fail(again.problem.reason);
  assert.equal(again.result.added, false);
  assert.deepEqual(again.groupKeys, first.groupKeys);
  assert.ok(first.groupKeys.length > 0);
  await pipeline.reconcileGroups(store, first.groupKeys);
  assert.ok((await store.countPropositions()) > 0);
  const unread = await pipeline.storeArticle(store, { ...article!, id: "de", text: "Die Regierung sagte am Dienstag, die Lage sei ruhig und die Straßen seien offen.", lang: "de" });
  assert.match(unread.problem?.reason ?? "", /no language pack/);
});
