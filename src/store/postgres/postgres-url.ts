// A PostgreSQL URL as the user gave it -> what pg connects with, the schema to use, and a form safe to
// print (no password).
import { FoglineError } from "../../claims/index.js";

export interface PostgresTarget {
  connectionString: string;
  /** From ?schema=NAME: fogline's tables live there (created if missing); else the user's search_path. */
  schema: string | null;
  /** postgres://user@host:port/db[?schema=…], the password left out. */
  display: string;
}

export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location.trim());

export function parsePostgresUrl(url: string): PostgresTarget {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw badUrl(url, "not a URL");
  }
  if (!isPostgresUrl(url)) throw badUrl(url, "it must start with postgres:// or postgresql://");
  if (!parsed.hostname && !parsed.searchParams.get("host")) throw badUrl(url, "no host");
  const schema = parsed.searchParams.get("schema");
  if (schema !== null && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) throw badUrl(url, `bad schema name "${schema}"`);
  parsed.searchParams.delete("schema");
  const display = new URL(parsed.href);
  display.password = "";
  if (schema) display.searchParams.set("schema", schema);
  return { connectionString: parsed.href, schema: schema ? schema.toLowerCase() : null, display: display.href };
}

function badUrl(url: string, why: string): FoglineError {
  const shown = url.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:***@");
  return new FoglineError("store-bad-url", `bad database URL ${shown}: ${why}`,
    "pass --db postgres://USER:PASSWORD@HOST:5432/DATABASE, or a file name for SQLite");
}
