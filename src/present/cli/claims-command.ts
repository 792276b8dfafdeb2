// fogline claims [--place P | --place-id ID] [--kind K] [--side S] [--source NAME] [--from D] [--to D] [--search TEXT] and the
// listing options (listing-options.ts): every filter is the store's, so a page is read, not the whole ledger.
import { claimsToCsv, formatTable } from "../export/index.js";
import { loadPlaceIndex } from "../../places/index.js";
import type { Io } from "./io.js";
import { dateOption, kindOption, parse, sideOption } from "./options.js";
import { LISTING_HELP, LISTING_OPTIONS, LISTING_SYNOPSIS, listingOptions, notePage, tableFit } from "./listing-options.js";
import { openReadLedger, PLACE_HELP, PLACE_OPTIONS, resolvePlaceOption, sayNoClaims } from "./ledger-access.js";
import { CLAIM_HEADER, CLAIM_WIDTHS, claimRow } from "./claim-table.js";

/** Claims on one page unless --limit says otherwise. */
export const CLAIMS_PAGE = 10_000;

export const CLAIMS_USAGE = `usage: fogline claims [--place P | --place-id ID] [--kind K] [--side RU|UA] [--source NAME] [--from DATE] [--to DATE] [--search TEXT]
          [--with-rejected] ${LISTING_SYNOPSIS}

Lists stored claims. Dates are YYYY, YYYY-MM or YYYY-MM-DD; kinds: casualties, forces, control,
event, population, distance, area. ${PLACE_HELP}
--side is whose losses, forces or control a claim is about; --speaker-side is who says it; --status
is the status of the proposition the claim belongs to; --with-rejected also lists claims a reviewer rejected. ${CLAIMS_PAGE.toLocaleString("en-US")} claims at a time unless --limit.
${LISTING_HELP}`;

export async function claimsCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, {
    ...PLACE_OPTIONS, kind: { type: "string" }, side: { type: "string" }, source: { type: "string" },
    from: { type: "string" }, to: { type: "string" }, search: { type: "string" }, "with-rejected": { type: "boolean" }, ...LISTING_OPTIONS,
  }, CLAIMS_USAGE);
  if (values.help) { io.out(CLAIMS_USAGE + "\n"); return 0; }
  const v = values as Record<string, string | undefined>;
  const listing = listingOptions(values, CLAIMS_USAGE, CLAIMS_PAGE);
  const filter = {
    kind: kindOption(v.kind, CLAIMS_USAGE), side: sideOption(v.side, CLAIMS_USAGE), source: v.source,
    from: dateOption("from", v.from, CLAIMS_USAGE), to: dateOption("to", v.to, CLAIMS_USAGE), search: v.search,
    outlet: listing.outlet, speakerSide: listing.speakerSide, status: listing.status,
    ...(values["with-rejected"] ? { withRejected: true } : {}),
  };
  const { format, limit, offset } = listing;
  const store = await openReadLedger(io, v.db, listing.asOf);
  try {
    const resolved = await resolvePlaceOption(store, loadPlaceIndex(), { name: v.place, id: v["place-id"] });
    if (sayNoClaims(io, resolved, format)) return 0;
    const place = resolved?.key;
    const claims = await store.claims({ ...filter, place, limit, offset });
    // Counted only when the page may have left rows out.
    const total = claims.length === limit || offset > 0 ? await store.countClaims({ ...filter, place }) : claims.length;
    if (format === "json") io.out(JSON.stringify({ total, limit, offset, items: claims }, null, 1) + "\n");
    else if (format === "jsonl") for (const c of claims) io.out(JSON.stringify(c) + "\n");
    else if (format === "csv") {
      const outlets = await store.outlets([...new Set(claims.map((c) => c.doc))]);
      io.out(claimsToCsv(claims, (doc) => outlets.get(doc) ?? null));
    } else if (!claims.length) io.out(total ? `no claims past the first ${total.toLocaleString("en-US")}\n` : "no claims match\n");
    else io.out(formatTable([CLAIM_HEADER, ...claims.map(claimRow)], tableFit(io, listing.wide, CLAIM_WIDTHS)) + "\n");
    notePage(io, { shown: claims.length, offset, total }, "claims");
    return 0;
  } finally {
    await store.close();
  }
}
