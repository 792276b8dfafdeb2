// A search as fogline reads it: whitespace-separated words, each looked up as a quoted phrase by the
// adapter (FTS5 string, PostgreSQL plainto_tsquery), never as the engine's query syntax. The limits bound
// the work one query can ask for: FTS5 offers no way to stop a running statement from better-sqlite3 (no
// progress handler, no interrupt), so on SQLite the budget is the query's shape: at most TERMS phrase
// lookups, each at most TERM_CHARS long, no prefix, NEAR or column filters. PostgreSQL adds a statement
// timeout (postgres-store.ts). Spec: ledger.md, "search".
import { FoglineError } from "../claims/index.js";

export const SEARCH_LIMITS = {
  /** Characters in the whole search text. */
  chars: 200,
  /** Words looked up (every one must occur). */
  terms: 8,
  /** Characters in one word. */
  termChars: 64,
} as const;

/** Whitespace-separated words that contain a letter or a digit (others yield no token), within the limits. */
export function searchTerms(search: string): string[] {
  const text = search.normalize("NFC");
  const { chars, terms, termChars } = SEARCH_LIMITS;
  if (text.length > chars) throw tooLong(`the search is ${text.length} characters long; the limit is ${chars}`);
  const words = text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length > terms) throw tooLong(`the search has ${words.length} words; the limit is ${terms}`);
  const long = words.find((w) => w.length > termChars);
  if (long) throw tooLong(`the search word "${long.slice(0, 20)}…" is ${long.length} characters long; the limit is ${termChars}`);
  return words;
}

const tooLong = (message: string) => new FoglineError("bad-search", message, "search for fewer, shorter words: every word must occur in the evidence");

/** A search the engine stopped because it ran past its time budget. */
export const searchTimedOut = (ms: number) =>
  new FoglineError("search-timeout", `the search ran past its budget of ${ms} ms and was stopped`, "add a place, kind or more specific words, or try again when the server is less busy");
