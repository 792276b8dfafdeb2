// A proposition as schema.org ClaimReview JSON-LD: the claim reviewed, who made it (the primary source),
// where it appeared (the reporting outlets) and the status as the rating's alternateName.
import type { Claim, PrimarySource, Proposition } from "../../claims/index.js";
import { claimsOfSource } from "./positions.js";
import { wordsOf } from "../../ledger/index.js";
import { STATUS_WORDS } from "./wording.js";

export interface ClaimReviewOptions {
  outletOf?: (doc: string) => string | null;
  /** Who publishes the review; default "fogline". */
  reviewer?: string;
  /** Base URL for proposition pages (url = base + id), when there is one. */
  baseUrl?: string;
}

export function propositionToClaimReview(p: Proposition, claims: Claim[], options: ClaimReviewOptions = {}): Record<string, unknown> {
  const outletOf = options.outletOf ?? (() => null);
  const own = claims.filter((c) => p.claims.includes(c.id));
  const author = p.primary_sources.find((s) => s.stance === "asserted") ?? p.primary_sources[0];
  const authorClaims = author ? claimsOfSource(author, own, outletOf) : [];
  const dates = own.map((c) => c.time?.start ?? c.time?.end).filter((d): d is string => !!d).sort();
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    identifier: p.id,
    ...(options.baseUrl ? { url: `${options.baseUrl}${p.id}` } : {}),
    claimReviewed: wordsOf(p, own).title,
    author: { "@type": "Organization", name: options.reviewer ?? "fogline" },
    itemReviewed: {
      "@type": "Claim",
      ...(author ? { author: agentOf(author, authorClaims) } : {}),
      ...(dates[0] ? { datePublished: dates[0] } : {}),
      appearance: (authorClaims.length ? authorClaims : own).map((c) => ({
        "@type": "CreativeWork",
        text: c.evidence.text,
        ...(outletOf(c.doc) ? { publisher: { "@type": "Organization", name: outletOf(c.doc) } } : {}),
      })),
    },
    reviewRating: {
      "@type": "Rating",
      alternateName: p.status,
      ratingExplanation: explanation(p),
    },
  };
}

function agentOf(source: PrimarySource, claims: Claim[]): Record<string, unknown> {
  const isPerson = claims.some((c) => c.source?.kind === "person") && !claims.some((c) => c.source?.institution);
  return { "@type": isPerson ? "Person" : "Organization", name: source.name };
}

function explanation(p: Proposition): string {
  const by = (stance: PrimarySource["stance"]) => p.primary_sources.filter((s) => s.stance === stance).map((s) => s.name);
  const parts = [`${STATUS_WORDS[p.status]}`];
  if (by("asserted").length) parts.push(`asserted by ${by("asserted").join(", ")}`);
  if (by("denied").length) parts.push(`denied by ${by("denied").join(", ")}`);
  if (by("unconfirmed").length) parts.push(`not confirmed by ${by("unconfirmed").join(", ")}`);
  return parts.join("; ");
}
