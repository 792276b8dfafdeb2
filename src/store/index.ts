// The storage stage: the LedgerStore seam, its SQLite adapter, and where the file lives by default.
export * from "./ledger-store.js";
export { SEARCH_LIMITS, searchTerms } from "./search-terms.js";
export { openSqliteStore, type SqliteStoreOptions } from "./sqlite/sqlite-store.js";
export { describeLocation, isPostgresUrl, openStore, type OpenedStore, type OpenStoreOptions } from "./open-store.js";
export { defaultDbPath, DEFAULT_DB_PATH } from "./default-db-path.js";
export { contentHash, documentKey, foldWhitespace } from "./content-hash.js";
export { canonicalJson, censusOf, copyLedger, type CopyProgress, type LedgerCensus } from "./ledger-copy.js";
