// The one place that loads pg (node-postgres). Chosen over the `postgres` package because it is the plain,
// most widely operated PostgreSQL client for Node: a connection pool, explicit transactions on one pooled
// client, parameterised queries, and nothing generated or tagged to learn. Loaded lazily, so that a
// SQLite-only user never loads it.
import type { Pool, PoolClient, PoolConfig, QueryResultRow } from "pg";

export type { Pool, PoolClient };

/** What a query runs on: the pool (one statement, autocommit) or a client inside a transaction. */
export interface Queryable {
  query<Row extends QueryResultRow = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: Row[]; rowCount: number | null }>;
}

export async function createPool(config: PoolConfig): Promise<Pool> {
  const pg = (await import("pg")).default;
  // bigint (count(*), bigserial) comes as a string by default; counts and row numbers here stay far below
  // 2^53. Set on this pool only, not on pg's global type table.
  const types = {
    getTypeParser: ((oid: number, format?: "text" | "binary") =>
      oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
  };
  const pool = new pg.Pool({ ...config, types });
  // An idle client whose server went away emits 'error' on the pool; without a listener Node exits.
  // The next query fails on its own and is reported there.
  pool.on("error", () => {});
  return pool;
}

/** Runs `fn` in one transaction on one pooled client: COMMIT when it resolves, ROLLBACK when it throws. */
export async function inTransaction<T>(pool: Pool, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query("BEGIN");
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (e) {
    try {
      await client.query("ROLLBACK");
    } catch {
      broken = true; // the connection itself failed: do not return it to the pool
    }
    throw e;
  } finally {
    client.release(broken);
  }
}

/** What pg throws: a DatabaseError with a SQLSTATE code, or a Node socket error (ECONNREFUSED, ENOTFOUND). */
export interface PgError extends Error {
  code?: string;
}
