// fogline timeline PLACE: control, contested and flag claims about one place, in date order.
import { loadPlaceIndex } from "../../places/index.js";
import { controlTimeline } from "../../ledger/index.js";
import { formatTable, formatDate, timelineToCsv } from "../export/index.js";
import { describeClaimFigure } from "../../reconcile/index.js";
import type { Io } from "./io.js";
import { oneOf, parse, positiveInt } from "./options.js";
import { UsageError } from "./usage-error.js";
import { openLedger, resolvePlaceOption } from "./ledger-access.js";

export const TIMELINE_USAGE = `usage: fogline timeline PLACE [--limit N] [--format table|json|jsonl|csv] [--db FILE]

Claims of control, fighting and flags about PLACE (any spelling the gazetteer knows), oldest first
(undated last), in the same order as the API's /api/places/PLACE/timeline and the report.`;

export async function timelineCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { format: { type: "string" }, db: { type: "string" }, limit: { type: "string" } }, TIMELINE_USAGE);
  if (values.help) { io.out(TIMELINE_USAGE + "\n"); return 0; }
  if (positionals.length !== 1) throw new UsageError(positionals.length ? "give one place" : "which place? e.g. fogline timeline Pokrovsk", TIMELINE_USAGE);
  const v = values as Record<string, string | undefined>;
  const format = oneOf("format", v.format, ["table", "json", "jsonl", "csv"] as const, TIMELINE_USAGE) ?? "table";
  const limit = positiveInt("limit", v.limit, TIMELINE_USAGE);
  const store = await openLedger(io, v.db, "read");
  try {
    const place = (await resolvePlaceOption(store, loadPlaceIndex(), positionals[0]))!;
    const all = await controlTimeline(store, place);
    const entries = limit === undefined ? all : all.slice(0, limit);
    if (format === "json") { io.out(JSON.stringify({ total: all.length, limit: limit ?? all.length, offset: 0, items: entries }, null, 1) + "\n"); return 0; }
    if (format === "csv") { io.out(timelineToCsv(entries)); return 0; }
    if (format === "jsonl") { for (const e of entries) io.out(JSON.stringify(e) + "\n"); return 0; }
    if (!entries.length) { io.out(`no control or flag claims about ${positionals[0]}\n`); return 0; }
    const rows = [["date", "claim", "side", "source", "stance", "outlet", "evidence"]];
    for (const e of entries) {
      const c = e.claim;
      const figure = c.value !== null ? ` (${describeClaimFigure(c)})` : "";
      rows.push([e.date ? formatDate(e.date) : "undated", `${c.kind}/${c.measure}${figure}`, e.side ?? "", e.source ?? "", e.stance, e.outlet ?? "", c.evidence.text]);
    }
    io.out(formatTable(rows, { widths: [17, 26, 4, 28, 11, 26, 70], columns: io.columns ?? 220 }) + "\n");
    return 0;
  } finally {
    await store.close();
  }
}
