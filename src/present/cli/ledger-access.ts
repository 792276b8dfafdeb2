// Opening the ledger for a command, and reading a --place as the user typed it.
import { existsSync } from "node:fs";
import { FoglineError } from "../../claims/index.js";
import type { PlaceIndex } from "../../places/index.js";
import { defaultDbPath, isPostgresUrl, openStore, type LedgerStore, type OpenedStore } from "../../store/index.js";
import { editDistance, foldName } from "../../places/index.js";
import type { Io } from "./io.js";
import { assertLedgerPath } from "./path-checks.js";

/** The ledger at --db, else FOGLINE_DB, else ./fogline.db: a SQLite file, or a postgres:// URL. */
export async function openLedger(io: Io, db: string | undefined, mode: "read" | "write"): Promise<OpenedStore> {
  const path = defaultDbPath(io.env, db);
  assertLedgerPath(path, db !== undefined && db.trim() !== "" ? "--db" : io.env.FOGLINE_DB?.trim() ? "FOGLINE_DB" : "the ledger", mode);
  if (mode === "read" && path !== ":memory:" && !isPostgresUrl(path) && !existsSync(path)) {
    throw new FoglineError("no-ledger", `no ledger at ${path}`, "run `fogline ingest ARTICLES…` first, or pass --db / set FOGLINE_DB");
  }
  return openStore(path);
}

/** The canonical name of a place the ledger knows, from any spelling the gazetteer knows. */
export async function resolvePlaceOption(store: LedgerStore, places: PlaceIndex, typed: string | undefined): Promise<string | undefined> {
  if (typed === undefined) return undefined;
  const known = await store.places();
  const folded = foldName(typed);
  const direct = known.find((p) => foldName(p.name) === folded || p.id === typed);
  if (direct) return direct.id ?? direct.name;
  const record = places.resolve(typed);
  const viaGazetteer = record && known.find((p) => p.id === record.id || foldName(p.name) === foldName(record.name));
  if (viaGazetteer) return viaGazetteer.id ?? viaGazetteer.name;
  const suggestions = suggest(typed, known.map((p) => p.name));
  const hint = suggestions.length ? `did you mean ${suggestions.join(" or ")}?` : record ? `${record.name} has no claims in this ledger` : "no such place in the gazetteer";
  throw new FoglineError("unknown-place", `unknown place "${typed}"`, hint);
}

function suggest(typed: string, names: string[]): string[] {
  const t = foldName(typed);
  return names
    .map((n) => ({ n, d: editDistance(t, foldName(n)) }))
    .filter((x) => x.d <= Math.max(2, Math.floor(t.length / 3)))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((x) => x.n);
}

