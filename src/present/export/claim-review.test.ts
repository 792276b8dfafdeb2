import { test } from "node:test";
import assert from "node:assert/strict";
import { propositionToClaimReview } from "./claim-review.js";
import { outletOf, sampleClaims, sampleLedger } from "./export-fixtures.js";

test("ClaimReview: claimReviewed, Claim authored by the primary source, status as alternateName", () => {
  const { propositions } = sampleLedger();
  const p = propositions.find((q) => q.status === "disputed")!;
  const review = propositionToClaimReview(p, sampleClaims(), { outletOf }) as any;
  assert.equal(review["@context"], "https://schema.org");
  assert.equal(review["@type"], "ClaimReview");
  assert.equal(review.claimReviewed, "Russian control of Alderton");
  assert.equal(review.itemReviewed["@type"], "Claim");
  assert.deepEqual(review.itemReviewed.author, { "@type": "Person", name: "General Orlov" });
  assert.equal(review.itemReviewed.datePublished, "2031-04-01");
  assert.deepEqual(review.itemReviewed.appearance[0].publisher, { "@type": "Organization", name: "Northern Courier" });
  assert.equal(review.reviewRating["@type"], "Rating");
  assert.equal(review.reviewRating.alternateName, "disputed");
  assert.match(review.reviewRating.ratingExplanation, /denied by Kestrel Brigade; not confirmed by Watch Institute/);
});
