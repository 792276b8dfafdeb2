// fogline report [PATH...] [--format md|html|json] [--out FILE]: the readable ledger. With paths, the
// articles are read into a ledger in memory first (the database is not touched); without, the database.
import { writeFileSync } from "node:fs";
import { readLedgerSnapshot } from "../../ledger/index.js";
import { createPipeline } from "../../pipeline.js";
import { openSqliteStore, type LedgerStore } from "../../store/index.js";
import { renderReportHtml, renderReportJson, renderReportMarkdown } from "../export/index.js";
import type { Io } from "./io.js";
import { oneOf, parse } from "./options.js";
import { AS_OF_HELP, AS_OF_OPTIONS, AS_OF_SYNOPSIS, asOfOption, openLedger, PLACE_HELP, PLACE_OPTIONS, resolvePlaceOption, sayNoClaims } from "./ledger-access.js";
import { openAsOf } from "../../history/index.js";
import { createReconciler } from "../../reconcile/index.js";
import { loadPlaceIndex } from "../../places/index.js";
import { progressLine } from "./progress.js";
import { assertManifestFile, assertWritableFile } from "./path-checks.js";
import { printable } from "../export/printable.js";

export const REPORT_USAGE = `usage: fogline report [PATH_OR_URL...] [--place P | --place-id ID] [--meta manifest.json] [--format md|html|json] [--out FILE] [--db FILE]
          ${AS_OF_SYNOPSIS}

The ledger a person reads: per place, each proposition with its status, figure range and who stands
behind each bound, the disputes side by side, the control timeline and the reference checks.
With PATHs the articles are read into a ledger in memory; without, the database is reported.
--place keeps one place: the way to report on a large ledger. ${PLACE_HELP}
${AS_OF_HELP}`;

export async function reportCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: "string" }, out: { type: "string" }, db: { type: "string" }, meta: { type: "string" }, ...PLACE_OPTIONS, ...AS_OF_OPTIONS,
  }, REPORT_USAGE);
  if (values.help) { io.out(REPORT_USAGE + "\n"); return 0; }
  const v = values as Record<string, string | undefined>;
  const format = oneOf("format", v.format, ["md", "html", "json"] as const, REPORT_USAGE) ?? "md";
  if (v.out !== undefined) assertWritableFile(v.out, "--out");
  await assertManifestFile(v.meta, "--meta");
  const asOf = asOfOption(values, REPORT_USAGE);
  let problems = 0;
  const opened = positionals.length ? openSqliteStore(":memory:") : await openLedger(io, v.db, "read");
  let store: LedgerStore = opened;
  try {
    if (positionals.length) {
      const pipeline = createPipeline();
      const progress = progressLine(io);
      const summary = await pipeline.ingest(store, positionals, {
        meta: v.meta,
        onWarning: (origin, message) => { progress.clear(); io.err(`fogline: warning: ${printable(origin)}: ${printable(message)}\n`); },
        onProgress: (p) => progress.update(`reading: ${p.articles} articles, ${p.claims} claims`),
      });
      progress.clear();
      for (const p of summary.problems) io.err(`fogline: ${printable(p.origin)}: ${printable(p.reason)}\n`);
      problems = summary.problems.length;
    }
    if (asOf) store = openAsOf(opened, { asOf, reconciler: createReconciler(), places: loadPlaceIndex() });
    const resolved = await resolvePlaceOption(store, loadPlaceIndex(), { name: v.place, id: v["place-id"] });
    sayNoClaims(io, resolved, "report");
    const place = resolved?.key;
    const snapshot = await readLedgerSnapshot(store, place);
    const { propositions, claims } = snapshot;
    const ledger = { ...snapshot, title: asOf ? `fogline report as of ${asOf.day}` : "fogline report" };
    const text = format === "html" ? renderReportHtml(ledger) : format === "json" ? renderReportJson(ledger) : renderReportMarkdown(ledger);
    if (v.out) {
      writeFileSync(v.out, text);
      io.err(`wrote ${printable(v.out)} (${propositions.length} propositions from ${claims.size} claims)\n`);
    } else io.out(text.endsWith("\n") ? text : text + "\n");
    return problems ? 1 : 0;
  } finally {
    await opened.close();
  }
}
