// fogline changes --since DAY [--place P | --place-id ID] [--format table|json|jsonl|atom]: what changed in
// the ledger from that day on (history/ledger-changes.ts), newest first.
import { listChanges, type LedgerChange } from "../../history/index.js";
import { loadPlaceIndex } from "../../places/index.js";
import { createReconciler } from "../../reconcile/index.js";
import { changesToAtom, formatTable } from "../export/index.js";
import type { Io } from "./io.js";
import { oneOf, parse } from "./options.js";
import { asOfOption, openLedger, PLACE_HELP, PLACE_OPTIONS, resolvePlaceOption, sayNoClaims } from "./ledger-access.js";
import { placeLabel } from "../../ledger/index.js";
import { tableFit } from "./listing-options.js";
import { UsageError } from "./usage-error.js";

export const CHANGES_USAGE = `usage: fogline changes --since YYYY-MM-DD [--place P | --place-id ID] [--format table|json|jsonl|atom]
          [--public-url URL] [--db FILE]

What changed in the ledger from the day given on, newest first, found by comparing the ledger as it
stood day by day over the articles' publication days: new propositions, status changes (single source
→ disputed), new contradictions and new figure highs. --place follows one place. ${PLACE_HELP}
--format atom writes an Atom 1.0 feed; --public-url is the site its links point to (default http://127.0.0.1:8080/).`;

const FORMATS = ["table", "json", "jsonl", "atom"] as const;

export async function changesCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, { ...PLACE_OPTIONS, since: { type: "string" }, format: { type: "string" }, "public-url": { type: "string" }, db: { type: "string" } }, CHANGES_USAGE);
  if (values.help) { io.out(CHANGES_USAGE + "\n"); return 0; }
  const v = values as Record<string, string | undefined>;
  if (v.since === undefined) throw new UsageError("since when? e.g. --since 2025-11-30", CHANGES_USAGE);
  const since = asOfOption({ "as-of": v.since }, CHANGES_USAGE)!.day;
  const format = oneOf("format", v.format, FORMATS, CHANGES_USAGE) ?? "table";
  const publicUrl = publicUrlOf(v["public-url"]);
  const store = await openLedger(io, v.db, "read");
  try {
    const places = loadPlaceIndex();
    const resolved = await resolvePlaceOption(store, places, { name: v.place, id: v["place-id"] });
    if (sayNoClaims(io, resolved, format)) return 0;
    const changes = await listChanges(store, { since, place: resolved?.key, reconciler: createReconciler(), places });
    if (format === "json") io.out(JSON.stringify({ since, total: changes.length, items: changes }, null, 1) + "\n");
    else if (format === "jsonl") for (const c of changes) io.out(JSON.stringify(c) + "\n");
    else if (format === "atom") {
      const query = new URLSearchParams({ since, ...(resolved && { place: resolved.key }) });
      io.out(changesToAtom(changes, { publicUrl, selfUrl: `${publicUrl}api/changes.atom?${query}`, since, placeName: resolved ? placeLabel(resolved) : undefined }));
    } else if (!changes.length) io.out(`no changes since ${since}${resolved ? ` at ${placeLabel(resolved)}` : ""}\n`);
    else io.out(formatTable([["day", "change", "what", "proposition"], ...changes.map(row)], tableFit(io, false, [10, 17, 90, 15])) + "\n");
    return 0;
  } finally {
    await store.close();
  }
}

const row = (c: LedgerChange): string[] => [c.day, c.type, c.title, c.proposition.id];

function publicUrlOf(value: string | undefined): string {
  if (value === undefined) return "http://127.0.0.1:8080/";
  let url: URL | null = null;
  try { url = new URL(value); } catch { /* below */ }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || url.search || url.hash) {
    throw new UsageError(`bad --public-url "${value}": use the site's address, e.g. https://ledger.example.org/`, CHANGES_USAGE);
  }
  return url.href.endsWith("/") ? url.href : url.href + "/";
}
