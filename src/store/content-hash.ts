// Identity of an article's content: the same text re-saved with other whitespace is the same article.
import { createHash } from "node:crypto";

/** Every run of whitespace folded to one space, ends trimmed. */
export const foldWhitespace = (text: string): string => text.replace(/\s+/gu, " ").trim();

/** SHA-256 (hex) of the whitespace-folded text. */
export const contentHash = (text: string): string =>
  createHash("sha256").update(foldWhitespace(text), "utf8").digest("hex");
