// The behaviour every LedgerStore must show, run by each adapter's test (as hono runs one router suite
// against every router): runStoreContract("sqlite :memory:", () => openSqliteStore(":memory:")).
import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import type { Article, Claim } from "../claims/index.js";
import type { LedgerStore } from "./ledger-store.js";
import { makeArticle, makeClaim, makeProposition, testGroupKey } from "./store-fixtures.js";

const S = {
  a1: "Officials said more than 120 soldiers were killed near Avdiivka in November.",
  a2: "The ministry denied that 40 troops were encircled at Kupiansk.",
  a3: "Analysts could not confirm the figure.",
  b1: "A regional governor said 3,000 residents were evacuated from Kupiansk in October.",
  b2: "The channel claimed the flag was raised over the town hall.",
};

/** Two articles, five claims over two places, three periods and one claim without a time. */
async function seed(store: LedgerStore): Promise<{ a: Article; b: Article; claims: Claim[] }> {
  const a = makeArticle("alpha", [S.a1, S.a2, S.a3]);
  const b = makeArticle("bravo", [S.b1, S.b2], { outlet: "Other Post" });
  const kupiansk = { name: "Kupiansk", mention: "Kupiansk", id: "704839", lat: 49.71, lon: 37.61 };
  const claims = [
    makeClaim(a, S.a1),
    makeClaim(a, S.a2, { kind: "forces", measure: "encircled", value: 40, place: kupiansk, polarity: "denied",
      source: { name: "Ministry of Defence of Ukraine", kind: "government", side: "UA", role: null }, time: null }),
    makeClaim(a, S.a3, { polarity: "unconfirmed", source: { name: "ISW", kind: "organization", side: "independent", role: "think tank" },
      time: { start: "2025-11-18", end: "2025-11-18", text: "on Tuesday" } }),
    makeClaim(b, S.b1, { kind: "event", measure: "evacuation", side: null, value: 3000, place: kupiansk,
      time: { start: "2025-10", end: "2025-10", text: "in October" }, source: { name: "Kharkiv Governor", kind: "person", side: "UA", role: "governor" } }),
    makeClaim(b, S.b2, { kind: "event", measure: "flag_raised", side: "RU", value: null, place: null, source: null,
      time: { start: "2025", end: "2025", text: "this year" } }),
  ];
  await store.addArticle(a, claims.slice(0, 3), testGroupKey);
  await store.addArticle(b, claims.slice(3), testGroupKey);
  return { a, b, claims };
}

const ids = (claims: Claim[]): string[] => claims.map((c) => c.evidence.text);

export function runStoreContract(name: string, open: () => LedgerStore | Promise<LedgerStore>, options: { skip?: string | false } = {}): void {
  describe(`LedgerStore contract: ${name}`, { skip: options.skip || false }, () => {
    let store: LedgerStore;
    beforeEach(async () => (store = await open()));
    afterEach(() => store.close());

    describe("addArticle", () => {
      it("stores an article and its claims, and gives them back unchanged", async () => {
        const { a, claims } = await seed(store);
        const stored = await store.article("alpha");
        assert.equal(stored?.text, a.text);
        assert.equal(stored?.claimCount, 3);
        assert.equal(stored?.outlet, "Test Wire");
        assert.equal(stored?.offset, 0);
        assert.deepEqual((await store.claims({ doc: "alpha" })).sort((x, y) => x.evidence.start - y.evidence.start), claims.slice(0, 3));
        assert.equal(await store.article("nowhere"), null);
      });

      it("reports what it added", async () => {
        const a = makeArticle("solo", [S.a1]);
        assert.deepEqual(await store.addArticle(a, [makeClaim(a, S.a1)]), { added: true, docId: "solo", claims: 1 });
      });

      it("stores the same article once, even re-saved with other whitespace or under another name", async () => {
        const a = makeArticle("alpha", [S.a1, S.a2]);
        assert.equal((await store.addArticle(a, [makeClaim(a, S.a1)])).added, true);
        assert.deepEqual(await store.addArticle(a, [makeClaim(a, S.a1)]), { added: false, docId: "alpha", claims: 1 });
        const copy = { ...a, id: "alpha-copy", text: `  ${S.a1}\n\n\t${S.a2.replace(/ /g, "  ")}\n` };
        assert.deepEqual(await store.addArticle(copy, []), { added: false, docId: "alpha", claims: 1 });
        assert.equal((await store.articles()).length, 1);
        assert.equal(await store.countClaims(), 1);
      });

      it("stores the parts of a document read in parts as separate rows", async () => {
        const p1 = makeArticle("big", [S.a1]);
        const p2 = makeArticle("big", [S.b1], { offset: 5000 });
        await store.addArticle(p1, [makeClaim(p1, S.a1)]);
        assert.equal((await store.addArticle(p2, [makeClaim(p2, S.b1)])).added, true);
        assert.deepEqual((await store.articles()).map((x) => [x.id, x.offset]), [["big", 0], ["big", 5000]]);
        assert.equal((await store.article("big"))?.offset, 0);
        assert.equal(await store.countClaims({ doc: "big" }), 2);
      });

      it("keeps identical parts of one document at different offsets, and stores each part once", async () => {
        const parts = [0, 1_000_000, 2_000_000].map((offset) => makeArticle("repeated", [S.a1], { offset }));
        for (const p of parts) assert.equal((await store.addArticle(p, [makeClaim(p, S.a1)])).added, true, `part at ${p.offset}`);
        for (const p of parts) assert.equal((await store.addArticle(p, [makeClaim(p, S.a1)])).added, false, `again at ${p.offset}`);
        assert.deepEqual((await store.articles()).map((x) => [x.id, x.offset]), [["repeated", 0], ["repeated", 1_000_000], ["repeated", 2_000_000]]);
        assert.equal(await store.countClaims({ doc: "repeated" }), 3);
      });

      it("stores nothing of an article whose claims cannot be stored", async () => {
        const a = makeArticle("broken", [S.a1, S.a2]);
        const bad = makeClaim(a, S.a2);
        const groupKeyOf = (c: Claim): string => {
          if (c === bad) throw new Error("reconciler failed");
          return testGroupKey(c);
        };
        await assert.rejects(async () => await store.addArticle(a, [makeClaim(a, S.a1), bad], groupKeyOf), /reconciler failed/);
        assert.equal(await store.article("broken"), null);
        assert.equal(await store.countClaims(), 0);
        assert.equal((await store.addArticle(a, [makeClaim(a, S.a1)])).added, true);
      });
    });

    describe("claims", () => {
      it("orders by time, then document, then evidence start; untimed last", async () => {
        await seed(store);
        assert.deepEqual(ids(await store.claims()), [S.b2, S.b1, S.a1, S.a3, S.a2]);
      });

      it("filters by place name (any case) or place id", async () => {
        await seed(store);
        assert.deepEqual(ids(await store.claims({ place: "kupiansk" })), [S.b1, S.a2]);
        assert.deepEqual(ids(await store.claims({ place: "KUPIANSK" })), [S.b1, S.a2]);
        assert.deepEqual(ids(await store.claims({ place: "709717" })), [S.a1, S.a3]);
        assert.deepEqual(await store.claims({ place: "Kupi" }), []);
      });

      it("tells apart two places of one name by id, and gives both by name", async () => {
        const sentence = "Shelling hit Kupiansk, the village, on Monday.";
        const c = makeArticle("charlie", [sentence]);
        const village = { name: "Kupiansk", mention: "Kupiansk", id: "999001", lat: 47.1, lon: 35.2 };
        await seed(store);
        await store.addArticle(c, [makeClaim(c, sentence, { place: village })]);
        assert.deepEqual(ids(await store.claims({ place: "999001" })), [sentence]);
        assert.deepEqual(ids(await store.claims({ place: "704839" })), [S.b1, S.a2]);
        assert.deepEqual(ids(await store.claims({ place: "kupiansk" })), [S.b1, sentence, S.a2]);
        assert.equal(await store.countClaims({ place: "999001" }), 1);
      });

      it("filters by kind, side and document", async () => {
        await seed(store);
        assert.deepEqual(ids(await store.claims({ kind: "event" })), [S.b2, S.b1]);
        assert.deepEqual(ids(await store.claims({ side: "RU" })), [S.b2]);
        assert.deepEqual(ids(await store.claims({ doc: "bravo", kind: "event", side: "RU" })), [S.b2]);
      });

      it("filters by a case-folded substring of the source's name", async () => {
        await seed(store);
        assert.deepEqual(ids(await store.claims({ source: "ministry" })), [S.a2]);
        assert.deepEqual(ids(await store.claims({ source: "GOVERNOR" })), [S.b1]);
        assert.deepEqual(ids(await store.claims({ source: "r" })), [S.b1, S.a1, S.a2]);
      });

      it("filters by period, comparing at the coarser precision and leaving untimed claims out", async () => {
        await seed(store);
        assert.deepEqual(ids(await store.claims({ from: "2025-11-15" })), [S.b2, S.a1, S.a3]);
        assert.deepEqual(ids(await store.claims({ from: "2025-11-19" })), [S.b2, S.a1]);
        assert.deepEqual(ids(await store.claims({ to: "2025-10-31" })), [S.b2, S.b1]);
        assert.deepEqual(ids(await store.claims({ to: "2025-11" })), [S.b2, S.b1, S.a1, S.a3]);
        assert.deepEqual(ids(await store.claims({ from: "2025-11", to: "2025-11" })), [S.b2, S.a1, S.a3]);
        assert.deepEqual(ids(await store.claims({ from: "2026" })), []);
        assert.deepEqual(ids(await store.claims({ to: "2024-12-31" })), []);
        await assert.rejects(async () => await store.claims({ from: "last week" }), { name: "FoglineError" });
      });

      it("finds periods that span the from date, in order with the rest", async () => {
        await seed(store);
        const sentence = "Shelling went on from September until 20 November, the mayor said.";
        const c = makeArticle("charlie", [sentence]);
        await store.addArticle(c, [makeClaim(c, sentence, { kind: "event", measure: "strike", time: { start: "2025-09-01", end: "2025-11-20", text: "from September until 20 November" } })]);
        assert.deepEqual(ids(await store.claims({ from: "2025-11-19" })), [S.b2, sentence, S.a1]);
        assert.deepEqual(ids(await store.claims({ from: "2025-11-19", limit: 2, offset: 1 })), [sentence, S.a1]);
        assert.deepEqual(ids(await store.claims({ from: "2025-11-19", kind: "event" })), [S.b2, sentence]);
        assert.deepEqual(ids(await store.claims({ from: "2025-11-19", doc: "charlie" })), [sentence]);
        assert.deepEqual(ids(await store.claims({ from: "2025-11-21" })), [S.b2, S.a1]);
        assert.equal(await store.countClaims({ from: "2025-11-19" }), 3);
      });

      it("searches evidence by words, whatever the punctuation", async () => {
        await seed(store);
        assert.deepEqual(ids(await store.claims({ search: "encircled" })), [S.a2]);
        assert.deepEqual(ids(await store.claims({ search: "KUPIANSK troops" })), [S.a2]);
        assert.deepEqual(ids(await store.claims({ search: "were" })), [S.b1, S.a1, S.a2]);
        for (const hostile of ['"', "AND", "NOT flag", "flag*", "(raised", "a:b", "NEAR(x y)", "^flag", "-", "''", "   ", "flag OR"]) {
          await assert.doesNotReject(async () => await store.claims({ search: hostile }), hostile);
          await assert.doesNotReject(async () => await store.countClaims({ search: hostile }), hostile);
        }
        assert.deepEqual(ids(await store.claims({ search: "flag OR" })), []);
      });

      it("pages with limit and offset; counts ignore them", async () => {
        await seed(store);
        assert.deepEqual(ids(await store.claims({ limit: 2 })), [S.b2, S.b1]);
        assert.deepEqual(ids(await store.claims({ limit: 2, offset: 2 })), [S.a1, S.a3]);
        assert.deepEqual(ids(await store.claims({ offset: 4 })), [S.a2]);
        assert.equal(await store.countClaims({ limit: 1 }), 5);
        await assert.rejects(async () => await store.claims({ limit: -1 }), { name: "FoglineError" });
      });

      it("counts what claims() returns, for every filter", async () => {
        await seed(store);
        const filters = [{}, { place: "Kupiansk" }, { kind: "event" as const }, { side: "UA" as const }, { source: "isw" },
          { from: "2025-11" }, { to: "2025-10" }, { search: "the" }, { doc: "alpha" }];
        for (const f of filters) assert.equal(await store.countClaims(f), (await store.claims(f)).length, JSON.stringify(f));
      });

      it("gives the claims of proposition groups", async () => {
        const { claims } = await seed(store);
        const key = testGroupKey(claims[3]);
        assert.deepEqual(ids(await store.claimsByGroup([key])), [S.b1]);
        assert.deepEqual(ids(await store.claimsByGroup([key, testGroupKey(claims[0])])), [S.b1, S.a1, S.a3]);
        assert.deepEqual(await store.claimsByGroup([]), []);
      });
    });

    describe("propositions", () => {
      async function seedPropositions() {
        const { claims } = await seed(store);
        const keys = claims.map(testGroupKey);
        await store.putPropositions([keys[0]], [makeProposition("p-avdiivka", [claims[0], claims[2]], { status: "disputed" })]);
        await store.putPropositions([keys[1]], [makeProposition("p-encircled", [claims[1]], { status: "denied" })]);
        await store.putPropositions([keys[3], keys[4]], [makeProposition("p-evacuation", [claims[3]]), makeProposition("p-flag", [claims[4]])]);
        return { claims, keys };
      }

      it("stores propositions and filters them by place, kind, side and status", async () => {
        await seedPropositions();
        const pids = async (f = {}) => (await store.propositions(f)).map((p) => p.id).sort();
        assert.deepEqual(await pids(), ["p-avdiivka", "p-encircled", "p-evacuation", "p-flag"]);
        assert.deepEqual(await pids({ place: "kupiansk" }), ["p-encircled", "p-evacuation"]);
        assert.deepEqual(await pids({ place: "709717", status: "disputed" }), ["p-avdiivka"]);
        assert.deepEqual(await pids({ status: "disputed", place: "Kupiansk" }), []);
        assert.deepEqual(await pids({ kind: "event" }), ["p-evacuation", "p-flag"]);
        assert.deepEqual(await pids({ side: "RU" }), ["p-flag"]);
        assert.equal(await store.countPropositions({ kind: "event" }), 2);
        assert.equal((await store.propositions({ limit: 1 })).length, 1);
      });

      it("finds propositions by their claims' words or their place and sources", async () => {
        await seedPropositions();
        const pids = async (search: string) => (await store.propositions({ search })).map((p) => p.id).sort();
        assert.deepEqual(await pids("encircled"), ["p-encircled"]);
        assert.deepEqual(await pids("ministry"), ["p-encircled"]);
        assert.deepEqual(await pids("avdiivka"), ["p-avdiivka"]);
        assert.deepEqual(await pids('"('), []);
      });

      it("gives one proposition back unchanged", async () => {
        const { claims } = await seed(store);
        const p = makeProposition("p-one", [claims[0]], {
          figure: { low: 100, best: 120, high: 150, unit: "people", low_from: "A", high_from: "B" },
          related: [{ id: "p-two", relation: "contradicts" }],
          checks: [{ against: "gazetteer", result: "consistent", detail: "12 km" }],
        });
        await store.putPropositions([testGroupKey(claims[0])], [p]);
        assert.deepEqual(await store.proposition("p-one"), p);
        assert.equal(await store.proposition("p-none"), null);
      });

      it("replaces the propositions of the groups given, and only those", async () => {
        const { claims, keys } = await seedPropositions();
        await store.putPropositions([keys[0]], [makeProposition("p-avdiivka-2", [claims[0]], { status: "corroborated" })]);
        assert.equal(await store.proposition("p-avdiivka"), null);
        assert.equal((await store.proposition("p-avdiivka-2"))?.status, "corroborated");
        assert.equal(await store.countPropositions(), 4);
        await store.putPropositions([keys[3], keys[4]], []);
        assert.deepEqual((await store.propositions()).map((p) => p.id).sort(), ["p-avdiivka-2", "p-encircled"]);
      });

      it("uses the group a caller names for a proposition without stored claims", async () => {
        await store.putPropositions(["g1", "g2"], [makeProposition("p-x", [makeClaim(makeArticle("x", [S.a1]), S.a1)])], () => "g2");
        await store.putPropositions(["g2"], []);
        assert.equal(await store.proposition("p-x"), null);
      });
    });

    describe("places, outlets, articles", () => {
      it("lists places with claim counts", async () => {
        await seed(store);
        assert.deepEqual(await store.places(), [
          { name: "Avdiivka", id: "709717", lat: 48.14, lon: 37.74, claims: 2 },
          { name: "Kupiansk", id: "704839", lat: 49.71, lon: 37.61, claims: 2 },
        ]);
      });

      it("gives the outlet of each document id, null when unknown", async () => {
        await seed(store);
        assert.deepEqual(await store.outlets(["bravo", "alpha", "zulu"]), new Map([["bravo", "Other Post"], ["alpha", "Test Wire"], ["zulu", null]]));
      });

      it("gives claims by id, skipping unknown ids", async () => {
        await seed(store);
        const some = await store.claims({ limit: 2 });
        assert.deepEqual((await store.claimsByIds([some[1].id, "nope", some[0].id])).map((c) => c.id).sort(), [some[0].id, some[1].id].sort());
      });

      it("gives the publication date of each document id, null when unknown", async () => {
        await seed(store);
        const dates = await store.publishedDates(["alpha", "zulu"]);
        assert.equal(dates.get("zulu"), null);
        assert.equal(dates.get("alpha"), (await store.article("alpha"))?.published ?? null);
        assert.ok(dates.has("alpha"));
      });

      it("lists articles in the order stored, with paging", async () => {
        await seed(store);
        assert.deepEqual((await store.articles()).map((x) => x.id), ["alpha", "bravo"]);
        assert.deepEqual((await store.articles({ offset: 1 })).map((x) => x.id), ["bravo"]);
        assert.deepEqual((await store.articles({ limit: 1 })).map((x) => [x.id, x.claimCount]), [["alpha", 3]]);
        assert.match((await store.articles())[0].contentHash, /^[0-9a-f]{64}$/);
      });
    });

    describe("as of a day", () => {
      /** alpha published 20 November, bravo 2 December, charlie undated. */
      async function dated(): Promise<Claim[]> {
        const { claims } = await seed(store);
        const c = makeArticle("charlie", ["Officials said more than 120 soldiers were killed near Avdiivka in November, again."], { published: null });
        const late = { ...makeClaim(c, c.text), doc: "charlie" };
        await store.addArticle(c, [late], testGroupKey);
        return claims;
      }
      const published = (day: string, later = false) => ({ asOf: { day, basis: "published" as const, later } });

      it("keeps the claims of articles published on or before the day, and gives the others with later", async () => {
        const { claims } = await seed(store);
        const d = makeArticle("delta", ["The ministry denied that 40 troops were encircled at Kupiansk in December."], { published: "2025-12-02" });
        await store.addArticle(d, [makeClaim(d, d.text)], testGroupKey);
        assert.equal(await store.countClaims(published("2025-11-20")), claims.length);
        assert.equal(await store.countClaims(published("2025-12-01")), claims.length);
        assert.equal(await store.countClaims(published("2025-12-02")), claims.length + 1);
        assert.equal(await store.countClaims(published("2025-11-19")), 0);
        assert.deepEqual((await store.claims(published("2025-12-01", true))).map((c) => c.doc), ["delta"]);
        assert.equal(await store.countClaims(published("2025-12-02", true)), 0);
      });

      it("leaves out articles without a publication date, and counts them as later", async () => {
        await dated();
        assert.deepEqual([...new Set((await store.claims(published("2030-01-01"))).map((c) => c.doc))].sort(), ["alpha", "bravo"]);
        assert.deepEqual((await store.claims(published("2030-01-01", true))).map((c) => c.doc), ["charlie"]);
        assert.deepEqual((await store.articles(published("2030-01-01", true))).map((a) => a.id), ["charlie"]);
        assert.deepEqual((await store.articles(published("2025-11-20"))).map((a) => a.id), ["alpha", "bravo"]);
      });

      it("narrows together with the other filters and counts places of that day only", async () => {
        await dated();
        assert.deepEqual(ids(await store.claims({ place: "Avdiivka", ...published("2025-11-20") })), [S.a1, S.a3]);
        assert.deepEqual(await store.places(published("2025-11-19")), []);
        assert.deepEqual(await store.places(published("2025-11-20")), await store.places().then((all) =>
          all.map((p) => (p.name === "Avdiivka" ? { ...p, claims: 2 } : p))));
        assert.equal((await store.places(published("2030-01-01", true)))[0]?.claims, 1);
      });

      it("reads the ingestion day with basis ingested", async () => {
        await seed(store);
        const stored = (await store.articles())[0].ingestedAt.slice(0, 10);
        const dayBefore = new Date(Date.parse(stored) - 86_400_000).toISOString().slice(0, 10);
        assert.equal(await store.countClaims({ asOf: { day: stored, basis: "ingested" } }), 5);
        assert.equal(await store.countClaims({ asOf: { day: dayBefore, basis: "ingested" } }), 0);
      });

      it("refuses a day that is not a calendar day", async () => {
        await seed(store);
        for (const day of ["2025-11", "2025-02-30", "yesterday"]) {
          await assert.rejects(store.claims(published(day)), (e: Error & { code?: string }) => e.code === "bad-filter", day);
        }
      });
    });
  });
}

/**
 * The listing filters of issue 13 (outlet, the speaker's side, the proposition's status), run by the
 * SQLite and PostgreSQL adapters. A fake runs it once it implements those filters (the HTTP fake does not yet).
 */
export function runListingFilterContract(name: string, open: () => LedgerStore | Promise<LedgerStore>, options: { skip?: string | false } = {}): void {
  describe(`LedgerStore listing filters: ${name}`, { skip: options.skip || false }, () => {
    let store: LedgerStore;
    beforeEach(async () => (store = await open()));
    afterEach(() => store.close());

    describe("claims", () => {
      it("filters by a case-folded substring of the article's outlet, also from a date", async () => {
        await seed(store);
        assert.deepEqual(ids(await store.claims({ outlet: "other" })), [S.b2, S.b1]);
        assert.deepEqual(ids(await store.claims({ outlet: "WIRE" })), [S.a1, S.a3, S.a2]);
        assert.deepEqual(ids(await store.claims({ outlet: "t" })), [S.b2, S.b1, S.a1, S.a3, S.a2]);
        assert.deepEqual(ids(await store.claims({ outlet: "Nowhere Times" })), []);
        assert.deepEqual(ids(await store.claims({ outlet: "wire", from: "2025-11-18" })), [S.a1, S.a3]);
        assert.deepEqual(ids(await store.claims({ outlet: "post", place: "kupiansk" })), [S.b1]);
      });

      it("filters by the speaker's side; a claim in the outlet's own voice has none", async () => {
        await seed(store);
        assert.deepEqual(ids(await store.claims({ speakerSide: "UA" })), [S.b1, S.a2]);
        assert.deepEqual(ids(await store.claims({ speakerSide: "independent" })), [S.a3]);
        assert.deepEqual(ids(await store.claims({ speakerSide: "RU", side: "UA" })), [S.a1]);
        assert.deepEqual(ids(await store.claims({ speakerSide: "RU", kind: "event" })), []);
      });

      it("filters by the status of the claim's proposition", async () => {
        const { claims } = await seed(store);
        const keys = claims.map(testGroupKey);
        await store.putPropositions([keys[0]], [makeProposition("p-avdiivka", [claims[0], claims[2]], { status: "disputed" })]);
        await store.putPropositions([keys[1]], [makeProposition("p-encircled", [claims[1]], { status: "denied" })]);
        assert.deepEqual(ids(await store.claims({ status: "disputed" })), [S.a1, S.a3]);
        assert.deepEqual(ids(await store.claims({ status: "denied" })), [S.a2]);
        assert.deepEqual(ids(await store.claims({ status: "disputed", speakerSide: "independent" })), [S.a3]);
        assert.deepEqual(ids(await store.claims({ status: "corroborated" })), []);
        assert.equal(await store.countClaims({ status: "disputed" }), 2);
      });

      it("counts what claims() returns, for every listing filter", async () => {
        const { claims } = await seed(store);
        await store.putPropositions([testGroupKey(claims[0])], [makeProposition("p-avdiivka", [claims[0], claims[2]], { status: "disputed" })]);
        const filters = [{ outlet: "post" }, { outlet: "wire", from: "2025-11" }, { speakerSide: "UA" as const },
          { speakerSide: "independent" as const, from: "2025" }, { status: "disputed" as const, outlet: "wire" }];
        for (const f of filters) assert.equal(await store.countClaims(f), (await store.claims(f)).length, JSON.stringify(f));
      });
    });

    describe("propositions", () => {
      it("filters propositions by a primary source's side and the outlets that reported it", async () => {
        const { claims } = await seed(store);
        const keys = claims.map(testGroupKey);
        const source = (name: string, side: "RU" | "UA" | "independent", reported_by: string[]) =>
          ({ name, side, speakers: [name], stance: "asserted" as const, reported_by });
        await store.putPropositions([keys[0]], [makeProposition("p-avdiivka", [claims[0], claims[2]], { status: "disputed",
          primary_sources: [source("Eastern Group Spokesman", "RU", ["Test Wire"]), source("ISW", "independent", ["Test Wire", "Other Post"])] })]);
        await store.putPropositions([keys[3]], [makeProposition("p-evacuation", [claims[3]], { primary_sources: [source("Kharkiv Governor", "UA", ["Other Post"])] })]);
        await store.putPropositions([keys[1]], [makeProposition("p-encircled", [claims[1]], { primary_sources: [source("Ministry of Defence of Ukraine", "UA", ["Test Wire"])] })]);
        const pids = async (f = {}) => (await store.propositions(f)).map((p) => p.id).sort();
        assert.deepEqual(await pids({ speakerSide: "independent" }), ["p-avdiivka"]);
        assert.deepEqual(await pids({ speakerSide: "UA" }), ["p-encircled", "p-evacuation"]);
        assert.deepEqual(await pids({ outlet: "OTHER" }), ["p-avdiivka", "p-evacuation"]);
        assert.deepEqual(await pids({ outlet: "post", speakerSide: "UA" }), ["p-evacuation"]);
        assert.deepEqual(await pids({ outlet: "post", status: "disputed" }), ["p-avdiivka"]);
        assert.deepEqual(await pids({ outlet: "Nowhere Times" }), []);
        assert.equal(await store.countPropositions({ outlet: "other" }), 2);
        assert.equal(await store.countPropositions({ speakerSide: "RU", place: "kupiansk" }), 0);
      });
    });
  });
}
