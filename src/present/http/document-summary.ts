// A stored article without its text, for lists and cross-references.
import type { StoredArticle } from "../../store/ledger-store.js";

export type DocumentSummary = Omit<StoredArticle, "text" | "contentHash">;

export const summariseDocument = ({ text: _text, contentHash: _hash, ...rest }: StoredArticle): DocumentSummary => rest;
