// Opening the ledger for a command, and reading a --place as the user typed it.
import { existsSync } from "node:fs";
import { FoglineError } from "../../claims/index.js";
import type { PlaceIndex } from "../../places/index.js";
import { defaultDbPath, openSqliteStore, type LedgerStore } from "../../store/index.js";
import { foldName } from "../../places/index.js";
import type { Io } from "./io.js";

export function openLedger(io: Io, db: string | undefined, mode: "read" | "write"): LedgerStore {
  const path = defaultDbPath(io.env, db);
  if (mode === "read" && path !== ":memory:" && !existsSync(path)) {
    throw new FoglineError("no-ledger", `no ledger at ${path}`, "run `fogline ingest ARTICLES…` first, or pass --db / set FOGLINE_DB");
  }
  return openSqliteStore(path);
}

/** The canonical name of a place the ledger knows, from any spelling the gazetteer knows. */
export function resolvePlaceOption(store: LedgerStore, places: PlaceIndex, typed: string | undefined): string | undefined {
  if (typed === undefined) return undefined;
  const known = store.places();
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
    .map((n) => ({ n, d: distance(t, foldName(n)) }))
    .filter((x) => x.d <= Math.max(2, Math.floor(t.length / 3)))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((x) => x.n);
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]++;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}
