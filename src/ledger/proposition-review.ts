// A proposition as a fact-check reads it (the model behind the ClaimReview export): what is claimed, who
// claims it (the primary sources that assert it, never the outlets that report them), every article that
// reports it, and a rating from its status. present/export/claim-review.ts lays it out as schema.org.
import type { Claim, PrimarySource, Proposition, PropositionStatus } from "../claims/index.js";
import { compareIso } from "../reconcile/index.js";
import type { LedgerStore } from "../store/ledger-store.js";
import { documentLookup, readDocuments, type DocumentsOf } from "./document-info.js";
import { readLedgerSnapshot } from "./ledger-snapshot.js";
import { claimsOfSource } from "./positions.js";
import { wordsOf } from "./proposition-words.js";
import { STATUS_WORDS } from "./wording.js";

export interface Claimant {
  name: string;
  /** A person when every claim of the source is a person's own (no institution behind it). */
  isPerson: boolean;
}

export interface Appearance {
  doc: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** The first sentence of the article that carries the proposition. */
  evidence: string;
}

export interface Rating {
  value: number;
  best: number;
  worst: number;
  /** "Disputed", "Single source": the status in words. */
  words: string;
  /** "disputed; asserted by A; denied by B". */
  explanation: string;
}

export interface PropositionReview {
  id: string;
  title: string;
  status: PropositionStatus;
  claimants: Claimant[];
  /**
   * When the claim entered the reporting: the earliest publication of an article carrying it. (A claim's
   * own time is the period it speaks of, "killed since 2022", not when it was made.)
   */
  claimDate: string | null;
  /** The ledger's latest word on it: the last article reporting it (else its latest claim date). */
  reviewDate: string | null;
  /** One per article that reports it, earliest first. */
  appearances: Appearance[];
  rating: Rating;
}

/**
 * How well a proposition stands in the reporting, worst to best: nobody asserts it (denied, then only
 * "could not confirm"), asserted and denied, one source, several of one side, both sides or independent.
 */
export const STATUS_RATING: Record<PropositionStatus, number> = {
  denied: 1, unconfirmed: 2, disputed: 3, single_source: 4, one_sided: 5, corroborated: 6,
};
const BEST = Math.max(...Object.values(STATUS_RATING));
const WORST = Math.min(...Object.values(STATUS_RATING));

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function ratingOf(p: Proposition): Rating {
  const by = (stance: PrimarySource["stance"]) => p.primary_sources.filter((s) => s.stance === stance).map((s) => s.name);
  const parts = [STATUS_WORDS[p.status]];
  if (by("asserted").length) parts.push(`asserted by ${by("asserted").join(", ")}`);
  if (by("denied").length) parts.push(`denied by ${by("denied").join(", ")}`);
  if (by("unconfirmed").length) parts.push(`not confirmed by ${by("unconfirmed").join(", ")}`);
  return { value: STATUS_RATING[p.status], best: BEST, worst: WORST, words: capitalised(STATUS_WORDS[p.status]), explanation: parts.join("; ") };
}

const earliest = (dates: (string | null)[]) => dates.filter((d): d is string => !!d).sort(compareIso)[0] ?? null;
const latestOf = (dates: (string | null)[]) => dates.filter((d): d is string => !!d).sort(compareIso).at(-1) ?? null;

/** `claims` are the proposition's (all of them, for every report to appear). */
export function reviewOf(p: Proposition, claims: Claim[], documentsOf: DocumentsOf): PropositionReview {
  const ids = new Set(p.claims);
  const own = claims.filter((c) => ids.has(c.id));
  const outletOf = (doc: string) => documentsOf(doc).outlet;
  // The claimant is who made the claim: a speaker the articles quote. An outlet's own voice counts only
  // when no speaker asserts it (issue 13: the reporting outlet is not the claimant).
  const asserting = p.primary_sources.filter((s) => s.stance === "asserted").map((s) => ({ s, theirs: claimsOfSource(s, own, outletOf) }));
  const quoted = asserting.filter(({ theirs }) => theirs.some((c) => c.source));
  const claimants = (quoted.length ? quoted : asserting).map(({ s, theirs }) => ({
    name: s.name,
    isPerson: theirs.some((c) => c.source?.kind === "person") && !theirs.some((c) => c.source?.institution),
  }));
  const byDoc = new Map<string, Claim>();
  for (const c of own) if (!byDoc.has(c.doc)) byDoc.set(c.doc, c);
  const appearances = [...byDoc.values()]
    .map((c): Appearance => {
      const d = documentsOf(c.doc);
      return { doc: c.doc, url: d.url, title: d.title, outlet: d.outlet, published: d.published, evidence: c.evidence.text };
    })
    .sort((a, b) => (a.published && b.published ? compareIso(a.published, b.published) : a.published ? -1 : b.published ? 1 : 0) || a.doc.localeCompare(b.doc));
  const published = appearances.map((a) => a.published);
  return {
    id: p.id,
    title: wordsOf(p, own).title,
    status: p.status,
    claimants,
    claimDate: earliest(published),
    reviewDate: latestOf(published) ?? p.time?.end ?? p.time?.start ?? null,
    appearances,
    rating: ratingOf(p),
  };
}

/** One proposition's review, from every one of its claims (not only the first page of them). */
export async function readReview(store: LedgerStore, p: Proposition): Promise<PropositionReview> {
  const claims = await store.claimsByIds(p.claims);
  return reviewOf(p, claims, documentLookup(await readDocuments(store, claims.map((c) => c.doc))));
}

/** Every proposition's review, the ledger read once. */
export async function readReviews(store: LedgerStore): Promise<PropositionReview[]> {
  const snapshot = await readLedgerSnapshot(store);
  const claims = [...snapshot.claims.values()];
  const documentsOf = documentLookup(await readDocuments(store, claims.map((c) => c.doc)));
  return snapshot.propositions.map((p) => reviewOf(p, p.claims.map((id) => snapshot.claims.get(id)).filter((c): c is Claim => !!c), documentsOf));
}
