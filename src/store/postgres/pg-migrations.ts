// The PostgreSQL schema, as an ordered list of steps from the first version. schema_version keeps each
// step applied and when; a database with a step this fogline does not know is refused. Never edit a
// released step: append a new one. Text columns compare and sort with COLLATE "C" (byte order, as SQLite
// does), so both engines give claims in the same order.
import { FoglineError } from "../../claims/index.js";
import type { Pool, PoolClient } from "./pg-driver.js";

export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}

export const PG_MIGRATIONS: PgMigration[] = [
  {
    version: 1,
    name: "documents-claims-propositions",
    sql: `
CREATE TABLE documents (
  seq bigserial PRIMARY KEY,
  id text COLLATE "C" NOT NULL,
  part_offset integer NOT NULL DEFAULT 0,
  outlet text,
  title text,
  published text COLLATE "C",
  url text,
  origin text NOT NULL,
  content_hash text NOT NULL UNIQUE,
  text text NOT NULL,
  claim_count integer NOT NULL,
  ingested_at text NOT NULL
);
CREATE INDEX documents_by_id ON documents (id, part_offset);

CREATE TABLE claims (
  seq bigserial PRIMARY KEY,
  document bigint NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  id text COLLATE "C" NOT NULL,
  doc text COLLATE "C" NOT NULL,
  kind text COLLATE "C" NOT NULL,
  measure text COLLATE "C" NOT NULL,
  side text COLLATE "C",
  place_name text COLLATE "C",
  place_key text COLLATE "C",
  place_id text COLLATE "C",
  source_name text,
  source_key text COLLATE "C",
  time_start text COLLATE "C",
  time_end text COLLATE "C",
  polarity text NOT NULL,
  group_key text COLLATE "C" NOT NULL,
  evidence_start integer NOT NULL,
  evidence_end integer NOT NULL,
  evidence_text text NOT NULL,
  body text NOT NULL,
  -- 'simple': lower-cased words, no stemming and no stop words, the same for every language fogline reads.
  evidence_words tsvector GENERATED ALWAYS AS (to_tsvector('simple', evidence_text)) STORED
);
CREATE INDEX claims_by_document ON claims (document);
CREATE INDEX claims_by_id ON claims (id);
CREATE INDEX claims_by_doc ON claims (doc, evidence_start);
CREATE INDEX claims_by_time ON claims ((time_start IS NULL), time_start, doc, evidence_start, seq);
CREATE INDEX claims_by_place_in_order ON claims (place_key, (time_start IS NULL), time_start, doc, evidence_start, seq);
CREATE INDEX claims_by_place_and_kind ON claims (place_key, kind, (time_start IS NULL), time_start, doc, evidence_start, seq);
CREATE INDEX claims_by_kind ON claims (kind, (time_start IS NULL), time_start, doc, evidence_start, seq);
CREATE INDEX claims_by_source ON claims (source_key);
CREATE INDEX claims_by_time_end ON claims (time_end);
CREATE INDEX claims_by_group ON claims (group_key);
CREATE INDEX claims_by_words ON claims USING gin (evidence_words);

-- Kept up to date on ingest so that places() and the source filter never scan claims.
CREATE TABLE places (
  place_key text COLLATE "C" NOT NULL,
  place_id text COLLATE "C" NOT NULL,
  name text COLLATE "C" NOT NULL,
  lat double precision,
  lon double precision,
  claims integer NOT NULL,
  PRIMARY KEY (place_key, place_id)
);
CREATE INDEX places_by_id ON places (place_id);
CREATE TABLE sources (
  source_key text COLLATE "C" PRIMARY KEY
);

CREATE TABLE propositions (
  id text COLLATE "C" PRIMARY KEY,
  group_key text COLLATE "C" NOT NULL,
  kind text COLLATE "C" NOT NULL,
  measure text COLLATE "C" NOT NULL,
  side text COLLATE "C",
  place_name text COLLATE "C",
  place_key text COLLATE "C",
  place_id text COLLATE "C",
  status text COLLATE "C" NOT NULL,
  time_start text COLLATE "C",
  time_end text COLLATE "C",
  search_text text NOT NULL,
  body text NOT NULL
);
CREATE INDEX propositions_by_group ON propositions (group_key);
CREATE INDEX propositions_by_place ON propositions (place_key, status);
CREATE INDEX propositions_by_place_id ON propositions (place_id, status);
CREATE INDEX propositions_by_status ON propositions (status, kind);
CREATE INDEX propositions_by_kind ON propositions (kind, measure);
CREATE TABLE proposition_claims (
  proposition text COLLATE "C" NOT NULL REFERENCES propositions (id) ON DELETE CASCADE,
  claim text COLLATE "C" NOT NULL,
  PRIMARY KEY (proposition, claim)
);
CREATE INDEX proposition_claims_by_claim ON proposition_claims (claim);
`,
  },
  {
    // Human review (claims/review.ts), as SQLite's step 4: an append-only log, each claim's reviewed state in its row.
    version: 2,
    name: "review-events",
    sql: `
ALTER TABLE claims ADD COLUMN rejected integer NOT NULL DEFAULT 0;
ALTER TABLE claims ADD COLUMN machine text;
CREATE TABLE review_events (
  seq bigserial PRIMARY KEY,
  id text COLLATE "C" NOT NULL UNIQUE,
  claim text COLLATE "C" NOT NULL,
  action text NOT NULL,
  field text,
  before text NOT NULL,
  after text NOT NULL,
  reviewer text NOT NULL,
  at text NOT NULL,
  note text,
  undoes text
);
CREATE INDEX review_events_by_claim ON review_events (claim, seq);
`,
  },
  {
    // Track records (claims/settlement.ts), as SQLite's step 5: propositions settled true or false, append-only.
    version: 3,
    name: "settlement-events",
    sql: `
CREATE TABLE settlement_events (
  seq bigserial PRIMARY KEY,
  id text COLLATE "C" NOT NULL UNIQUE,
  proposition text COLLATE "C" NOT NULL,
  action text NOT NULL,
  holds integer,
  settled_from text,
  basis text,
  link text,
  claim text,
  figure double precision,
  reviewer text NOT NULL,
  at text NOT NULL,
  note text,
  undoes text
);
CREATE INDEX settlement_events_by_proposition ON settlement_events (proposition, seq);
`,
  },
];

export const PG_SCHEMA_VERSION = PG_MIGRATIONS.length;

/** Any number: all fogline processes migrating one database take the same transaction-scoped lock. */
const MIGRATION_LOCK = 0x666f676c;

/**
 * Refuses a database made by a newer fogline, or one whose tables belong to another program; else applies
 * the missing steps in one transaction, under an advisory lock so that two processes never both migrate.
 */
export async function migratePostgres(pool: Pool, where: string, now: () => Date, schema: string | null = null): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    // Under the lock: CREATE SCHEMA IF NOT EXISTS is not safe against a concurrent one.
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const current = await appliedVersion(client, where);
    for (const step of PG_MIGRATIONS.slice(current)) {
      await client.query(step.sql);
      await client.query("INSERT INTO schema_version (version, name, applied_at) VALUES ($1, $2, $3)",
        [step.version, step.name, now().toISOString()]);
    }
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

async function appliedVersion(client: PoolClient, where: string): Promise<number> {
  const found = await client.query<{ versions: string | null; documents: string | null }>(
    "SELECT to_regclass('schema_version')::text AS versions, to_regclass('documents')::text AS documents");
  const { versions, documents } = found.rows[0];
  if (versions === null) {
    if (documents !== null) {
      throw new FoglineError("store-not-fogline", `${where} is not a fogline database: it holds another program's tables`,
        "pass --db with another database, or ?schema=NAME to keep fogline's tables apart");
    }
    await client.query("CREATE TABLE schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)");
    return 0;
  }
  const { rows } = await client.query<{ v: number | null }>("SELECT max(version) AS v FROM schema_version");
  const version = rows[0].v ?? 0;
  if (version > PG_SCHEMA_VERSION) {
    throw new FoglineError("store-newer-schema",
      `${where} was made by a newer fogline (schema ${version} > ${PG_SCHEMA_VERSION}): upgrade fogline`,
      "install the latest fogline, or pass --db with another database");
  }
  return version;
}
