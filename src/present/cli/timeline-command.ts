// fogline timeline PLACE and the listing options: control, contested and flag claims about one place, in
// the read layer's order (ledger/control-timeline.ts), narrowed by the store.
import { loadPlaceIndex } from "../../places/index.js";
import { controlTimeline, placeLabel } from "../../ledger/index.js";
import { formatTable, formatDate, timelineToCsv } from "../export/index.js";
import { describeClaimFigure } from "../../reconcile/index.js";
import type { Io } from "./io.js";
import { parse } from "./options.js";
import { LISTING_HELP, LISTING_OPTIONS, LISTING_SYNOPSIS, listingOptions, notePage, tableFit } from "./listing-options.js";
import { UsageError } from "./usage-error.js";
import { openReadLedger, PLACE_HELP, PLACE_OPTIONS, resolvePlaceOption, sayNoClaims } from "./ledger-access.js";

export const TIMELINE_USAGE = `usage: fogline timeline PLACE | --place-id ID
          ${LISTING_SYNOPSIS}

Claims of control, fighting and flags about PLACE, oldest first
(undated last), in the same order as the API's /api/places/PLACE/timeline and the report. Every
entry unless --limit; --status is the status of the proposition each claim belongs to.
${PLACE_HELP.replace("--place is", "PLACE is")}
${LISTING_HELP}`;

const ENTRY_WIDTHS = [17, 26, 4, 28, 11, 26, 70];

export async function timelineCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { "place-id": PLACE_OPTIONS["place-id"], ...LISTING_OPTIONS }, TIMELINE_USAGE);
  if (values.help) { io.out(TIMELINE_USAGE + "\n"); return 0; }
  const v = values as Record<string, string | undefined>;
  if (positionals.length > 1 || (positionals.length === 0 && v["place-id"] === undefined)) throw new UsageError(positionals.length ? "give one place" : "which place? e.g. fogline timeline Pokrovsk", TIMELINE_USAGE);
  const listing = listingOptions(values, TIMELINE_USAGE, Number.MAX_SAFE_INTEGER);
  const { format, offset } = listing;
  const store = await openReadLedger(io, v.db, listing.asOf);
  try {
    const resolved = (await resolvePlaceOption(store, loadPlaceIndex(), { name: positionals[0], id: v["place-id"] }))!;
    if (sayNoClaims(io, resolved, format)) return 0;
    const place = resolved.key;
    const all = await controlTimeline(store, place, undefined, { outlet: listing.outlet, speakerSide: listing.speakerSide, status: listing.status });
    const limit = v.limit === undefined ? all.length : listing.limit;
    const entries = all.slice(offset, offset + limit);
    if (format === "json") io.out(JSON.stringify({ total: all.length, limit, offset, items: entries }, null, 1) + "\n");
    else if (format === "csv") io.out(timelineToCsv(entries));
    else if (format === "jsonl") for (const e of entries) io.out(JSON.stringify(e) + "\n");
    else if (!entries.length) {
      const filtered = listing.outlet !== undefined || listing.speakerSide !== undefined || listing.status !== undefined;
      io.out(all.length ? `no entries past the first ${all.length}\n` : filtered ? "no timeline entries match\n" : `no control or flag claims about ${placeLabel(resolved)}\n`);
    }
    else {
      const rows = [["date", "claim", "side", "source", "stance", "outlet", "evidence"]];
      for (const e of entries) {
        const c = e.claim;
        const figure = c.value !== null ? ` (${describeClaimFigure(c)})` : "";
        rows.push([e.date ? formatDate(e.date) : "undated", `${c.kind}/${c.measure}${figure}`, e.side ?? "", e.source ?? "", e.stance, e.outlet ?? "", c.evidence.text]);
      }
      io.out(formatTable(rows, tableFit(io, listing.wide, ENTRY_WIDTHS)) + "\n");
    }
    notePage(io, { shown: entries.length, offset, total: all.length }, "entries");
    return 0;
  } finally {
    await store.close();
  }
}
