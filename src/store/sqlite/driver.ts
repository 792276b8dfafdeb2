// The one place that loads better-sqlite3 (no @types package is installed, so the little of its API
// that the adapter uses is typed here). Keep this surface small: it is what a PostgreSQL adapter replaces.
import { createRequire } from "node:module";

export interface RunResult {
  changes: number;
  lastInsertRowid: number | bigint;
}

export interface Statement<Row = Record<string, unknown>> {
  run(...params: unknown[]): RunResult;
  get(...params: unknown[]): Row | undefined;
  all(...params: unknown[]): Row[];
  iterate(...params: unknown[]): IterableIterator<Row>;
}

export interface Transaction<F extends (...args: never[]) => unknown> {
  (...args: Parameters<F>): ReturnType<F>;
  immediate(...args: Parameters<F>): ReturnType<F>;
}

export interface Database {
  prepare<Row = Record<string, unknown>>(sql: string): Statement<Row>;
  exec(sql: string): Database;
  pragma(source: string, options?: { simple?: boolean }): unknown;
  transaction<F extends (...args: never[]) => unknown>(fn: F): Transaction<F>;
  close(): void;
  readonly open: boolean;
  readonly inTransaction: boolean;
  readonly readonly: boolean;
  readonly name: string;
}

export interface DatabaseOptions {
  readonly?: boolean;
  fileMustExist?: boolean;
  timeout?: number;
}

/** What better-sqlite3 throws: a SqliteError with an extended result code name ("SQLITE_BUSY_SNAPSHOT"). */
export interface SqliteError extends Error {
  code: string;
}

type DatabaseConstructor = new (path: string, options?: DatabaseOptions) => Database;

const require = createRequire(import.meta.url);

export function openDatabase(path: string, options: DatabaseOptions): Database {
  const Database = require("better-sqlite3") as DatabaseConstructor;
  return new Database(path, options);
}

export const isSqliteError = (e: unknown): e is SqliteError =>
  e instanceof Error && typeof (e as { code?: unknown }).code === "string" && (e as SqliteError).code.startsWith("SQLITE_");
