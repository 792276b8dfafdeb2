// The storage stage's seam. Only store/sqlite/ imports better-sqlite3 and only store/postgres/ imports pg;
// both implement this interface and run the same contract suite (store/ledger-store.contract.ts). Every
// method returns a Promise so that a networked engine fits behind it; SQLite answers at once.
import type { Article, Claim, Kind, Proposition, PropositionStatus, ReviewEvent, SettlementEvent, Side, SourceSide } from "../claims/index.js";

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
  /** UTF-16 offset of this part inside the whole document (0 unless the document was read in parts). */
  offset: number;
  claimCount: number;
  ingestedAt: string;
}

/**
 * The ledger as it stood on a day: the articles published (basis "published") or stored (basis "ingested")
 * on or before `day` (YYYY-MM-DD; a publication date of a month or year counts from its first day, an
 * article without one never counts). `later: true` selects the complement: the articles not yet there.
 */
export interface AsOfScope {
  day: string;
  basis: "published" | "ingested";
  later?: boolean;
}

/**
 * Every field narrows (AND). Results come ordered by time start (untimed last), then doc, then evidence start.
 * Dates compare at the coarser precision of the two ("2025-11" ends on or after "2025-11-15"); a date filter
 * leaves claims without a time out.
 */
export interface ClaimFilter {
  place?: string;       // canonical place name (any case) or gazetteer id
  kind?: Kind;
  side?: Side;
  source?: string;      // speaker name (substring, case-folded)
  from?: string;        // ISO date: claims whose period ends on or after
  to?: string;          // ISO date: claims whose period starts on or before
  search?: string;      // full-text over evidence: every word must occur; no query syntax
  doc?: string;
  outlet?: string;      // the article's outlet (substring, case-folded)
  speakerSide?: SourceSide; // the speaker's side (claim.source.side); a claim in the outlet's own voice has none
  status?: PropositionStatus; // the status of a proposition the claim belongs to
  withRejected?: boolean; // also claims a reviewer rejected (left out by default, and never reconciled)
  asOf?: AsOfScope;     // only claims of the articles in (or, with later, not yet in) the ledger on that day
  limit?: number;
  offset?: number;
}

export interface PropositionFilter {
  place?: string;       // canonical place name (any case) or gazetteer id
  kind?: Kind;
  side?: Side;
  status?: PropositionStatus;
  search?: string;      // words in its claims' evidence, or all in its place, kind and source names
  outlet?: string;      // a primary source reported by this outlet (substring, case-folded)
  speakerSide?: SourceSide; // a primary source of this side
  limit?: number;
  offset?: number;
}

export interface AddResult {
  /** False when an article with the same content was already stored. */
  added: boolean;
  docId: string;
  claims: number;
}

/** The proposition group of a claim (Reconciler.groupKey); stores index claims by it. */
export type ClaimGroupKeyOf = (claim: Claim) => string;
/** The group a proposition belongs to, for putPropositions(). */
export type PropositionGroupKeyOf = (proposition: Proposition) => string;

/** The state a review leaves a claim in, written with its events in one transaction. */
export interface ReviewWrite {
  /** The claim as reviewed, with its review mark; for an add, a new claim of a stored document. */
  claim: Claim;
  /** Its proposition group (Reconciler.groupKey) as reviewed. */
  groupKey: string;
  /** Rejected claims stay stored and listable (withRejected) but are left out of everything else. */
  rejected: boolean;
  /**
   * A new machine reading of the claim (its article stored again): every row of this id takes it with the
   * reviewed state, and the events may be empty.
   */
  machine?: Claim;
}

/** A claim as the review log sees it: its current state and the machine reading under it. */
export interface ReviewedClaim {
  claim: Claim;
  /** The extractor's reading, before any review; null for a claim a person added. */
  machine: Claim | null;
  rejected: boolean;
  groupKey: string;
}

/** Every field narrows; events come in the order appended. */
export interface ReviewEventQuery {
  id?: string;
  claim?: string;
  /** Events on any of these claims. */
  claims?: string[];
  /** Events on its claims, and on claims of its group a reviewer rejected. */
  proposition?: string;
}

/** Every field narrows; events come in the order appended. */
export interface SettlementEventQuery {
  id?: string;
  proposition?: string;
  /** Events on any of these propositions. */
  propositions?: string[];
}

/** A place that has claims, with how many. */
export interface StoredPlace {
  name: string;
  id: string | null;
  lat: number | null;
  lon: number | null;
  claims: number;
}

export interface LedgerStore {
  /**
   * One article and its claims, in one transaction; idempotent on content (whitespace-folded text).
   * Each claim is stored under `groupKeyOf(claim)` (default ""), which claimsByGroup() looks up.
   */
  addArticle(article: Article, claims: Claim[], groupKeyOf?: ClaimGroupKeyOf): Promise<AddResult>;
  article(id: string): Promise<StoredArticle | null>;
  articles(options?: { limit?: number; offset?: number; asOf?: AsOfScope }): Promise<StoredArticle[]>;
  claims(filter?: ClaimFilter): Promise<Claim[]>;
  /** How many claims match, ignoring limit and offset (for paging). */
  countClaims(filter?: ClaimFilter): Promise<number>;
  /** The claims with these ids (a proposition's), in claim order; unknown ids are skipped. */
  claimsByIds(ids: string[]): Promise<Claim[]>;
  /** Claims of the same proposition group (kind, measure, side, place) as any given key. */
  claimsByGroup(groupKeys: string[]): Promise<Claim[]>;
  /**
   * Replace the stored propositions of these groups (reconciliation output), in one transaction.
   * A proposition's group is `groupKeyOf(p)` when given, else the group its claims were stored under,
   * else the only key given.
   */
  putPropositions(groupKeys: string[], propositions: Proposition[], groupKeyOf?: PropositionGroupKeyOf): Promise<void>;
  propositions(filter?: PropositionFilter): Promise<Proposition[]>;
  countPropositions(filter?: PropositionFilter): Promise<number>;
  proposition(id: string): Promise<Proposition | null>;
  /** Place names that have claims, with counts (of the claims in the ledger on a day, with asOf). */
  places(filter?: { asOf?: AsOfScope }): Promise<StoredPlace[]>;
  /** Outlet per document id, for reconciliation ("reported_by"). */
  outlets(docIds: string[]): Promise<Map<string, string | null>>;
  /** Publication date per document id (YYYY[-MM[-DD]] or null), without reading the texts. */
  publishedDates(docIds: string[]): Promise<Map<string, string | null>>;
  /**
   * Appends review events (all on write.claim) and writes the claim's reviewed state, in one transaction.
   * An add's claim must be new and its document stored; any other event's claim must be stored.
   */
  appendReviews(events: ReviewEvent[], write: ReviewWrite): Promise<void>;
  /** A stored claim (rejected too) with its machine reading, or null. */
  reviewedClaim(id: string): Promise<ReviewedClaim | null>;
  reviewEvents(query?: ReviewEventQuery): Promise<ReviewEvent[]>;
  /**
   * Appends one settlement event (claims/settlement.ts), checked in the write transaction: a settle's
   * proposition must be stored; an undo must cancel a settle of the same proposition not undone yet.
   */
  appendSettlement(event: SettlementEvent): Promise<void>;
  settlementEvents(query?: SettlementEventQuery): Promise<SettlementEvent[]>;
  /** Closes the file or the connection pool; the store is unusable after. */
  close(): Promise<void>;
}

/** One stored document row with its claims and their group keys, exactly as stored (for `fogline migrate`). */
export interface TransferDocument {
  article: StoredArticle;
  /** In the order stored; `review` only on a claim a person reviewed or added (its row's review state). */
  claims: { claim: Claim; groupKey: string; review?: TransferReview }[];
}

/** A reviewed claim row's state beside its (reviewed) claim: rejected, and the machine reading (null: added). */
export interface TransferReview {
  rejected: boolean;
  machine: Claim | null;
}

export interface TransferProposition {
  proposition: Proposition;
  groupKey: string;
}

/**
 * Copying a whole ledger between engines, losing nothing (ingest times, group keys, proposition groups).
 * The real adapters implement it beside LedgerStore; fakes need not.
 */
export interface LedgerTransfer {
  /** Document rows in the order stored, after the cursor (0 at first); `next` is the cursor for the next page. */
  exportDocuments(after: number, limit: number): Promise<{ next: number; documents: TransferDocument[] }>;
  /** Propositions ordered by id, after the id given ("" at first). */
  exportPropositions(afterId: string, limit: number): Promise<TransferProposition[]>;
  /** One document row and its claims in one transaction; false when its content is already stored. */
  importDocument(document: TransferDocument): Promise<boolean>;
  /** Propositions with their groups, in one transaction (replacing any of the same id). */
  importPropositions(rows: TransferProposition[]): Promise<void>;
  /** Review events in the order appended, after the cursor (0 at first). */
  exportReviewEvents(after: number, limit: number): Promise<{ next: number; events: ReviewEvent[] }>;
  /** Events appended as given, in one transaction; ids already in the log are skipped (a copy run again). */
  importReviewEvents(events: ReviewEvent[]): Promise<void>;
  /** Settlement events in the order appended, after the cursor (0 at first). */
  exportSettlementEvents(after: number, limit: number): Promise<{ next: number; events: SettlementEvent[] }>;
  /** Events appended as given, in one transaction; ids already in the log are skipped. */
  importSettlementEvents(events: SettlementEvent[]): Promise<void>;
  /** After a bulk copy: refresh the query planner's statistics, so that the first queries are planned well. */
  finishImport(): Promise<void>;
}

export const isTransferable = (store: LedgerStore): store is LedgerStore & LedgerTransfer =>
  typeof (store as Partial<LedgerTransfer>).exportDocuments === "function";
