// fogline sources: the primary sources of the ledger, with their track records on settled propositions
// (ledger/source-records.ts); --records lists each scored claim with its lead time and figure ratio.
import { FoglineError } from "../../claims/index.js";
import { recordOfSource, sourcesWithRecords, type RecordEntry, type SourceRecord, type SourceSummary } from "../../ledger/index.js";
import { formatTable } from "../export/index.js";
import type { Io } from "./io.js";
import { openLedger } from "./ledger-access.js";
import { oneOf, parse, positiveInt } from "./options.js";
import { UsageError } from "./usage-error.js";

export const SOURCES_USAGE = `usage: fogline sources [--records] [--source NAME] [--limit N] [--format table|json|jsonl] [--db FILE|URL]

Primary sources, most propositions first: their stances, and their track record on the propositions a
reviewer settled (fogline settle): claims that held and that did not, and the mean lead time in days
(how long before the settled-from date the source said it). --records lists each settled proposition a
source spoke on: its stance, the outcome, when it said it, the lead time and, when the settlement gives
a figure, the ratio of the source's figure to it. --source keeps the sources whose name contains NAME.`;

export async function sourcesCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    db: { type: "string" }, records: { type: "boolean" }, source: { type: "string" }, limit: { type: "string" }, format: { type: "string" },
  }, SOURCES_USAGE);
  if (values.help) { io.out(SOURCES_USAGE + "\n"); return 0; }
  if (positionals.length) throw new UsageError(`sources takes no arguments, got ${positionals.join(" ")}`, SOURCES_USAGE);
  const v = values as Record<string, string | boolean | undefined>;
  const format = oneOf("format", (v.format as string | undefined) ?? "table", ["table", "json", "jsonl"] as const, SOURCES_USAGE)!;
  const limit = positiveInt("limit", v.limit as string | undefined, SOURCES_USAGE);
  const store = await openLedger(io, v.db as string | undefined, "read");
  try {
    const { sources, records } = await sourcesWithRecords(store);
    const wanted = typeof v.source === "string" ? v.source.toLowerCase() : null;
    const shown = sources.filter((s) => wanted === null || s.name.toLowerCase().includes(wanted)).slice(0, limit ?? Infinity);
    if (wanted !== null && shown.length === 0) throw new FoglineError("usage", `no source named like "${v.source}"`, "see every source with `fogline sources`");
    if (v.records) return printRecords(io, shown.map((s) => recordOfSource(records, s.name, s.side)), format);
    if (format === "json") io.out(JSON.stringify(shown, null, 1) + "\n");
    else if (format === "jsonl") for (const s of shown) io.out(JSON.stringify(s) + "\n");
    else io.out(sourceTable(shown) + "\n");
    return 0;
  } finally {
    await store.close();
  }
}

const lead = (days: number | null): string => (days === null ? "" : `${days > 0 ? "+" : ""}${days} d`);

function sourceTable(sources: SourceSummary[]): string {
  return formatTable([["source", "side", "propositions", "asserts", "denies", "unconfirmed", "held", "failed", "mean lead", "outlets"],
    ...sources.map((s) => [s.name, s.side ?? "", String(s.propositions), String(s.stances.asserted), String(s.stances.denied), String(s.stances.unconfirmed),
      String(s.record?.held ?? 0), String(s.record?.failed ?? 0), lead(s.record?.meanLeadDays ?? null), s.outlets.slice(0, 3).join(", ")])]);
}

function printRecords(io: Io, records: SourceRecord[], format: "table" | "json" | "jsonl"): number {
  const scored = records.filter((r) => r.entries.length > 0);
  if (format === "json") { io.out(JSON.stringify(scored, null, 1) + "\n"); return 0; }
  if (format === "jsonl") { for (const r of scored) io.out(JSON.stringify(r) + "\n"); return 0; }
  if (!scored.length) { io.out("no settled propositions yet: settle one with `fogline settle PROPOSITION_ID --true|--false --from DATE --basis TEXT`\n"); return 0; }
  const row = (r: SourceRecord, e: RecordEntry) => [r.name, r.side ?? "", e.title, e.stance, e.outcome, `${e.settlement.holds ? "true" : "false"} from ${e.settlement.from}`,
    e.madeOn ?? "undated", lead(e.leadDays), e.ratio === null ? "" : `${e.figure} / ${e.settlement.figure} = ${e.ratio}`, e.proposition];
  io.out(formatTable([["source", "side", "proposition", "stance", "outcome", "settled", "said on", "lead", "figure ratio", "id"],
    ...scored.flatMap((r) => r.entries.map((e) => row(r, e)))]) + "\n");
  return 0;
}
