// The storage stage's seam. Only store/sqlite/ imports better-sqlite3; a PostgreSQL adapter implements
// the same interface (and runs the same contract suite, store/ledger-store.contract.ts).
import type { Article, Claim, Kind, Proposition, PropositionStatus, Side } from "../claims/index.js";

export interface StoredArticle {
  id: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  url: string | null;
  origin: string;
  /** Hash of the whitespace-folded text: the same article re-saved is stored once. */
  contentHash: string;
  text: string;
  claimCount: number;
  ingestedAt: string;
}

export interface ClaimFilter {
  place?: string;       // canonical place name or id
  kind?: Kind;
  side?: Side;
  source?: string;      // speaker name (substring, case-folded)
  from?: string;        // ISO date: claims whose period ends on or after
  to?: string;          // ISO date: claims whose period starts on or before
  search?: string;      // full-text over evidence
  doc?: string;
  limit?: number;
  offset?: number;
}

export interface PropositionFilter {
  place?: string;
  kind?: Kind;
  side?: Side;
  status?: PropositionStatus;
  search?: string;
  limit?: number;
  offset?: number;
}

export interface AddResult {
  /** False when an article with the same content was already stored. */
  added: boolean;
  docId: string;
  claims: number;
}

export interface LedgerStore {
  /** One article and its claims, in one transaction; idempotent on content. */
  addArticle(article: Article, claims: Claim[]): AddResult;
  article(id: string): StoredArticle | null;
  articles(options?: { limit?: number; offset?: number }): StoredArticle[];
  claims(filter?: ClaimFilter): Claim[];
  countClaims(filter?: ClaimFilter): number;
  /** Claims of the same proposition group (kind, measure, side, place) as any given key. */
  claimsByGroup(groupKeys: string[]): Claim[];
  /** Replace the stored propositions of these groups (reconciliation output). */
  putPropositions(groupKeys: string[], propositions: Proposition[]): void;
  propositions(filter?: PropositionFilter): Proposition[];
  countPropositions(filter?: PropositionFilter): number;
  proposition(id: string): Proposition | null;
  /** Place names that have claims, with counts. */
  places(): { name: string; id: string | null; lat: number | null; lon: number | null; claims: number }[];
  /** Outlet per document id, for reconciliation ("reported_by"). */
  outlets(docIds: string[]): Map<string, string | null>;
  close(): void;
}
