// The shape of the whole flow (read -> language -> extract -> places/actors -> store -> reconcile),
// implemented in pipeline.ts. Presentation (CLI, HTTP) depends on this, never on a stage's internals.
import type { Article, Claim } from "./claims/index.js";
import type { ReadOptions, ReadProblem } from "./read/reader.js";
import type { LedgerStore } from "./store/ledger-store.js";

export interface IngestProgress {
  /** Inputs or articles seen so far, and claims stored. */
  articles: number;
  added: number;
  duplicates: number;
  claims: number;
  problems: number;
  origin: string;
}

export interface IngestSummary {
  articles: number;
  added: number;
  duplicates: number;
  claims: number;
  problems: ReadProblem[];
  /** Ids of the documents added (new ones only). */
  docIds: string[];
}

export interface IngestOptions {
  onProgress?: (p: IngestProgress) => void;
  /** Called before the propositions of the groups touched so far are reconciled (how many groups). */
  onReconcile?: (groups: number) => void;
}

export interface ExtractedArticle {
  article: Article;
  claims: Claim[];
}

export interface Pipeline {
  /** Claims of one article (pure, deterministic). */
  extractArticle(article: Article): Claim[];
  /** Read inputs and extract each article, streaming. */
  extractInputs(inputs: string[], options?: ReadOptions): AsyncIterable<ExtractedArticle | { problem: ReadProblem }>;
  /** Extract, store in one transaction, and re-reconcile the proposition groups the article touched. */
  ingestArticle(store: LedgerStore, article: Article): Promise<{ added: boolean; docId: string; claims: number }>;
  /** ingestArticle over inputs (files, folders, URLs), with progress. */
  ingest(store: LedgerStore, inputs: string[], options?: ReadOptions & IngestOptions): Promise<IngestSummary>;
  /** The proposition group a claim is stored and reconciled under. */
  groupKey(claim: Claim): string;
  /** Re-reconcile the proposition groups given (after a review moved or rejected a claim). */
  reconcileGroups(store: LedgerStore, groupKeys: Iterable<string>): Promise<number>;
}
