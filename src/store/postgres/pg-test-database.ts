// For tests against a real PostgreSQL server: FOGLINE_TEST_PG names it (e.g.
// postgres://postgres@127.0.0.1:5432/test); unset, those tests are skipped with one line saying so.
// Each store gets its own schema, named after this process, so that parallel runs never collide.
import { createPool } from "./pg-driver.js";

export const TEST_PG = process.env.FOGLINE_TEST_PG?.trim() || null;

export const PG_SKIP = TEST_PG ? false : "FOGLINE_TEST_PG is not set: PostgreSQL tests skipped (e.g. FOGLINE_TEST_PG=postgres://postgres@127.0.0.1:5432/test)";

const run = `fogline_test_${process.pid}_${Date.now().toString(36)}`;
const made: string[] = [];

/** A URL of the test server with a schema of its own (created on first open). */
export function freshSchemaUrl(): string {
  const schema = `${run}_${made.length + 1}`;
  made.push(schema);
  const url = new URL(TEST_PG!);
  url.searchParams.set("schema", schema);
  return url.href;
}

/** Drops every schema this process made. */
export async function dropTestSchemas(): Promise<void> {
  if (!TEST_PG || made.length === 0) return;
  const pool = await createPool({ connectionString: TEST_PG, max: 1 });
  try {
    for (const schema of made.splice(0)) await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await pool.end();
  }
}
