// The user's words as an FTS5 query: each word a quoted string (quotes doubled), all required. No FTS5
// syntax (AND, NEAR, *, :, ^, parentheses, stray quotes) can reach the parser from user input; the
// words and their limits are search-terms.ts's.
import { searchTerms } from "../search-terms.js";

/** The MATCH expression for `search`, or null when it holds no word to look for. */
export function toFtsQuery(search: string): string | null {
  const words = searchWords(search);
  return words.length === 0 ? null : words.map((w) => `"${w.replace(/"/g, '""')}"`).join(" ");
}

/** Whitespace-separated words that contain a letter or a digit (others yield no FTS5 token); throws past the limits. */
export const searchWords = searchTerms;
