// The review of a proposition: the claimant is the primary source that asserts it (a quoted speaker before
// an outlet's own voice), every reporting article appears once, and the rating follows the status.
import assert from "node:assert/strict";
import { it } from "node:test";
import { STATUSES, type Claim } from "../claims/index.js";
import { createReconciler } from "../reconcile/index.js";
import { makeClaim } from "../reconcile/test-fixtures.js";
import type { DocumentInfo } from "./document-info.js";
import { STATUS_RATING, ratingOf, reviewOf } from "./proposition-review.js";

const DOCS: Record<string, DocumentInfo> = {
  d1: { doc: "d1", outlet: "Courier", url: "https://courier.example/1", title: "Taken", published: "2031-04-02" },
  d2: { doc: "d2", outlet: "Gazette", url: null, title: null, published: "2031-04-01" },
  d3: { doc: "d3", outlet: "Weekly", url: "https://weekly.example/3", title: "Not so", published: "2031-04-05" },
};
const documentsOf = (doc: string) => DOCS[doc];
const outletOf = (doc: string) => DOCS[doc]?.outlet ?? null;

function ledger(): { claims: Claim[]; propositions: ReturnType<ReturnType<typeof createReconciler>["reconcile"]> } {
  const ctl = { kind: "control", measure: "controls", side: "RU", place: "Alderton", time: "2031-03-30" } as const;
  const claims = [
    makeClaim({ ...ctl, id: "a", doc: "d1", source: { name: "Ministry of Defence", side: "RU", kind: "military", institution: "Government of Ruritania" } }),
    makeClaim({ ...ctl, id: "b", doc: "d2", source: { name: "Ministry of Defence", side: "RU", kind: "military", institution: "Government of Ruritania" } }),
    makeClaim({ ...ctl, id: "c", doc: "d1" }),
    makeClaim({ ...ctl, id: "d", doc: "d3", polarity: "denied", source: { name: "Brigade", side: "UA", kind: "military" } }),
  ];
  return { claims, propositions: createReconciler().reconcile(claims, { outletOf }) };
}

it("names the asserting primary source as claimant, not the outlet that reports it", () => {
  const { claims, propositions } = ledger();
  const p = propositions.find((q) => q.claims.includes("a"))!;
  assert.ok(p.primary_sources.some((s) => s.name === "Courier" && s.stance === "asserted"), "the outlet's own voice also asserts it");
  const review = reviewOf(p, claims, documentsOf);
  const names = review.claimants.map((c) => c.name);
  assert.ok(names.length > 0);
  for (const outlet of Object.values(DOCS).map((d) => d.outlet)) assert.ok(!names.includes(outlet!), `${outlet} is a reporting outlet`);
  const asserting = p.primary_sources.filter((s) => s.stance === "asserted" && s.speakers.includes("Ministry of Defence")).map((s) => s.name);
  assert.deepEqual(names, asserting);
});

it("lists every article that reports it once, earliest first, and dates claim and review by them", () => {
  const { claims, propositions } = ledger();
  const p = propositions.find((q) => q.claims.includes("a"))!;
  const review = reviewOf(p, claims, documentsOf);
  const docs = [...new Set(claims.filter((c) => p.claims.includes(c.id)).map((c) => c.doc))];
  assert.deepEqual(new Set(review.appearances.map((a) => a.doc)), new Set(docs));
  assert.equal(review.appearances.length, docs.length);
  const dates = review.appearances.map((a) => a.published!);
  assert.deepEqual(dates, [...dates].sort());
  assert.equal(review.claimDate, dates[0]);
  assert.equal(review.reviewDate, dates.at(-1));
  assert.equal(review.appearances.find((a) => a.doc === "d1")?.url, DOCS.d1.url);
});

it("rates each status within its bounds, in the order of how well it stands, with its words", () => {
  const { propositions } = ledger();
  const ratings = STATUSES.map((status) => ratingOf({ ...propositions[0], status }));
  for (const r of ratings) assert.ok(r.worst <= r.value && r.value <= r.best && r.words.length > 0);
  assert.equal(new Set(ratings.map((r) => r.value)).size, STATUSES.length, "each status its own value");
  assert.ok(STATUS_RATING.denied < STATUS_RATING.disputed && STATUS_RATING.disputed < STATUS_RATING.single_source && STATUS_RATING.single_source < STATUS_RATING.corroborated);
  assert.equal(new Set(ratings.map((r) => r.words)).size, STATUSES.length);
});
