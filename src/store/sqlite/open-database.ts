// Opening a store file: refuse what is not a fogline database (or is newer than this fogline), then set
// the pragmas (WAL, synchronous=NORMAL, foreign keys) and bring the schema up to date.
import { statSync } from "node:fs";
import { FoglineError } from "../../claims/index.js";
import { isSqliteError, openDatabase, type Database } from "./driver.js";
import { APPLICATION_ID, SCHEMA_VERSION, assertNotNewer, migrate, schemaVersionOf } from "./migrations.js";
import { notFogline, toFoglineError } from "./sqlite-errors.js";

export interface OpenOptions {
  readonly: boolean;
  /** How long to wait for another process's write lock before giving up. */
  busyTimeoutMs: number;
  now: () => Date;
  /** Run PRAGMA quick_check before anything is written (default true). */
  integrityCheck?: boolean;
}

export function openFoglineDatabase(path: string, options: OpenOptions): Database {
  let db: Database | undefined;
  try {
    db = openFile(path, options);
    assertFogline(db, path);
    db.pragma("foreign_keys = ON");
    db.pragma("cache_size = -65536"); // 64 MiB: keeps the indices' upper levels and hot leaves in memory
    if (options.readonly) {
      assertCurrent(db, path);
    } else {
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
      // Fewer, larger checkpoints: each one writes the WAL back and syncs; per-article commits stay cheap.
      db.pragma("wal_autocheckpoint = 8000");
      if (options.integrityCheck !== false) assertIntact(db, path);
      migrate(db, path, options.now);
    }
    return db;
  } catch (e) {
    db?.close();
    throw toFoglineError(e, path, "open");
  }
}

function openFile(path: string, options: OpenOptions): Database {
  try {
    return openDatabase(path, { readonly: options.readonly, fileMustExist: options.readonly, timeout: options.busyTimeoutMs });
  } catch (e) {
    if (isSqliteError(e)) throw e;
    // better-sqlite3 checks the folder itself and throws a TypeError
    throw new FoglineError("store-cannot-open", `cannot open ${path}: ${e instanceof Error ? e.message : String(e)}`,
      "check that the folder exists and is writable, or pass --db with another path");
  }
}

/** A fogline file carries our application_id; a new file is empty. Anything else belongs to someone else. */
function assertFogline(db: Database, path: string): void {
  db.pragma("schema_version"); // reads the header: garbage fails here with SQLITE_NOTADB
  const applicationId = db.pragma("application_id", { simple: true }) as number;
  const version = schemaVersionOf(db);
  if (applicationId === APPLICATION_ID) return assertNotNewer(version, path);
  if (applicationId !== 0) throw notFogline(path, `it belongs to another program (application id ${applicationId})`);
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master").get() as { n: number };
  if (version !== 0 || tables.n > 0) throw notFogline(path, "it holds another program's tables");
}

/** Files up to this size get a full quick_check on every writable open (measured ~4 ms per MB: 144 MB in 0.5-0.7 s). */
export const FULL_CHECK_BYTES = 1024 * 1024 * 1024;

/**
 * A damaged ledger is refused before anything is written into it: PRAGMA quick_check (every b-tree page,
 * record and free list; not the index-vs-table comparison of integrity_check, which takes ~5x as long).
 * Past FULL_CHECK_BYTES only the schema and the small tables are checked, and a damaged page of a large
 * table is reported when it is read.
 */
function assertIntact(db: Database, path: string): void {
  if (path === ":memory:" || path === "") return;
  let bytes = 0;
  try { bytes = statSync(path).size; } catch { return; }
  const small = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('migrations', 'places', 'sources')").all() as { name: string }[]).map((r) => r.name);
  const tables = bytes <= FULL_CHECK_BYTES ? [null] : ["sqlite_master", ...small];
  for (const table of tables) {
    const rows = db.pragma(table ? `quick_check("${table}")` : "quick_check(5)") as { quick_check: string }[];
    const problems = rows.map((r) => r.quick_check).filter((r) => r !== "ok").join("; ").split(/\s*\n\s*/).filter((l) => l && !/^\*\*\*/.test(l));
    if (problems.length) throw notFogline(path, `the integrity check failed (${problems.slice(0, 2).join("; ").slice(0, 200)})`);
  }
}

function assertCurrent(db: Database, path: string): void {
  const version = schemaVersionOf(db);
  if (version === SCHEMA_VERSION) return;
  if (version === 0) {
    throw new FoglineError("store-empty", `${path} holds no fogline data yet`, "ingest an article first, or pass --db with another file");
  }
  throw new FoglineError("store-needs-upgrade", `${path} uses an older schema (${version} < ${SCHEMA_VERSION})`,
    "open it once without --readonly so that fogline can upgrade it");
}
