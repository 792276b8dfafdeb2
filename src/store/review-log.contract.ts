// The review log's behaviour every LedgerStore must show (claims/review.ts), run by each adapter's test
// beside runStoreContract: events in order, the reviewed state in the claim's row, rejected claims left out.
import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import type { Claim, ReviewEvent } from "../claims/index.js";
import type { LedgerStore } from "./ledger-store.js";
import { makeArticle, makeClaim, makeProposition, testGroupKey } from "./store-fixtures.js";

const S = {
  a1: "Officials said more than 120 soldiers were killed near Avdiivka in November.",
  a2: "The ministry said 40 soldiers were killed near Avdiivka.",
  a3: "A missed sentence about 7 wounded.",
};

const event = (id: string, claim: string, e: Partial<ReviewEvent>): ReviewEvent => ({
  id, claim, action: "accept", field: null, before: null, after: null, reviewer: "tester", at: "2026-12-06T20:00:00.000Z", note: null, undoes: null, ...e,
});

async function seed(store: LedgerStore): Promise<Claim[]> {
  const a = makeArticle("alpha", [S.a1, S.a2, S.a3]);
  const claims = [makeClaim(a, S.a1), makeClaim(a, S.a2, { value: 40, low: null, qualifier: "exact" })];
  await store.addArticle(a, claims, testGroupKey);
  return claims;
}

const code = (c: string) => (e: unknown) => (e as { code?: string }).code === c;

export function runReviewLogContract(name: string, open: () => LedgerStore | Promise<LedgerStore>, options: { skip?: string | false } = {}): void {
  describe(`LedgerStore review log: ${name}`, { skip: options.skip || false }, () => {
    let store: LedgerStore;
    beforeEach(async () => (store = await open()));
    afterEach(() => store.close());

    it("appends events in order and reads them by claim, by id and all", async () => {
      const [c1, c2] = await seed(store);
      await store.appendReviews([event("r1", c1.id, {})], { claim: c1, groupKey: testGroupKey(c1), rejected: false });
      await store.appendReviews([event("r2", c2.id, { note: "checked" }), event("r3", c2.id, { action: "correct", field: "polarity", before: "asserted", after: "denied" })],
        { claim: { ...c2, polarity: "denied" }, groupKey: testGroupKey(c2), rejected: false });
      assert.deepEqual((await store.reviewEvents()).map((e) => e.id), ["r1", "r2", "r3"]);
      assert.deepEqual((await store.reviewEvents({ claim: c2.id })).map((e) => e.id), ["r2", "r3"]);
      const [r3] = await store.reviewEvents({ id: "r3" });
      assert.deepEqual(r3, event("r3", c2.id, { action: "correct", field: "polarity", before: "asserted", after: "denied" }));
      assert.equal((await store.reviewEvents({ id: "r2" }))[0].note, "checked");
    });

    it("keeps the reviewed state in the claim and the machine reading under it", async () => {
      const [c1] = await seed(store);
      assert.deepEqual(await store.reviewedClaim(c1.id), { claim: c1, machine: c1, rejected: false, groupKey: testGroupKey(c1) });
      const corrected: Claim = { ...c1, side: "RU" };
      await store.appendReviews([event("r1", c1.id, { action: "correct", field: "side", before: "UA", after: "RU" })],
        { claim: corrected, groupKey: testGroupKey(corrected), rejected: false });
      const again: Claim = { ...corrected, polarity: "denied" };
      await store.appendReviews([event("r2", c1.id, { action: "correct", field: "polarity", before: "asserted", after: "denied" })],
        { claim: again, groupKey: testGroupKey(again), rejected: false });
      assert.deepEqual(await store.reviewedClaim(c1.id), { claim: again, machine: c1, rejected: false, groupKey: testGroupKey(again) });
      assert.deepEqual(await store.claimsByIds([c1.id]), [again]);
      assert.deepEqual((await store.claims({ side: "RU" })).map((c) => c.id), [c1.id]);
      assert.deepEqual((await store.claimsByGroup([testGroupKey(again)])).map((c) => c.id), [c1.id]);
      assert.equal(await store.reviewedClaim("nowhere"), null);
    });

    it("leaves rejected claims out of listings, groups and places, but lists them when asked", async () => {
      const [c1, c2] = await seed(store);
      await store.appendReviews([event("r1", c1.id, { action: "reject", after: "background" })], { claim: c1, groupKey: testGroupKey(c1), rejected: true });
      assert.deepEqual((await store.claims()).map((c) => c.id), [c2.id]);
      assert.equal(await store.countClaims(), 1);
      assert.equal(await store.countClaims({ withRejected: true }), 2);
      assert.deepEqual((await store.claims({ withRejected: true, place: "Avdiivka" })).map((c) => c.id).sort(), [c1.id, c2.id].sort());
      assert.deepEqual((await store.claimsByGroup([testGroupKey(c1)])).map((c) => c.id), [c2.id]);
      assert.equal((await store.places()).find((p) => p.name === "Avdiivka")?.claims, 1);
      assert.equal((await store.reviewedClaim(c1.id))?.rejected, true);
      await store.appendReviews([event("r2", c1.id, { action: "undo", undoes: "r1" })], { claim: c1, groupKey: testGroupKey(c1), rejected: false });
      assert.equal(await store.countClaims(), 2);
      assert.equal((await store.places()).find((p) => p.name === "Avdiivka")?.claims, 2);
    });

    it("adds a claim to a stored article, with no machine reading", async () => {
      await seed(store);
      const a = makeArticle("alpha", [S.a1, S.a2, S.a3]);
      const added = makeClaim(a, S.a3, { id: "added-1", measure: "wounded", value: 7, low: null, qualifier: "exact" });
      await store.appendReviews([event("r1", "added-1", { action: "add", after: added })], { claim: added, groupKey: testGroupKey(added), rejected: false });
      assert.deepEqual(await store.reviewedClaim("added-1"), { claim: added, machine: null, rejected: false, groupKey: testGroupKey(added) });
      assert.deepEqual((await store.claims({ doc: "alpha" })).map((c) => c.id).includes("added-1"), true);
      assert.equal((await store.article("alpha"))?.claimCount, 3, "the article counts the added claim");
      await assert.rejects(store.appendReviews([event("r2", "added-1", { action: "add", after: added })], { claim: added, groupKey: "", rejected: false }), code("review-conflict"));
      const elsewhere = { ...added, id: "added-2", doc: "nowhere" };
      await assert.rejects(store.appendReviews([event("r3", "added-2", { action: "add", after: elsewhere })], { claim: elsewhere, groupKey: "", rejected: false }), code("unknown-document"));
      assert.deepEqual((await store.reviewEvents()).map((e) => e.id), ["r1"]);
    });

    it("writes nothing when it refuses: an unknown claim, an event id already used", async () => {
      const [c1] = await seed(store);
      const ghost = { ...c1, id: "ghost" };
      await assert.rejects(store.appendReviews([event("r1", "ghost", {})], { claim: ghost, groupKey: "", rejected: false }), code("unknown-claim"));
      await store.appendReviews([event("r1", c1.id, {})], { claim: c1, groupKey: testGroupKey(c1), rejected: false });
      await assert.rejects(store.appendReviews([event("r2", c1.id, {}), event("r1", c1.id, {})],
        { claim: { ...c1, side: "RU" }, groupKey: "x", rejected: true }), code("review-conflict"));
      assert.deepEqual((await store.reviewEvents()).map((e) => e.id), ["r1"]);
      assert.deepEqual(await store.reviewedClaim(c1.id), { claim: c1, machine: c1, rejected: false, groupKey: testGroupKey(c1) });
    });

    it("rewrites every row of a claim stored again with its reviewed state and the new machine reading", async () => {
      const [c1, c2] = await seed(store);
      await store.appendReviews([event("r1", c1.id, { action: "reject", after: "background" })], { claim: c1, groupKey: testGroupKey(c1), rejected: true });
      await store.appendReviews([event("r2", c2.id, { action: "correct", field: "side", before: "UA", after: "RU" })], { claim: { ...c2, side: "RU" }, groupKey: testGroupKey({ ...c2, side: "RU" }), rejected: false });
      // The article edited and stored again: the same id, one more sentence; its first claims keep their ids.
      const edited = makeArticle("alpha", [S.a1, S.a2, S.a3, "One more line."]);
      const again = [makeClaim(edited, S.a1), makeClaim(edited, S.a2, { value: 40, low: null, qualifier: "exact", hedges: ["reportedly"] })];
      await store.addArticle(edited, again, testGroupKey);
      assert.equal((await store.claims()).filter((c) => c.id === c1.id).length, 0 + 1, "before: the new row is the machine's");
      await store.appendReviews([], { claim: c1, groupKey: testGroupKey(c1), rejected: true, machine: again[0] });
      const reviewed = { ...again[1], side: "RU" as const };
      await store.appendReviews([], { claim: reviewed, groupKey: testGroupKey(reviewed), rejected: false, machine: again[1] });
      assert.deepEqual((await store.claims()).map((c) => [c.id, c.side]), [[c2.id, "RU"], [c2.id, "RU"]]);
      assert.equal(await store.countClaims({ withRejected: true }), 4);
      assert.deepEqual((await store.reviewedClaim(c2.id))?.machine, again[1]);
      assert.equal((await store.places()).find((p) => p.name === "Avdiivka")?.claims, 2);
      assert.deepEqual((await store.reviewEvents({ claims: [c1.id, c2.id, "other"] })).map((e) => e.id), ["r1", "r2"]);
      await assert.rejects(store.appendReviews([], { claim: { ...c1, id: "ghost" }, groupKey: "", rejected: false, machine: c1 }), code("unknown-claim"));
      await assert.rejects(store.appendReviews([], { claim: c1, groupKey: "", rejected: false }), code("bad-review"));
    });

    it("reads a proposition's events: its claims', and its group's rejected ones", async () => {
      const [c1, c2] = await seed(store);
      await store.putPropositions([testGroupKey(c1)], [makeProposition("p1", [c1, c2])]);
      await store.appendReviews([event("r1", c2.id, {})], { claim: c2, groupKey: testGroupKey(c2), rejected: false });
      await store.appendReviews([event("r2", c1.id, { action: "reject", after: "duplicate" })], { claim: c1, groupKey: testGroupKey(c1), rejected: true });
      await store.putPropositions([testGroupKey(c1)], [makeProposition("p1", [c2])]);
      assert.deepEqual((await store.reviewEvents({ proposition: "p1" })).map((e) => e.id), ["r1", "r2"]);
      assert.deepEqual(await store.reviewEvents({ proposition: "nothing" }), []);
    });
  });
}
