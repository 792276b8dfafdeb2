// What the exports say of each article a claim came from: outlet, URL, title and publication date,
// read once per document (the store keeps them on the article; the text is not kept here).
import type { LedgerStore } from "../store/ledger-store.js";

export interface DocumentInfo {
  doc: string;
  outlet: string | null;
  url: string | null;
  title: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD; null when unknown. */
  published: string | null;
}

export type DocumentsOf = (doc: string) => DocumentInfo;

export async function readDocuments(store: LedgerStore, docIds: Iterable<string>): Promise<Map<string, DocumentInfo>> {
  const documents = new Map<string, DocumentInfo>();
  for (const doc of new Set(docIds)) {
    const a = await store.article(doc);
    documents.set(doc, { doc, outlet: a?.outlet ?? null, url: a?.url ?? null, title: a?.title ?? null, published: a?.published ?? null });
  }
  return documents;
}

/** A lookup that answers for any document, unknown ones with nulls. */
export const documentLookup = (documents: Map<string, DocumentInfo>): DocumentsOf => (doc) =>
  documents.get(doc) ?? { doc, outlet: null, url: null, title: null, published: null };
