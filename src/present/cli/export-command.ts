// fogline export csv|claimreview|geojson|claims-geojson [--out FILE] [--bom] [--public-url URL] [--db FILE]:
// the ledger in a format another tool reads. Each format is read from src/ledger/ and laid out by
// present/export/, the same as the HTTP exports.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FoglineError } from "../../claims/index.js";
import { mapPlaces, readClaimRecords, readGold, readReviews, summarisePlaces } from "../../ledger/index.js";
import type { LedgerStore } from "../../store/ledger-store.js";
import { claimRecordsToCsv, claimRecordsToGeoJson, placesToGeoJson, reviewsToJsonLd } from "../export/index.js";
import type { Io } from "./io.js";
import { AS_OF_HELP, AS_OF_OPTIONS, AS_OF_SYNOPSIS, asOfOption, openReadLedger } from "./ledger-access.js";
import { oneOf, parse } from "./options.js";
import { UsageError } from "./usage-error.js";
import { printable } from "../export/printable.js";

export const EXPORT_USAGE = `usage: fogline export csv|claimreview|geojson|claims-geojson|gold [--out FILE] [--bom] [--public-url URL] [--docs DIR] [--db FILE]
          ${AS_OF_SYNOPSIS}

  csv             every claim, one row each (ACLED-style columns: proposition id and status, event date and
                  time precision, location, admin1, latitude/longitude, geo precision, outlet, URL, title,
                  publication date, language, evidence); RFC 4180. --bom for spreadsheet programs
  claimreview     every proposition as schema.org ClaimReview JSON-LD (one @graph); --public-url gives the
                  site's address, so each review links to its proposition page there
  geojson         one point per place, with the status and date of the control proposition that speaks for it
  claims-geojson  one point per claim with coordinates, with its dates, for a GIS's time controls
  gold            the reviewed articles' claims in the gold format of shared/eval/score.mjs: accepted, corrected
                  and added ones required, the rest optional, rejected ones left out; --docs DIR also writes
                  each article's text there as DOC.txt, for the scorer's --docs

Writes to standard output, or to --out FILE. ${AS_OF_HELP}`;

const FORMATS = ["csv", "claimreview", "geojson", "claims-geojson", "gold"] as const;
type Format = (typeof FORMATS)[number];

/** Usage errors in one line (message and where to look), exit 2, as main.ts treats a FoglineError "usage". */
export async function exportCommand(args: string[], io: Io): Promise<number> {
  try {
    return await runExport(args, io);
  } catch (e) {
    if (e instanceof UsageError) throw new FoglineError("usage", e.message, "see fogline export --help");
    throw e;
  }
}

async function runExport(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: "string" }, bom: { type: "boolean" }, "public-url": { type: "string" }, db: { type: "string" }, docs: { type: "string" }, ...AS_OF_OPTIONS,
  }, EXPORT_USAGE);
  if (values.help) { io.out(EXPORT_USAGE + "\n"); return 0; }
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `one format only, got ${positionals.join(" ")}` : `which format? use one of ${FORMATS.join(", ")}`, EXPORT_USAGE);
  const format = oneOf("format", positionals[0], FORMATS, EXPORT_USAGE)!;
  const v = values as Record<string, string | boolean | undefined>;
  if (v.bom && format !== "csv") throw new UsageError("--bom is for csv only", EXPORT_USAGE);
  const publicUrl = publicUrlOption(v["public-url"] as string | undefined, format);
  const out = v.out as string | undefined;
  if (out === "") throw new UsageError("--out needs a file name", EXPORT_USAGE);
  const docs = v.docs as string | undefined;
  if (docs !== undefined && format !== "gold") throw new UsageError("--docs is for gold only", EXPORT_USAGE);
  if (docs === "") throw new UsageError("--docs needs a folder name", EXPORT_USAGE);
  const asOf = asOfOption(v, EXPORT_USAGE);
  const store = await openReadLedger(io, v.db as string | undefined, asOf);
  try {
    const { text, note } = await render(store, format, { bom: Boolean(v.bom), publicUrl, docs });
    if (out) {
      write(out, text);
      io.err(`wrote ${printable(out)} (${note})\n`);
    } else io.out(text);
    return 0;
  } finally {
    await store.close();
  }
}

async function render(store: LedgerStore, format: Format, o: { bom: boolean; publicUrl?: string; docs?: string }): Promise<{ text: string; note: string }> {
  if (format === "gold") {
    const { gold, texts } = await readGold(store);
    if (o.docs) writeTexts(o.docs, texts);
    return { text: JSON.stringify(gold, null, 1) + "\n", note: `${gold.claims.filter((c) => !c.optional).length} reviewed claims (and ${gold.claims.filter((c) => c.optional).length} not yet reviewed, optional) in ${Object.keys(gold.documents).length} articles` };
  }
  if (format === "csv") {
    const records = await readClaimRecords(store);
    return { text: claimRecordsToCsv(records, { bom: o.bom }), note: `${records.length} claims` };
  }
  if (format === "claims-geojson") {
    const { collection, withoutCoordinates } = claimRecordsToGeoJson(await readClaimRecords(store));
    return { text: JSON.stringify(collection) + "\n", note: `${collection.features.length} claims; ${withoutCoordinates} without coordinates left out` };
  }
  if (format === "geojson") {
    const collection = placesToGeoJson(mapPlaces(await summarisePlaces(store)));
    return { text: JSON.stringify(collection) + "\n", note: `${collection.features.length} places` };
  }
  const reviews = await readReviews(store);
  return { text: JSON.stringify(reviewsToJsonLd(reviews, { publicUrl: o.publicUrl }), null, 1) + "\n", note: `${reviews.length} propositions` };
}

function publicUrlOption(value: string | undefined, format: Format): string | undefined {
  if (value === undefined) return undefined;
  if (format !== "claimreview") throw new UsageError("--public-url is for claimreview only", EXPORT_USAGE);
  let url: URL | null = null;
  try { url = new URL(value); } catch { /* reported below */ }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || url.search || url.hash || url.username) {
    throw new UsageError(`bad --public-url "${value}": use the site's address, e.g. https://ledger.example.org/`, EXPORT_USAGE);
  }
  return url.href;
}

/** Each gold document's text as DIR/<doc>.txt, the names score.mjs looks for. */
function writeTexts(dir: string, texts: Map<string, string>): void {
  try {
    mkdirSync(dir, { recursive: true });
    for (const [doc, text] of texts) writeFileSync(join(dir, `${doc.replace(/[\\/]/g, "_")}.txt`), text);
  } catch (e) {
    throw new UsageError(`cannot write --docs ${dir}: ${(e as Error).message}`, EXPORT_USAGE);
  }
}

/** A file the user named: a missing folder or a refused write is their command line's to fix. */
function write(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such folder" : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "it is a folder" : (e as Error).message;
    throw new UsageError(`cannot write --out ${path}: ${why}`, EXPORT_USAGE);
  }
}
