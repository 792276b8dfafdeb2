// A proposition's review (src/ledger/proposition-review.ts) as schema.org ClaimReview JSON-LD: the claim
// reviewed, its claimant (the primary source, never the reporting outlet), every report as an appearance,
// and the rating. Typed with schema-dts, so a property schema.org does not define fails the build.
import type { ClaimReview, CreativeWork, Graph, Organization, Person, WithContext } from "schema-dts";
import type { Appearance, Claimant, PropositionReview } from "../../ledger/index.js";

export interface ClaimReviewOptions {
  /** Who publishes the review; default "fogline". */
  reviewer?: string;
  /**
   * The site's public address ("https://ledger.example.org/"): the review's url is its proposition page
   * there. Without it the review has no url (a file written by the CLI has no site to point to).
   */
  publicUrl?: string;
}

/** The web interface's page for a proposition under the site's address. */
export function propositionPageUrl(publicUrl: string, id: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/#/propositions/${encodeURIComponent(id)}`;
}

const agentOf = (c: Claimant): Person | Organization =>
  c.isPerson ? { "@type": "Person", name: c.name } : { "@type": "Organization", name: c.name };

const appearanceOf = (a: Appearance): CreativeWork => ({
  "@type": "CreativeWork",
  ...(a.url ? { url: a.url } : {}),
  ...(a.title ? { headline: a.title } : {}),
  ...(a.published ? { datePublished: a.published } : {}),
  ...(a.outlet ? { publisher: { "@type": "Organization", name: a.outlet } } : {}),
  text: a.evidence,
});

/** The ClaimReview node, without @context (reviewsToJsonLd puts many in one graph). */
function reviewNode(r: PropositionReview, options: ClaimReviewOptions): ClaimReview {
  const author = r.claimants.map(agentOf);
  const appearance = r.appearances.map(appearanceOf);
  return {
    "@type": "ClaimReview",
    identifier: r.id,
    ...(options.publicUrl ? { url: propositionPageUrl(options.publicUrl, r.id) } : {}),
    claimReviewed: r.title,
    ...(r.reviewDate ? { datePublished: r.reviewDate } : {}),
    author: { "@type": "Organization", name: options.reviewer ?? "fogline" },
    itemReviewed: {
      "@type": "Claim",
      ...(author.length ? { author: author.length === 1 ? author[0] : author } : {}),
      ...(r.claimDate ? { datePublished: r.claimDate } : {}),
      ...(appearance.length ? { appearance, firstAppearance: appearance[0] } : {}),
    },
    reviewRating: {
      "@type": "Rating",
      ratingValue: r.rating.value,
      bestRating: r.rating.best,
      worstRating: r.rating.worst,
      alternateName: r.rating.words,
      ratingExplanation: r.rating.explanation,
    },
  };
}

export function reviewToClaimReview(r: PropositionReview, options: ClaimReviewOptions = {}): WithContext<ClaimReview> {
  return { "@context": "https://schema.org", ...reviewNode(r, options) };
}

/** Every review in one JSON-LD document (one @context, the reviews in @graph). */
export function reviewsToJsonLd(reviews: PropositionReview[], options: ClaimReviewOptions = {}): Graph {
  return { "@context": "https://schema.org", "@graph": reviews.map((r) => reviewNode(r, options)) };
}
