// Opening the ledger for a command, and reading a --place as the user typed it.
import { existsSync } from "node:fs";
import { FoglineError } from "../../claims/index.js";
import type { PlaceIndex } from "../../places/index.js";
import { defaultDbPath, isPostgresUrl, openStore, type LedgerStore, type OpenedStore } from "../../store/index.js";
import { candidatesText, lookupPlace, noClaimsText, type PlaceQuery, type ResolvedPlace } from "../../ledger/index.js";
import { printable } from "../export/printable.js";
import type { Io } from "./io.js";
import { assertLedgerPath } from "./path-checks.js";

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
