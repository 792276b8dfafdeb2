// Child process for the kill -9 review test: one article, then corrections forever (two fields per
// review, so two events per transaction), printing each review's event ids once it has committed.
import type { ActorRegistry } from "../actors/index.js";
import type { PlaceIndex } from "../places/index.js";
import { makeArticle, makeClaim, testGroupKey } from "../store/store-fixtures.js";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import { createClaimReviewer } from "./claim-reviewer.js";

export const SENTENCES = Array.from({ length: 5 }, (_, i) => `Item ${i}: officials said ${100 + i} soldiers were killed near Avdiivka.`);

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "\0")) {
  const store = openSqliteStore(process.argv[2]);
  const article = makeArticle("crash-doc", SENTENCES);
  const claims = SENTENCES.map((s) => makeClaim(article, s));
  await store.addArticle(article, claims, testGroupKey);
  let n = 0;
  const reviewer = createClaimReviewer({
    store, reconcileGroups: async () => 0, groupKey: testGroupKey, newId: () => `rev-${process.pid}-${n++}`,
    places: {} as PlaceIndex, actors: {} as ActorRegistry,
  });
  const polarities = ["denied", "unconfirmed", "asserted"];
  for (let i = 0; ; i++) {
    const claim = claims[i % claims.length];
    const r = await reviewer.correct(claim.id, { polarity: polarities[i % 3], side: i % 2 ? "russia" : "ukraine" }, { reviewer: "child" });
    process.stdout.write(r.events.map((e) => e.id).join(" ") + "\n");
  }
}
