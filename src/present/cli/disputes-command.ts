// fogline disputes [--place P]: each disputed proposition with its positions side by side, and the
// propositions that contradict it (e.g. "taken 1 December" against "fighting ongoing"). The listing is
// the read layer's (ledger/dispute-list.ts), as the API's; this only formats it.
import { DISPUTES_PAGE, listDisputes, whenText, type Dispute } from "../../ledger/index.js";
import { loadPlaceIndex } from "../../places/index.js";
import { disputesToCsv, formatTable, formatPeriod } from "../export/index.js";
import type { Io } from "./io.js";
import { oneOf, parse, positiveInt } from "./options.js";
import { openLedger, resolvePlaceOption } from "./ledger-access.js";

export const DISPUTES_USAGE = `usage: fogline disputes [--place P] [--limit N] [--offset N] [--format table|json|jsonl|csv] [--db FILE]

Disputed propositions: one source asserts what another denies, or their figures differ by more than
their wording allows; with the propositions that contradict them. ${DISPUTES_PAGE} at a time unless --limit.`;

export async function disputesCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, {
    place: { type: "string" }, format: { type: "string" }, db: { type: "string" }, limit: { type: "string" }, offset: { type: "string" },
  }, DISPUTES_USAGE);
  if (values.help) { io.out(DISPUTES_USAGE + "\n"); return 0; }
  const v = values as Record<string, string | undefined>;
  const format = oneOf("format", v.format, ["table", "json", "jsonl", "csv"] as const, DISPUTES_USAGE) ?? "table";
  const limit = positiveInt("limit", v.limit, DISPUTES_USAGE) ?? DISPUTES_PAGE;
  const offset = v.offset === "0" ? 0 : positiveInt("offset", v.offset, DISPUTES_USAGE) ?? 0;
  const store = await openLedger(io, v.db, "read");
  try {
    const place = v.place === undefined ? undefined : await resolvePlaceOption(store, loadPlaceIndex(), v.place);
    const page = await listDisputes(store, { place, limit, offset });
    if (format === "json") { io.out(JSON.stringify(page, null, 1) + "\n"); return 0; }
    if (format === "csv") { io.out(disputesToCsv(page.items)); return 0; }
    if (format === "jsonl") { for (const d of page.items) io.out(JSON.stringify(d) + "\n"); return 0; }
    if (!page.items.length) { io.out(page.total ? `no disputes past the first ${page.total}\n` : place ? `no disputes at ${v.place}\n` : "no disputes in the ledger\n"); return 0; }
    for (const d of page.items) io.out(renderDispute(d, io.columns) + "\n");
    if (page.offset + page.items.length < page.total) io.err(`fogline: showing disputes ${page.offset + 1}–${page.offset + page.items.length} of ${page.total}; --limit and --offset show others\n`);
    return 0;
  } finally {
    await store.close();
  }
}

function renderDispute(d: Dispute, columns?: number): string {
  const p = d.proposition;
  const rows = [["position", "source", "side", "when", "reported by", "hedges"]];
  for (const x of d.positions.flatMap((g) => g.sources)) {
    rows.push([x.says, x.source, x.side ?? "", whenText(x.when), x.outlets.join(", "), x.hedges.join(", ")]);
  }
  const head = `${p.title} — ${p.status}${p.time ? ` (${formatPeriod(p.time)})` : ""}   [${p.id}]`;
  return `${head}\n${formatTable(rows, { widths: [48, 30, 11, 18, 34, 26], columns: columns ?? 200 })}\n`;
}
