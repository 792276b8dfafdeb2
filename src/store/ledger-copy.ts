// Copying a whole ledger from one store to another (SQLite -> PostgreSQL and back), then proving that
// nothing was lost: both sides are counted and checksummed from what they give back, not from what was sent.
import { createHash } from "node:crypto";
import type { LedgerStore, LedgerTransfer } from "./ledger-store.js";

type Transferable = LedgerStore & LedgerTransfer;

export interface LedgerCensus {
  articles: number;
  claims: number;
  propositions: number;
  reviewEvents: number;
  settlementEvents: number;
  /** SHA-256 over every document row, claim (with its group and review state), proposition (with its group), review and settlement event, in order. */
  checksum: string;
}

export interface CopyProgress {
  articles: number;
  copied: number;
  propositions: number;
  reviewEvents: number;
  settlementEvents: number;
}

/** Rows read or written per round trip. */
const PAGE = 200;

/**
 * Copies every document row (with its claims, ingest time and groups) and every proposition from `from`
 * into `to`. Each document is one transaction on `to`, and one already there (same content) is skipped,
 * so an interrupted copy is completed by running it again.
 */
export async function copyLedger(from: Transferable, to: Transferable, onProgress?: (p: CopyProgress) => void): Promise<CopyProgress> {
  const progress: CopyProgress = { articles: 0, copied: 0, propositions: 0, reviewEvents: 0, settlementEvents: 0 };
  for (let after = 0; ;) {
    const page = await from.exportDocuments(after, PAGE);
    if (page.documents.length === 0) break;
    for (const document of page.documents) {
      if (await to.importDocument(document)) progress.copied++;
      progress.articles++;
    }
    after = page.next;
    onProgress?.(progress);
  }
  for (let afterId = ""; ;) {
    const rows = await from.exportPropositions(afterId, PAGE);
    if (rows.length === 0) break;
    await to.importPropositions(rows);
    progress.propositions += rows.length;
    afterId = rows[rows.length - 1].proposition.id;
    onProgress?.(progress);
  }
  for (let after = 0; ;) {
    const page = await from.exportReviewEvents(after, PAGE);
    if (page.events.length === 0) break;
    await to.importReviewEvents(page.events);
    progress.reviewEvents += page.events.length;
    after = page.next;
    onProgress?.(progress);
  }
  for (let after = 0; ;) {
    const page = await from.exportSettlementEvents(after, PAGE);
    if (page.events.length === 0) break;
    await to.importSettlementEvents(page.events);
    progress.settlementEvents += page.events.length;
    after = page.next;
    onProgress?.(progress);
  }
  await to.finishImport();
  return progress;
}

/** Counts and checksum of a ledger, read back through the store. */
export async function censusOf(store: Transferable): Promise<LedgerCensus> {
  const hash = createHash("sha256");
  const census = { articles: 0, claims: 0, propositions: 0, reviewEvents: 0, settlementEvents: 0 };
  for (let after = 0; ;) {
    const page = await store.exportDocuments(after, PAGE);
    if (page.documents.length === 0) break;
    for (const d of page.documents) {
      hash.update(canonicalJson(d.article)).update("\n");
      for (const c of d.claims) hash.update(canonicalJson(c)).update("\n");
      census.articles++;
      census.claims += d.claims.length;
    }
    after = page.next;
  }
  for (let afterId = ""; ;) {
    const rows = await store.exportPropositions(afterId, PAGE);
    if (rows.length === 0) break;
    for (const r of rows) hash.update(canonicalJson(r)).update("\n");
    census.propositions += rows.length;
    afterId = rows[rows.length - 1].proposition.id;
  }
  for (let after = 0; ;) {
    const page = await store.exportReviewEvents(after, PAGE);
    if (page.events.length === 0) break;
    for (const e of page.events) hash.update(canonicalJson(e)).update("\n");
    census.reviewEvents += page.events.length;
    after = page.next;
  }
  for (let after = 0; ;) {
    const page = await store.exportSettlementEvents(after, PAGE);
    if (page.events.length === 0) break;
    for (const e of page.events) hash.update(canonicalJson(e)).update("\n");
    census.settlementEvents += page.events.length;
    after = page.next;
  }
  return { ...census, checksum: hash.digest("hex") };
}

/** JSON with object keys sorted, so that two engines' equal records give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v);
}
