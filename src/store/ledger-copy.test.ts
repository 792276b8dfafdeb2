// fogline migrate's copy: SQLite -> SQLite, and SQLite -> PostgreSQL -> SQLite when FOGLINE_TEST_PG is set;
// the copy gives back every record, and the census (counts and checksum) tells a loss apart.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { canonicalJson, censusOf, copyLedger } from "./ledger-copy.js";
import { openStore, type OpenedStore } from "./open-store.js";
import { dropTestSchemas, freshSchemaUrl, PG_SKIP } from "./postgres/pg-test-database.js";
import { makeArticle, makeClaim, makeProposition, testGroupKey } from "./store-fixtures.js";
import type { ReviewEvent, SettlementEvent } from "../claims/index.js";

const dir = mkdtempSync(join(tmpdir(), "fogline-copy-"));
after(() => rmSync(dir, { recursive: true, force: true }));
after(dropTestSchemas);
let n = 0;

const S = [
  "Officials said more than 120 soldiers were killed near Avdiivka in November.",
  "Губернатор сказал, что из Купянска эвакуированы 3000 жителей.",
  "Генштаб заявив, що 40 військових потрапили в оточення біля Куп'янська.",
];

/** A ledger with three articles (one in two parts), claims in three languages and two propositions. */
async function seeded(store: OpenedStore): Promise<void> {
  const a = makeArticle("alpha", [S[0]]);
  const b = makeArticle("bravo", [S[1]], { outlet: "Другая газета", published: null });
  const c1 = makeArticle("charlie", [S[2]]);
  const c2 = makeArticle("charlie", [S[0], S[2]], { offset: 9000 });
  const kupiansk = { name: "Купянск", mention: "Купянска", id: "704839", lat: 49.71, lon: 37.61 };
  const claims = [makeClaim(a, S[0]), makeClaim(b, S[1], { place: kupiansk, side: null, kind: "event", measure: "evacuation", value: 3000 }),
    makeClaim(c1, S[2], { place: kupiansk, time: null }), makeClaim(c2, S[2], { hedges: ["reportedly"] })];
  await store.addArticle(a, [claims[0]], testGroupKey);
  await store.addArticle(b, [claims[1]], testGroupKey);
  await store.addArticle(c1, [claims[2]], testGroupKey);
  await store.addArticle(c2, [claims[3]], () => "a group of its own");
  await store.putPropositions([testGroupKey(claims[0])], [makeProposition("p-1", [claims[0], claims[3]], { status: "disputed" })]);
  await store.putPropositions([testGroupKey(claims[1])], [makeProposition("p-2", [claims[1]], {
    figure: { low: 3000, best: 3000, high: 3000, unit: "people", low_from: "Губернатор", high_from: "Губернатор" } })]);
  // Reviews: a correction, a rejection and an added claim, each with its events.
  const at = "2026-12-06T20:00:00.000Z";
  const event = (id: string, claim: string, e: Partial<ReviewEvent>): ReviewEvent =>
    ({ id, claim, action: "accept", field: null, before: null, after: null, reviewer: "ana", at, note: null, undoes: null, ...e });
  const corrected = { ...claims[0], side: "RU" as const };
  await store.appendReviews([event("r1", claims[0].id, { action: "correct", field: "side", before: "UA", after: "RU" })], { claim: corrected, groupKey: testGroupKey(corrected), rejected: false });
  await store.appendReviews([event("r2", claims[1].id, { action: "reject", after: "background" })], { claim: claims[1], groupKey: testGroupKey(claims[1]), rejected: true });
  const added = makeClaim(a, S[0], { id: "added-1", kind: "event", measure: "strike", value: null });
  await store.appendReviews([event("r3", "added-1", { action: "add", after: added })], { claim: added, groupKey: testGroupKey(added), rejected: false });
  // Settlements: one in force with a figure, one undone.
  const settlement = (id: string, proposition: string, e: Partial<SettlementEvent> = {}): SettlementEvent => ({ id, proposition, action: "settle",
    holds: true, from: "2025-12-01", basis: "later assessment", link: null, claim: null, figure: null, reviewer: "ana", at, note: null, undoes: null, ...e });
  await store.appendSettlement(settlement("s1", "p-2", { figure: 2500.5, link: "https://example.org/count" }));
  await store.appendSettlement(settlement("s2", "p-1", { holds: false, from: "2025-11" }));
  await store.appendSettlement(settlement("s3", "p-1", { action: "undo", holds: null, from: null, basis: null, undoes: "s2" }));
}

async function copyAndCompare(from: OpenedStore, to: OpenedStore): Promise<void> {
  const progress = await copyLedger(from, to);
  const [source, copy] = [await censusOf(from), await censusOf(to)];
  assert.deepEqual(copy, source);
  assert.equal(progress.copied, source.articles);
  assert.deepEqual(await to.articles(), await from.articles());
  assert.deepEqual(await to.claims(), await from.claims());
  assert.deepEqual(await to.propositions(), await from.propositions());
  assert.deepEqual(await to.places(), await from.places());
  assert.deepEqual(await to.claims({ withRejected: true }), await from.claims({ withRejected: true }));
  assert.deepEqual(await to.reviewEvents(), await from.reviewEvents());
  assert.deepEqual(await to.settlementEvents(), await from.settlementEvents());
  for (const id of ["added-1", ...(await from.claims({ withRejected: true })).map((c) => c.id)]) {
    assert.deepEqual(await to.reviewedClaim(id), await from.reviewedClaim(id), id);
  }
  assert.deepEqual(await to.claims({ search: "Купянска" }), await from.claims({ search: "Купянска" }));
}

describe("copying a ledger", () => {
  it("copies SQLite into SQLite, losing nothing, and copying again adds nothing", async () => {
    const from = await openStore(join(dir, `from-${++n}.db`));
    const to = await openStore(join(dir, `to-${n}.db`));
    try {
      await seeded(from);
      assert.equal((await censusOf(from)).articles, 4);
      assert.equal((await censusOf(from)).reviewEvents, 3);
      assert.equal((await censusOf(from)).settlementEvents, 3);
      await copyAndCompare(from, to);
      assert.equal((await copyLedger(from, to)).copied, 0);
      assert.deepEqual(await censusOf(to), await censusOf(from));
    } finally {
      await from.close();
      await to.close();
    }
  });

  it("tells a ledger that lost a claim or a proposition apart", async () => {
    const now = () => new Date("2025-12-01T10:00:00Z"); // both ingest at one instant: ingest times are in the checksum
    const full = await openStore(":memory:", { now });
    const short = await openStore(":memory:", { now });
    try {
      await seeded(full);
      await seeded(short);
      assert.deepEqual(await censusOf(short), await censusOf(full));
      await short.putPropositions([testGroupKey(makeClaim(makeArticle("alpha", [S[0]]), S[0]))], []);
      const [a, b] = [await censusOf(full), await censusOf(short)];
      assert.equal(b.propositions, a.propositions - 1);
      assert.notEqual(b.checksum, a.checksum);
    } finally {
      await full.close();
      await short.close();
    }
  });

  it("writes keys in one order whatever order they came in", () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [{ f: 1, e: 2 }], c: null } }), '{"a":{"c":null,"d":[{"e":2,"f":1}]},"b":1}');
  });

  it("copies SQLite into PostgreSQL and back, losing nothing", { skip: PG_SKIP }, async () => {
    const sqlite = await openStore(join(dir, `from-${++n}.db`));
    const pg = await openStore(freshSchemaUrl());
    const back = await openStore(join(dir, `back-${n}.db`));
    try {
      await seeded(sqlite);
      await copyAndCompare(sqlite, pg);
      await copyAndCompare(pg, back);
      assert.deepEqual(await censusOf(back), await censusOf(sqlite));
    } finally {
      await sqlite.close();
      await pg.close();
      await back.close();
    }
  });
});
