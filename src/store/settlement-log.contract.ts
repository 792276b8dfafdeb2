// The settlement log's behaviour every LedgerStore must show (claims/settlement.ts), run by each adapter's
// test beside runStoreContract: events in order, refusals that write nothing, undo checked in the store.
import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import type { SettlementEvent } from "../claims/index.js";
import type { LedgerStore } from "./ledger-store.js";
import { makeArticle, makeClaim, makeProposition, testGroupKey } from "./store-fixtures.js";

const settle = (id: string, proposition: string, e: Partial<SettlementEvent> = {}): SettlementEvent => ({
  id, proposition, action: "settle", holds: true, from: "2025-12-01", basis: "later assessment", link: null, claim: null, figure: null,
  reviewer: "tester", at: "2026-12-06T20:00:00.000Z", note: null, undoes: null, ...e,
});
const undo = (id: string, proposition: string, undoes: string): SettlementEvent =>
  settle(id, proposition, { action: "undo", holds: null, from: null, basis: null, undoes });

const code = (c: string) => (e: unknown) => (e as { code?: string }).code === c;

async function seed(store: LedgerStore): Promise<void> {
  const text = "Officials said more than 120 soldiers were killed near Avdiivka in November.";
  const other = "The ministry said 40 soldiers were killed near Avdiivka.";
  const a = makeArticle("alpha", [text, other]);
  const claims = [makeClaim(a, text), makeClaim(a, other, { value: 40, low: null, qualifier: "exact" })];
  await store.addArticle(a, claims, testGroupKey);
  await store.putPropositions([testGroupKey(claims[0])], [makeProposition("p1", [claims[0]]), makeProposition("p2", [claims[1]])]);
}

export function runSettlementLogContract(name: string, open: () => LedgerStore | Promise<LedgerStore>, options: { skip?: string | false } = {}): void {
  describe(`LedgerStore settlement log: ${name}`, { skip: options.skip || false }, () => {
    let store: LedgerStore;
    beforeEach(async () => (store = await open()));
    afterEach(() => store.close());

    it("appends events in order and reads them all, by id and by proposition", async () => {
      await seed(store);
      await store.appendSettlement(settle("s1", "p1", { link: "https://example.org/footage", note: "geolocated" }));
      await store.appendSettlement(settle("s2", "p2", { holds: false, figure: 37.5, from: "2025-11" }));
      await store.appendSettlement(undo("s3", "p1", "s1"));
      assert.deepEqual((await store.settlementEvents()).map((e) => e.id), ["s1", "s2", "s3"]);
      assert.deepEqual((await store.settlementEvents({ proposition: "p1" })).map((e) => e.id), ["s1", "s3"]);
      assert.deepEqual((await store.settlementEvents({ propositions: ["p2", "nowhere"] })).map((e) => e.id), ["s2"]);
      assert.deepEqual((await store.settlementEvents({ id: "s2" }))[0], settle("s2", "p2", { holds: false, figure: 37.5, from: "2025-11" }));
      assert.deepEqual((await store.settlementEvents({ id: "s1" }))[0], settle("s1", "p1", { link: "https://example.org/footage", note: "geolocated" }));
      assert.deepEqual((await store.settlementEvents({ id: "s3" }))[0], undo("s3", "p1", "s1"));
    });

    it("writes nothing when it refuses: an unknown proposition, an id used, a bad undo", async () => {
      await seed(store);
      await assert.rejects(store.appendSettlement(settle("s1", "nowhere")), code("unknown-proposition"));
      await assert.rejects(store.appendSettlement(settle("s1", "p1", { holds: null })), code("bad-settlement"));
      await store.appendSettlement(settle("s1", "p1"));
      await assert.rejects(store.appendSettlement(settle("s1", "p2")), code("settlement-conflict"));
      await assert.rejects(store.appendSettlement(undo("u1", "p1", "missing")), code("unknown-settlement"));
      await assert.rejects(store.appendSettlement(undo("u1", "p2", "s1")), code("bad-settlement"));
      await store.appendSettlement(undo("u1", "p1", "s1"));
      await assert.rejects(store.appendSettlement(undo("u2", "p1", "s1")), code("settlement-conflict"));
      await assert.rejects(store.appendSettlement(undo("u3", "p1", "u1")), code("unknown-settlement"));
      assert.deepEqual((await store.settlementEvents()).map((e) => e.id), ["s1", "u1"]);
    });
  });
}
