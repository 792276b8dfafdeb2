// The one factory that picks the adapter from where the ledger lives: a postgres:// or postgresql:// URL
// opens PostgreSQL (pg is loaded only then), anything else is a SQLite file (":memory:" a private one).
import type { LedgerStore, LedgerTransfer } from "./ledger-store.js";
import { isPostgresUrl } from "./postgres/postgres-url.js";
import { openSqliteStore } from "./sqlite/sqlite-store.js";

export { isPostgresUrl };

export interface OpenStoreOptions {
  /** SQLite only: open for reading (the file must exist). Default false. */
  readonly?: boolean;
  /** Clock for ingest times and migration logs. Default: the system clock. */
  now?: () => Date;
  /** SQLite only: run PRAGMA quick_check on a writable open, refusing a damaged file (default true). */
  integrityCheck?: boolean;
}

export type OpenedStore = LedgerStore & LedgerTransfer;

export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<OpenedStore> {
  if (isPostgresUrl(location)) {
    const { openPostgresStore } = await import("./postgres/postgres-store.js");
    return openPostgresStore(location.trim(), { now: options.now });
  }
  return openSqliteStore(location, { readonly: options.readonly, now: options.now, integrityCheck: options.integrityCheck });
}

/** Where a store is, safe to print: a URL without its password, or the file name. */
export const describeLocation = (location: string): string =>
  isPostgresUrl(location) ? location.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1@") : location;
