// A place's figure series: unlike figures (a day's and a month's, a settlement's and a region's) are never
// one series, so a chart never joins them; each point keeps the figure as said, qualifier included.
import assert from "node:assert/strict";
import { after, it } from "node:test";
import type { Claim } from "../claims/index.js";
import { openSqliteStore } from "../store/index.js";
import { claimFigureText } from "./figure-text.js";
import { placeTimeline } from "./place-timeline.js";

const text = "Over 6,500 soldiers were killed near Pokrovsk on 3 November. In October 20,000 were killed on the front, officials said.";
const place = { name: "Pokrovsk", mention: "Pokrovsk", id: "704422", lat: 48.28, lon: 37.18, type: "settlement", country: "UA", region: "Donetsk Oblast", precision: "settlement" } as Claim["place"];
const claim = (over: Partial<Claim>): Claim => ({
  id: "c", doc: "d1", kind: "casualties", measure: "killed", side: "RU", value: 6500, low: 6500, high: null, qualifier: "over", unit: "people",
  place, place2: null, time: { start: "2025-11-03", end: "2025-11-03", text: "" }, source: { name: "General Staff of Ukraine", side: "UA" } as Claim["source"],
  polarity: "asserted", hedges: [], evidence: { text: text.slice(0, 61), start: 0, end: 61 }, ...over,
});

const store = openSqliteStore(":memory:");
after(() => store.close());

it("keeps a day's figure and a month's, a settlement's and a front's, in series of their own, with the text as said", async () => {
  await store.addArticle({ id: "d1", text, outlet: "Wire", title: null, published: "2025-11-05", origin: "test" }, [
    claim({ id: "day" }),
    claim({ id: "day2", value: 7000, low: 7000, qualifier: "about", time: { start: "2025-11-20", end: "2025-11-20", text: "" } }),
    claim({ id: "month", value: 20000, low: 20000, qualifier: "exact", time: { start: "2025-10", end: "2025-10", text: "" }, evidence: { text: text.slice(62), start: 62, end: text.length } }),
    claim({ id: "front", value: 20000, low: 20000, qualifier: "exact", place: { ...place!, precision: "near" }, evidence: { text: text.slice(62), start: 62, end: text.length } }),
  ]);
  const t = await placeTimeline(store, { name: "Pokrovsk", id: "704422", lat: 48.28, lon: 37.18, claims: 4, control: null } as never);
  const byScope = Object.fromEntries(t.figures.map((s) => [`${s.scope.place}/${s.scope.period}`, s.points.map((p) => p.claim).sort()]));
  assert.deepEqual(byScope, { "settlement/day": ["day", "day2"], "settlement/month": ["month"], "near/day": ["front"] });
  const day = t.figures.find((s) => s.scope.period === "day" && s.scope.place === "settlement")!;
  assert.deepEqual(day.points.map((p) => p.text), ["over 6,500 people", "about 7,000 people"]);
  assert.equal(day.points[0]!.period, "2025-11-03");
  assert.match(day.points[0]!.evidence, /^Over 6,500 soldiers/);
});

it("words a claim's figure with its qualifier, range or open bound", () => {
  assert.equal(claimFigureText(claim({})), "over 6,500 people");
  assert.equal(claimFigureText(claim({ value: null, low: 100, high: 150, qualifier: "range" })), "100–150 people");
  assert.equal(claimFigureText(claim({ value: 14, low: 14, high: 14, qualifier: "exact", unit: "percent" })), "14 %");
  assert.equal(claimFigureText(claim({ value: null, low: null, high: 300, qualifier: "at_most" })), "up to 300 people");
});
