// fogline disputes [--place P | --place-id ID] and the listing options: each disputed proposition with its positions side
// by side, and the propositions that contradict it (e.g. "taken 1 December" against "fighting ongoing").
// The listing is the read layer's (ledger/dispute-list.ts), as the API's; this only formats it.
import { DISPUTES_PAGE, listDisputes, whenText, type Dispute } from "../../ledger/index.js";
import { loadPlaceIndex } from "../../places/index.js";
import { disputesToCsv, formatTable, formatPeriod } from "../export/index.js";
import type { Io } from "./io.js";
import { parse } from "./options.js";
import { LISTING_HELP, LISTING_OPTIONS, LISTING_SYNOPSIS, listingOptions, notePage, tableFit } from "./listing-options.js";
import { UsageError } from "./usage-error.js";
import { placeLabel } from "../../ledger/index.js";
import { openReadLedger, PLACE_HELP, PLACE_OPTIONS, resolvePlaceOption, sayNoClaims } from "./ledger-access.js";

export const DISPUTES_USAGE = `usage: fogline disputes [--place P | --place-id ID]
          ${LISTING_SYNOPSIS}

Disputed propositions: one source asserts what another denies, or their figures differ by more than
their wording allows; with the propositions that contradict them. ${DISPUTES_PAGE} at a time unless --limit.
--outlet and --speaker-side keep the disputes with such a primary source; every position is shown.
--status takes only disputed here; fogline claims --status lists the claims of the others.
${PLACE_HELP}
${LISTING_HELP}`;

const POSITION_WIDTHS = [48, 30, 11, 18, 34, 26];

export async function disputesCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, { ...PLACE_OPTIONS, ...LISTING_OPTIONS }, DISPUTES_USAGE);
  if (values.help) { io.out(DISPUTES_USAGE + "\n"); return 0; }
  const v = values as Record<string, string | undefined>;
  const listing = listingOptions(values, DISPUTES_USAGE, DISPUTES_PAGE);
  if (listing.status !== undefined && listing.status !== "disputed") {
    throw new UsageError(`disputes lists disputed propositions only; for ${listing.status} ones, use fogline claims --status ${listing.status}`, DISPUTES_USAGE);
  }
  const { format, limit, offset } = listing;
  const store = await openReadLedger(io, v.db, listing.asOf);
  try {
    const resolved = await resolvePlaceOption(store, loadPlaceIndex(), { name: v.place, id: v["place-id"] });
    if (sayNoClaims(io, resolved, format)) return 0;
    const place = resolved?.key;
    const page = await listDisputes(store, { place, outlet: listing.outlet, speakerSide: listing.speakerSide, limit, offset });
    if (format === "json") io.out(JSON.stringify(page, null, 1) + "\n");
    else if (format === "csv") io.out(disputesToCsv(page.items));
    else if (format === "jsonl") for (const d of page.items) io.out(JSON.stringify(d) + "\n");
    else if (!page.items.length) {
      const filtered = listing.outlet !== undefined || listing.speakerSide !== undefined;
      io.out(page.total ? `no disputes past the first ${page.total}\n` : filtered ? "no disputes match\n" : resolved ? `no disputes at ${placeLabel(resolved)}\n` : "no disputes in the ledger\n");
    } else for (const d of page.items) io.out(renderDispute(d, io, listing.wide) + "\n");
    notePage(io, { shown: page.items.length, offset, total: page.total }, "disputes");
    return 0;
  } finally {
    await store.close();
  }
}

function renderDispute(d: Dispute, io: Io, wide: boolean): string {
  const p = d.proposition;
  const rows = [["position", "source", "side", "when", "reported by", "hedges"]];
  for (const x of d.positions.flatMap((g) => g.sources)) {
    rows.push([x.says, x.source, x.side ?? "", whenText(x.when), x.outlets.join(", "), x.hedges.join(", ")]);
  }
  const title = `${p.title} — ${p.status}${p.time ? ` (${formatPeriod(p.time)})` : ""}`;
  const one = `${title}   [${p.id}]`;
  // On a terminal a heading too long for it puts its id on the next line, and shortens what is left.
  const fit = io.columns !== undefined && !wide && [...one].length > io.columns;
  const head = !fit ? one : `${[...title].length > io.columns! ? [...title].slice(0, io.columns! - 1).join("") + "…" : title}\n[${p.id}]`;
  return `${head}\n${formatTable(rows, tableFit(io, wide, POSITION_WIDTHS))}\n`;
}
