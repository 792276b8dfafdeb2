// ClaimReview checked two ways by others' tools: schema-dts types the output at compile time (a property or
// type schema.org does not define fails the build), and the jsonld library expands it as JSON-LD, against a
// local copy of schema.org's @vocab context (nothing is fetched), so the properties Google's ClaimReview
// documentation requires are looked up by their full schema.org IRIs.
import assert from "node:assert/strict";
import { test } from "node:test";
import jsonld from "jsonld";
import type { ClaimReview, Rating } from "schema-dts";
import { STATUS_RATING } from "../../ledger/index.js";
import { reviewsToJsonLd, reviewToClaimReview } from "./claim-review.js";
import { DOCUMENTS, OUTLETS, sampleReviews } from "./export-fixtures.js";

const S = "https://schema.org/";
const SCHEMA_CONTEXT = { "@context": { "@vocab": S } };
const documentLoader = async (url: string) => {
  if (url.replace(/\/$/, "") !== "https://schema.org") throw new Error(`a test may not fetch ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: SCHEMA_CONTEXT };
};

type Node = Record<string, { "@value"?: unknown; "@id"?: string }[] & Record<string, unknown>[]> & { "@type"?: string[] };
const expand = async (doc: object) => (await jsonld.expand(JSON.parse(JSON.stringify(doc)), { documentLoader: documentLoader as never })) as unknown as Node[];
const one = (node: Node, property: string): Node => {
  const values = node[S + property];
  assert.ok(values?.length, `has ${property}`);
  return values[0] as unknown as Node;
};
const value = (node: Node, property: string) => (one(node, property) as unknown as { "@value": unknown })["@value"];

const disputed = () => sampleReviews().find((r) => r.status === "disputed" && r.title === "Russian control of Alderton")!;

test("expands as schema.org ClaimReview with the properties a fact check needs", async () => {
  const review = disputed();
  const [node] = await expand(reviewToClaimReview(review, { publicUrl: "https://ledger.example.org/sub/" }));
  assert.deepEqual(node["@type"], [`${S}ClaimReview`]);
  assert.equal(value(node, "claimReviewed"), review.title);
  assert.equal(value(node, "url"), `https://ledger.example.org/sub/#/propositions/${encodeURIComponent(review.id)}`);
  assert.equal(value(node, "datePublished"), review.reviewDate);
  assert.match(String(value(node, "datePublished")), /^\d{4}(-\d{2}){0,2}$/);
  const rating = one(node, "reviewRating");
  assert.deepEqual(rating["@type"], [`${S}Rating`]);
  const [v, best, worst] = ["ratingValue", "bestRating", "worstRating"].map((p) => value(rating, p) as number);
  assert.ok(worst <= v && v <= best, `${worst} <= ${v} <= ${best}`);
  assert.equal(v, STATUS_RATING.disputed);
  assert.equal(value(rating, "alternateName"), "Disputed");
  const claim = one(node, "itemReviewed");
  assert.deepEqual(claim["@type"], [`${S}Claim`]);
  assert.ok(value(claim, "datePublished"));
});

test("the claimant is the primary source that asserts it; every report appears with its URL and date", async () => {
  const review = disputed();
  const [node] = await expand(reviewToClaimReview(review));
  const claim = one(node, "itemReviewed");
  const authors = (claim[S + "author"] as unknown as Node[]).map((a) => value(a, "name"));
  assert.deepEqual(authors, review.claimants.map((c) => c.name));
  for (const outlet of Object.values(OUTLETS)) assert.ok(!authors.includes(outlet), `${outlet} only reports it`);
  const appearances = claim[S + "appearance"] as unknown as Node[];
  assert.equal(appearances.length, review.appearances.length);
  assert.ok(appearances.length >= 2, "the sample is reported by several articles");
  for (const a of appearances) {
    const doc = Object.values(DOCUMENTS).find((d) => d.outlet === value(one(a, "publisher"), "name"))!;
    assert.equal(value(a, "datePublished"), doc.published);
    if (doc.url) assert.equal(value(a, "url"), doc.url);
    else assert.equal(a[S + "url"], undefined);
  }
  assert.equal(node[S + "url"], undefined, "no public URL, no url");
});

test("the whole ledger as one graph of reviews, one per proposition", async () => {
  const reviews = sampleReviews();
  const expanded = await expand(reviewsToJsonLd(reviews));
  assert.equal(expanded.length, reviews.length);
  for (const n of expanded) assert.deepEqual(n["@type"], [`${S}ClaimReview`]);
});

test("the JSON-LD check can fail: a bad keyword value is refused", async () => {
  await assert.rejects(expand({ "@context": "https://schema.org", "@type": "ClaimReview", "@id": 5 }));
});

test("schema-dts refuses what schema.org does not define (checked when this file compiles)", () => {
  const review: ClaimReview = {
    "@type": "ClaimReview",
    // @ts-expect-error "claimReviewd" is no schema.org property: if schema-dts allowed it, the build would fail here.
    claimReviewd: "x",
  };
  const rating: Rating = { "@type": "Rating", ratingValue: 3, bestRating: 6, worstRating: 1 };
  assert.equal(review["@type"], "ClaimReview");
  assert.ok(rating.worstRating! <= rating.ratingValue!);
});
