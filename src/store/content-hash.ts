// Identity of an article's content: the same text re-saved with other whitespace is the same article.
import { createHash } from "node:crypto";

/** Every run of whitespace folded to one space, ends trimmed. */
export const foldWhitespace = (text: string): string => text.replace(/\s+/gu, " ").trim();

/** SHA-256 (hex) of the whitespace-folded text. */
export const contentHash = (text: string): string =>
  createHash("sha256").update(foldWhitespace(text), "utf8").digest("hex");

/**
 * The key a document is stored under and found again by: its content hash, except for the later parts
 * of a document read in parts (offset > 0), which are also keyed by the document and where they sit in
 * it. Two identical megabytes of one large file are two parts, not one part "already stored".
 */
export const documentKey = (article: { id: string; text: string; offset?: number }): string =>
  article.offset ? createHash("sha256").update(`part\u0000${article.id}\u0000${article.offset}\u0000${foldWhitespace(article.text)}`, "utf8").digest("hex") : contentHash(article.text);
