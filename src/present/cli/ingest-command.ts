// fogline ingest PATH_OR_URL... [--db FILE] [--meta manifest.json] [--lang CODE]
import { createPipeline } from "../../pipeline.js";
import type { Io } from "./io.js";
import { parse } from "./options.js";
import { UsageError } from "./usage-error.js";
import { openLedger } from "./ledger-access.js";
import { assertManifestFile } from "./path-checks.js";
import { progressLine } from "./progress.js";
import { language } from "./language-option.js";
import { printable } from "../export/printable.js";
import { defaultDbPath, isPostgresUrl } from "../../store/index.js";

export const INGEST_USAGE = `usage: fogline ingest PATH_OR_URL... [--db FILE] [--meta manifest.json] [--lang CODE] [--allow-private]

Reads articles into the ledger (default ./fogline.db, or --db / FOGLINE_DB) and reconciles them.
The same article twice, or a re-saved copy, is stored once; each article is one transaction.
A URL is fetched only because it is given here; loopback and private addresses are refused
unless --allow-private. Each article's language is detected (--lang en reads every article as
English); one in a language without a language pack is skipped with its reason.`;

export async function ingestCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    db: { type: "string" }, meta: { type: "string" }, "allow-private": { type: "boolean" }, lang: { type: "string" },
  }, INGEST_USAGE);
  if (values.help) { io.out(INGEST_USAGE + "\n"); return 0; }
  if (!positionals.length) throw new UsageError("nothing to ingest: give files, folders or URLs", INGEST_USAGE);
  await assertManifestFile(values.meta as string | undefined, "--meta");
  const store = await openLedger(io, values.db as string | undefined, "write");
  try {
    const pipeline = createPipeline({ language: language(values.lang as string | undefined, INGEST_USAGE) });
    const progress = progressLine(io);
    const summary = await pipeline.ingest(store, positionals, {
      ignore: ledgerFiles(defaultDbPath(io.env, values.db as string | undefined)),
      meta: values.meta as string | undefined,
      allowPrivateAddresses: Boolean(values["allow-private"]),
      onWarning: (origin, message) => { progress.clear(); io.err(`fogline: warning: ${printable(origin)}: ${printable(message)}\n`); },
      onProgress: (p) => progress.update(`ingesting: ${p.articles} articles (${p.added} new, ${p.duplicates} already stored), ${p.claims} claims`),
      onReconcile: (groups) => { if (groups > 1000) { progress.clear(); io.err(`reconciling ${groups} proposition groups…\n`); } },
    });
    progress.clear();
    for (const p of summary.problems) io.err(`fogline: ${printable(p.origin)}: ${printable(p.reason)}\n`);
    io.err(`ingested ${summary.added} new article${summary.added === 1 ? "" : "s"} (${summary.duplicates} already stored), ${summary.claims} claims` +
      (summary.problems.length ? `; ${summary.problems.length} input${summary.problems.length === 1 ? "" : "s"} skipped` : "") + "\n");
    return summary.problems.length ? 1 : 0;
  } finally {
    await store.close();
  }
}

/** The ledger's own files, which `fogline ingest .` must not report as skipped inputs. */
const ledgerFiles = (db: string): string[] =>
  isPostgresUrl(db) || db === ":memory:" ? [] : ["", "-wal", "-shm", "-journal"].map((suffix) => db + suffix);
