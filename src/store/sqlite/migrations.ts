// The schema, as an ordered list of steps. PRAGMA user_version is the number of steps applied; the
// migrations table keeps when each ran. Never edit a released step: append a new one.
import { FoglineError } from "../../claims/index.js";
import type { Database } from "./driver.js";

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** 'fogl' in ASCII: marks a file as a fogline store (PRAGMA application_id). */
export const APPLICATION_ID = 0x666f676c;

/** The same in both engines (pg-migrations.ts): plain types, JSON as text. */
export const REVIEW_EVENTS_SQL = `
-- Rejected claims stay (listable, their log kept) but are left out of reconciliation and listings.
ALTER TABLE claims ADD COLUMN rejected INTEGER NOT NULL DEFAULT 0;
-- NULL: never reviewed (body is the machine's reading); 'null': a claim a person added; else the machine's claim as JSON.
ALTER TABLE claims ADD COLUMN machine TEXT;
CREATE TABLE review_events (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  claim TEXT NOT NULL,
  action TEXT NOT NULL,
  field TEXT,
  before TEXT NOT NULL,
  after TEXT NOT NULL,
  reviewer TEXT NOT NULL,
  at TEXT NOT NULL,
  note TEXT,
  undoes TEXT
);
CREATE INDEX review_events_by_claim ON review_events(claim, seq);
`;

/** Settling propositions (claims/settlement.ts): an append-only log, the same columns in both engines. */
export const SETTLEMENT_EVENTS_SQL = `
CREATE TABLE settlement_events (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  proposition TEXT NOT NULL,
  action TEXT NOT NULL,
  holds INTEGER,
  settled_from TEXT,
  basis TEXT,
  link TEXT,
  claim TEXT,
  figure REAL,
  reviewer TEXT NOT NULL,
  at TEXT NOT NULL,
  note TEXT,
  undoes TEXT
);
CREATE INDEX settlement_events_by_proposition ON settlement_events(proposition, seq);
`;

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "documents-claims-propositions",
    sql: `
CREATE TABLE migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
);

-- One row per article, or per part of a document read in parts (same id, another part_offset).
CREATE TABLE documents (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  part_offset INTEGER NOT NULL DEFAULT 0,
  outlet TEXT,
  title TEXT,
  published TEXT,
  url TEXT,
  origin TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  text TEXT NOT NULL,
  claim_count INTEGER NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_by_id ON documents(id, part_offset);

-- Indexed columns for the filters; body holds the rest of the claim as JSON (evidence text apart).
-- place_key and source_key are the names case-folded; time_start/time_end fall back on each other.
CREATE TABLE claims (
  seq INTEGER PRIMARY KEY,
  document INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  id TEXT NOT NULL,
  doc TEXT NOT NULL,
  kind TEXT NOT NULL,
  measure TEXT NOT NULL,
  side TEXT,
  place_name TEXT,
  place_key TEXT,
  place_id TEXT,
  source_name TEXT,
  source_key TEXT,
  time_start TEXT,
  time_end TEXT,
  polarity TEXT NOT NULL,
  group_key TEXT NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence_text TEXT NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX claims_by_document ON claims(document);
CREATE INDEX claims_by_id ON claims(id);
CREATE INDEX claims_by_doc ON claims(doc, evidence_start);
-- By place id through the places table (claim-query.ts): one place index fewer to write per claim.
CREATE INDEX claims_by_place ON claims(place_key, time_start);
-- The default order (claim-query.ts CLAIM_ORDER): timed claims first, by time, doc, evidence start. Filters
-- that match many claims carry it too, so that a page of them is read in order without sorting them all.
-- No index on side alone: with two values, reading this order and skipping the other side is as fast.
CREATE INDEX claims_by_time ON claims(time_start IS NULL, time_start, doc, evidence_start);
CREATE INDEX claims_by_kind ON claims(kind, time_start IS NULL, time_start, doc, evidence_start);
CREATE INDEX claims_by_source ON claims(source_key, time_start IS NULL, time_start, doc, evidence_start);
CREATE INDEX claims_by_time_end ON claims(time_end);
-- Claims whose period spans more than one date: the few a "from" query must add to the time index's order.
CREATE INDEX claims_spanning ON claims(time_end) WHERE time_start <> time_end;
CREATE INDEX claims_by_group ON claims(group_key);

CREATE VIRTUAL TABLE claim_fts USING fts5(
  evidence_text, content='claims', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
  INSERT INTO claim_fts(rowid, evidence_text) VALUES (new.seq, new.evidence_text);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
  INSERT INTO claim_fts(claim_fts, rowid, evidence_text) VALUES ('delete', old.seq, old.evidence_text);
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF evidence_text ON claims BEGIN
  INSERT INTO claim_fts(claim_fts, rowid, evidence_text) VALUES ('delete', old.seq, old.evidence_text);
  INSERT INTO claim_fts(rowid, evidence_text) VALUES (new.seq, new.evidence_text);
END;

-- Small tables kept up to date on ingest so that places() and the source filter never scan claims.
CREATE TABLE places (
  place_key TEXT NOT NULL,
  place_id TEXT NOT NULL,
  name TEXT NOT NULL,
  lat REAL,
  lon REAL,
  claims INTEGER NOT NULL,
  PRIMARY KEY (place_key, place_id)
) WITHOUT ROWID;
CREATE INDEX places_by_id ON places(place_id);
CREATE TABLE sources (
  source_key TEXT PRIMARY KEY
) WITHOUT ROWID;

CREATE TABLE propositions (
  id TEXT PRIMARY KEY,
  group_key TEXT NOT NULL,
  kind TEXT NOT NULL,
  measure TEXT NOT NULL,
  side TEXT,
  place_name TEXT,
  place_key TEXT,
  place_id TEXT,
  status TEXT NOT NULL,
  time_start TEXT,
  time_end TEXT,
  search_text TEXT NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX propositions_by_group ON propositions(group_key);
CREATE INDEX propositions_by_place ON propositions(place_key, status);
CREATE INDEX propositions_by_place_id ON propositions(place_id, status);
CREATE INDEX propositions_by_status ON propositions(status, kind);
CREATE INDEX propositions_by_kind ON propositions(kind, measure);
CREATE TABLE proposition_claims (
  proposition TEXT NOT NULL REFERENCES propositions(id) ON DELETE CASCADE,
  claim TEXT NOT NULL,
  PRIMARY KEY (proposition, claim)
) WITHOUT ROWID;
CREATE INDEX proposition_claims_by_claim ON proposition_claims(claim);
`,
  },
  {
    // A page of a place's claims is read in order from this index instead of sorting every match
    // (bench/query.mjs: 1.2 s -> under 1 ms for a place with 250,000 claims).
    version: 2,
    name: "claims-by-place-in-order",
    sql: `
DROP INDEX claims_by_place;
CREATE INDEX claims_by_place_in_order ON claims(place_key, time_start IS NULL, time_start, doc, evidence_start);
`,
  },
  {
    // A place's claims of one kind (its timeline, its casualty figures) without scanning the place's others.
    version: 3,
    name: "claims-by-place-and-kind",
    sql: `
CREATE INDEX claims_by_place_and_kind ON claims(place_key, kind, time_start IS NULL, time_start, doc, evidence_start);
`,
  },
  {
    // Human review (claims/review.ts): an append-only log, and each claim's reviewed state in its row.
    version: 4,
    name: "review-events",
    sql: REVIEW_EVENTS_SQL,
  },
  {
    // Track records (claims/settlement.ts): propositions settled true or false, append-only.
    version: 5,
    name: "settlement-events",
    sql: SETTLEMENT_EVENTS_SQL,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export const schemaVersionOf = (db: Database): number => db.pragma("user_version", { simple: true }) as number;

/**
 * Refuses a file made by a newer fogline, else applies the missing steps. The version is read again
 * inside the write transaction, so two processes opening a new file at once do not both migrate it.
 */
export function migrate(db: Database, path: string, now: () => Date): void {
  assertNotNewer(schemaVersionOf(db), path);
  if (schemaVersionOf(db) === SCHEMA_VERSION) return;
  db.transaction(() => {
    const current = schemaVersionOf(db);
    assertNotNewer(current, path);
    for (const step of MIGRATIONS.slice(current)) {
      db.exec(step.sql);
      db.prepare("INSERT INTO migrations(version, name, applied_at) VALUES (?, ?, ?)")
        .run(step.version, step.name, now().toISOString());
      db.pragma(`user_version = ${step.version}`);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
  }).immediate();
}

export function assertNotNewer(version: number, path: string): void {
  if (version > SCHEMA_VERSION) {
    throw new FoglineError("store-newer-schema",
      `${path} was made by a newer fogline (schema ${version} > ${SCHEMA_VERSION}): upgrade fogline`,
      "install the latest fogline, or pass --db with another file");
  }
}
