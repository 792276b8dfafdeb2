import assert from "node:assert/strict";
import { test } from "node:test";
import type { Claim, PrimarySource, SettlementEvent } from "../claims/index.js";
import { makeArticle, makeClaim, makeProposition } from "../store/store-fixtures.js";
import { settlementsOf } from "./settlement.js";
import { figureOfClaim, outcomeOf, recordsOf } from "./source-records.js";

const S = {
  taken: "The ministry said the town was taken.",
  denied: "Kyiv denied the town was taken.",
  unsure: "Analysts could not confirm it.",
};
const article = makeArticle("a1", Object.values(S), { published: "2025-11-20" });
const source = (name: string, side: PrimarySource["side"], stance: PrimarySource["stance"]): PrimarySource =>
  ({ name, side, speakers: [name], stance, reported_by: ["Test Wire"] });
const claim = (sentence: string, name: string, o: Partial<Claim> = {}): Claim =>
  makeClaim(article, sentence, { kind: "control", measure: "controls", side: "RU", value: null, low: null, qualifier: null, unit: null,
    source: { name, kind: "government", side: null, role: null }, ...o });

const claims = [
  claim(S.taken, "Ministry", { time: { start: "2025-11-20", end: "2025-11-20", text: "" } }),
  claim(S.denied, "Kyiv", { polarity: "denied", time: null }),
  claim(S.unsure, "Analysts", { polarity: "unconfirmed", time: { start: "2025-12", end: "2025-12", text: "" } }),
];
const proposition = makeProposition("p1", claims, {
  primary_sources: [source("Ministry", "RU", "asserted"), source("Kyiv", "UA", "denied"), source("Analysts", "independent", "unconfirmed")],
});
const settlement = (o: Partial<SettlementEvent> = {}): SettlementEvent => ({
  id: "s1", proposition: "p1", action: "settle", holds: true, from: "2025-12-01", basis: "official admission", link: null, claim: null,
  figure: null, reviewer: "r", at: "2026-01-01T00:00:00Z", note: null, undoes: null, ...o,
});
const facts = { published: (d: string) => (d === "a1" ? "2025-11-28" : null), outlet: () => "Test Wire" };
const byName = (s: SettlementEvent) => new Map(recordsOf([{ proposition, settlement: s, claims }], facts).map((r) => [r.name, r]));

test("settled true: the asserting source held, the denying one failed, the unconfirming one is not scored", () => {
  const records = byName(settlement());
  assert.deepEqual([...records.values()].map((r) => [r.name, r.held, r.failed, r.unscored]),
    [["Kyiv", 0, 1, 0], ["Ministry", 1, 0, 0], ["Analysts", 0, 0, 1]]);
  assert.equal(records.get("Ministry")!.entries[0].outcome, "held");
  assert.deepEqual(records.get("Ministry")!.entries[0].claims, [claims[0].id]);
});

test("settled false: the denial held and the assertion failed", () => {
  const records = byName(settlement({ holds: false }));
  assert.equal(records.get("Ministry")!.failed, 1);
  assert.equal(records.get("Kyiv")!.held, 1);
  assert.deepEqual([outcomeOf("asserted", false), outcomeOf("denied", true), outcomeOf("unconfirmed", true)], ["failed", "failed", "unscored"]);
});

test("lead time counts from the claim's period start, else its article's date, to the settled-from date", () => {
  const records = byName(settlement());
  assert.equal(records.get("Ministry")!.entries[0].madeOn, "2025-11-20");
  assert.equal(records.get("Ministry")!.entries[0].leadDays, 11);
  assert.equal(records.get("Kyiv")!.entries[0].madeOn, "2025-11-28", "undated claim: the article's date");
  assert.equal(records.get("Kyiv")!.entries[0].leadDays, 3);
  assert.equal(records.get("Analysts")!.entries[0].leadDays, 0, "a month counts from its first day");
  assert.equal(records.get("Ministry")!.meanLeadDays, 11);
  assert.equal(records.get("Analysts")!.meanLeadDays, null, "unscored entries give no mean");
});

test("a settled figure gives each source's figure as a ratio of it", () => {
  const taken = "The ministry said 1,200 soldiers were killed.";
  const told = "Kyiv said 300 soldiers were killed.";
  const a = makeArticle("a2", [taken, told]);
  const figures = [makeClaim(a, taken, { value: 1200, low: null, source: { name: "Ministry", kind: "government", side: "RU", role: null } }),
    makeClaim(a, told, { value: null, low: 200, high: 400, qualifier: "range", source: { name: "Kyiv", kind: "government", side: "UA", role: null } })];
  const p = makeProposition("p2", figures, { primary_sources: [source("Ministry", "RU", "asserted"), source("Kyiv", "UA", "asserted")] });
  const records = recordsOf([{ proposition: p, settlement: settlement({ proposition: "p2", figure: 600 }), claims: figures }], facts);
  const ratio = new Map(records.map((r) => [r.name, r.entries[0].ratio]));
  assert.equal(ratio.get("Ministry"), 2);
  assert.equal(ratio.get("Kyiv"), 0.5, "a range counts by its middle");
  assert.equal(figureOfClaim(figures[1]), 300);
  const none = recordsOf([{ proposition: p, settlement: settlement({ proposition: "p2" }), claims: figures }], facts);
  assert.ok(none.every((r) => r.entries[0].ratio === null), "no settled figure, no ratio");
});

test("the settlement in force is the latest settle no undo cancelled", () => {
  const s1 = settlement({ id: "s1" });
  const s2 = settlement({ id: "s2", holds: false });
  const u2: SettlementEvent = { ...settlement({ id: "u2", action: "undo", holds: null, from: null, basis: null }), undoes: "s2" };
  assert.equal(settlementsOf([s1, s2]).get("p1")?.id, "s2");
  assert.equal(settlementsOf([s1, s2, u2]).get("p1")?.id, "s1");
  const u1: SettlementEvent = { ...u2, id: "u1", undoes: "s1" };
  assert.equal(settlementsOf([s1, s2, u2, u1]).has("p1"), false);
});
