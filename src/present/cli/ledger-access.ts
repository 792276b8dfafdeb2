// Opening the ledger for a command, and reading a --place as the user typed it.
import { existsSync } from "node:fs";
import { FoglineError } from "../../claims/index.js";
import type { PlaceIndex } from "../../places/index.js";
import { defaultDbPath, isPostgresUrl, openStore, type LedgerStore, type OpenedStore } from "../../store/index.js";
import { candidatesText, lookupPlace, noClaimsText, type PlaceQuery, type ResolvedPlace } from "../../ledger/index.js";
import { printable } from "../export/printable.js";
import type { Io } from "./io.js";
import { assertLedgerPath } from "./path-checks.js";
import { openAsOf, parseAsOf, type AsOf } from "../../history/index.js";
import { loadPlaceIndex } from "../../places/index.js";
import { createReconciler } from "../../reconcile/index.js";
import { UsageError } from "./usage-error.js";

/** The ledger at --db, else FOGLINE_DB, else ./fogline.db: a SQLite file, or a postgres:// URL. */
export async function openLedger(io: Io, db: string | undefined, mode: "read" | "write"): Promise<OpenedStore> {
  const path = defaultDbPath(io.env, db);
  assertLedgerPath(path, db !== undefined && db.trim() !== "" ? "--db" : io.env.FOGLINE_DB?.trim() ? "FOGLINE_DB" : "the ledger", mode);
  if (mode === "read" && path !== ":memory:" && !isPostgresUrl(path) && !existsSync(path)) {
    throw new FoglineError("no-ledger", `no ledger at ${path}`, "run `fogline ingest ARTICLES…` first, or pass --db / set FOGLINE_DB");
  }
  // Commands that write check the file's integrity first (quick_check); reads refuse damage when they meet it.
  return openStore(path, { integrityCheck: mode === "write" });
}

export const AS_OF_OPTIONS = { "as-of": { type: "string" }, "as-of-ingested": { type: "boolean" } } as const;
export const AS_OF_SYNOPSIS = "[--as-of YYYY-MM-DD [--as-of-ingested]]";
export const AS_OF_HELP = `--as-of DAY shows the ledger as it stood on that day: only the articles published by then, statuses
reconciled from their claims alone; --as-of-ingested counts the articles stored by then instead.`;

/** --as-of and --as-of-ingested, checked before the ledger is opened. */
export function asOfOption(values: Record<string, string | boolean | undefined>, usage: string): AsOf | undefined {
  const day = values["as-of"];
  if (day === undefined) {
    if (values["as-of-ingested"]) throw new UsageError("--as-of-ingested goes with --as-of DAY", usage);
    return undefined;
  }
  if (typeof day !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(day.trim())) throw new UsageError(`bad --as-of "${String(day)}": use a calendar day YYYY-MM-DD (e.g. 2025-11-30)`, usage);
  try {
    return parseAsOf(day, Boolean(values["as-of-ingested"]));
  } catch {
    throw new UsageError(`bad --as-of "${day}": no such day; use a calendar day YYYY-MM-DD (e.g. 2025-11-30)`, usage);
  }
}

/** The ledger for a read command: as it stands, or as it stood on the --as-of day (read-only). */
export async function openReadLedger(io: Io, db: string | undefined, asOf: AsOf | undefined): Promise<LedgerStore> {
  const store = await openLedger(io, db, "read");
  return asOf ? openAsOf(store, { asOf, reconciler: createReconciler(), places: loadPlaceIndex() }) : store;
}

export const PLACE_OPTIONS = { place: { type: "string" }, "place-id": { type: "string" } } as const;
export const PLACE_HELP = `--place is any spelling the gazetteer knows (former names, transliterations, Cyrillic in any case
form, any letter case); a name of several places lists them, and --place-id ID picks one.`;

/**
 * --place / --place-id through the ledger's one lookup (ledger/place-lookup.ts). An ambiguous or unknown
 * name is an error listing the candidates or close names; a known place without claims is returned
 * with claims 0, for sayNoClaims.
 */
export async function resolvePlaceOption(store: LedgerStore, places: PlaceIndex, query: PlaceQuery): Promise<ResolvedPlace | undefined> {
  if (query.name === undefined && query.id === undefined) return undefined;
  const lookup = lookupPlace(query, await store.places(), places);
  if (lookup.status === "found") return lookup.place;
  if (lookup.status === "ambiguous") {
    throw new FoglineError("ambiguous-place", `"${lookup.typed}" names ${lookup.candidates.length} places`, `pick one with --place-id: ${candidatesText(lookup.candidates)}`);
  }
  const hint = lookup.suggestions.length ? `did you mean ${lookup.suggestions.join(" or ")}?` : "no such place in the gazetteer or the ledger";
  throw new FoglineError("unknown-place", `unknown place "${lookup.typed}"`, hint);
}

/** A known place with no claims says so in one line: the whole answer of a table, a note on stderr beside json/jsonl/csv. */
export function sayNoClaims(io: Io, place: ResolvedPlace | undefined, format: string): boolean {
  if (!place || place.claims > 0) return false;
  if (format === "table") io.out(printable(noClaimsText(place)) + "\n");
  else io.err(printable(noClaimsText(place)) + "\n");
  return format === "table";
}
