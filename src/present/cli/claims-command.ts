// fogline claims [--place P] [--kind K] [--side S] [--source NAME] [--from D] [--to D] [--search TEXT] [--format table|json|jsonl|csv]
import { claimsToCsv } from "../export/index.js";
import { loadPlaceIndex } from "../../places/index.js";
import type { Io } from "./io.js";
import { dateOption, kindOption, oneOf, parse, positiveInt, sideOption } from "./options.js";
import { openLedger, resolvePlaceOption } from "./ledger-access.js";
import { claimTable } from "./claim-table.js";

export const CLAIMS_USAGE = `usage: fogline claims [--place P] [--kind K] [--side RU|UA] [--source NAME] [--from DATE] [--to DATE]
                     [--search TEXT] [--limit N] [--format table|json|jsonl|csv] [--db FILE]

Lists stored claims. Dates are YYYY, YYYY-MM or YYYY-MM-DD; kinds: casualties, forces, control,
event, population, distance, area. A place may be given in any spelling the gazetteer knows.`;

export async function claimsCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, {
    place: { type: "string" }, kind: { type: "string" }, side: { type: "string" }, source: { type: "string" },
    from: { type: "string" }, to: { type: "string" }, search: { type: "string" }, limit: { type: "string" },
    format: { type: "string" }, db: { type: "string" },
  }, CLAIMS_USAGE);
  if (values.help) { io.out(CLAIMS_USAGE + "\n"); return 0; }
  const v = values as Record<string, string | undefined>;
  const filter = {
    kind: kindOption(v.kind, CLAIMS_USAGE), side: sideOption(v.side, CLAIMS_USAGE), source: v.source,
    from: dateOption("from", v.from, CLAIMS_USAGE), to: dateOption("to", v.to, CLAIMS_USAGE), search: v.search,
    limit: positiveInt("limit", v.limit, CLAIMS_USAGE) ?? 10_000,
  };
  const format = oneOf("format", v.format, ["table", "json", "jsonl", "csv"] as const, CLAIMS_USAGE) ?? "table";
  const store = await openLedger(io, v.db, "read");
  try {
    const place = v.place === undefined ? undefined : await resolvePlaceOption(store, loadPlaceIndex(), v.place);
    const claims = await store.claims({ ...filter, place });
    if (format === "json") {
      const total = await store.countClaims({ ...filter, place, limit: undefined });
      io.out(JSON.stringify({ total, limit: filter.limit, offset: 0, items: claims }, null, 1) + "\n");
    } else if (format === "jsonl") for (const c of claims) io.out(JSON.stringify(c) + "\n");
    else if (format === "csv") {
      const outlets = await store.outlets([...new Set(claims.map((c) => c.doc))]);
      io.out(claimsToCsv(claims, (doc) => outlets.get(doc) ?? null));
    }
    else io.out(claims.length ? claimTable(claims, io.columns) + "\n" : "no claims match\n");
    return 0;
  } finally {
    await store.close();
  }
}
