// The fogline command: dispatches to a command, turns every error into one line and an exit status
// (0 all read, 1 some inputs skipped, 2 usage errors). No stack traces unless FOGLINE_DEBUG is set.
import { isFoglineError } from "../../claims/index.js";
import { processIo, type Io } from "./io.js";
import { UsageError } from "./usage-error.js";
import { extractCommand } from "./extract-command.js";
import { ingestCommand } from "./ingest-command.js";
import { claimsCommand } from "./claims-command.js";
import { disputesCommand } from "./disputes-command.js";
import { timelineCommand } from "./timeline-command.js";
import { reportCommand } from "./report-command.js";
import { serveCommand } from "./serve-command.js";
import { migrateCommand } from "./migrate-command.js";
import { exportCommand } from "./export-command.js";
import { watchCommand } from "./watch-command.js";
import { workerCommand } from "./worker-command.js";
import { jobsCommand } from "./jobs-command.js";
import { reviewCommand } from "./review-command.js";
import { changesCommand } from "./changes-command.js";
import { settleCommand } from "./settle-command.js";
import { sourcesCommand } from "./sources-command.js";
import { printable } from "../export/printable.js";

export const USAGE = `fogline: news reporting on a war -> a ledger of attributed, contested claims

usage: fogline <command> [options]

commands:
  extract ARTICLES...   print the claims in articles (.txt, .html, folders, feeds, URLs) as JSON Lines
  ingest ARTICLES...    store articles and their claims in the ledger (./fogline.db, --db, FOGLINE_DB)
  claims                list stored claims (--place --kind --side --source --from --to --search)
  disputes              disputed propositions, positions side by side (--place)
  timeline PLACE        control and flag claims about a place, in date order
                        (each of the three also: --outlet --speaker-side --status --limit --offset
                        --format table|json|jsonl|csv --wide --as-of DAY)
  changes --since DAY   what changed from that day on: new propositions, status changes, contradictions,
                        figure highs (--place, --format table|json|jsonl|atom)
  report [ARTICLES...]  the readable ledger (Markdown, --format html|json, --out FILE)
  export FORMAT         the ledger for other tools: csv, claimreview, geojson, claims-geojson, gold (--out FILE)
  review ACTION         accept, correct, reject, add or undo a claim as a person; log shows the review log
  settle PROPOSITION    settle a proposition true or false from a date, on a basis (--undo ID, --log ID)
  sources               primary sources and their track records on settled propositions (--records)
  serve                 web interface and JSON API (--port 8080 --host 127.0.0.1)
  migrate FROM TO       copy a ledger between SQLite and PostgreSQL (postgres://…), checked
  watch FEEDS...        poll feeds and queue their new items (PostgreSQL: --db postgres://…, --every 10m)
  worker                fetch, extract and store queued items (--concurrency N); run any number
  jobs                  the job queue: queued, running, failed and parked jobs with reasons

Run "fogline <command> --help" for a command's options.`;

/** A ledger that cannot be opened as given is a usage error (exit 2): fix the URL, credentials or version. */
const BAD_DATABASE = new Set(["store-bad-url", "store-unreachable", "store-auth", "store-no-database", "store-newer-schema"]);

const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = {
  extract: extractCommand, ingest: ingestCommand, claims: claimsCommand, disputes: disputesCommand,
  timeline: timelineCommand, report: reportCommand, serve: serveCommand, migrate: migrateCommand,
  export: exportCommand, review: reviewCommand, changes: changesCommand, settle: settleCommand, sources: sourcesCommand,
  watch: watchCommand, worker: workerCommand, jobs: jobsCommand,
};

/**
 * stderr with every control character escaped but line ends and the progress line's redraw ("\r\x1b[K"):
 * whatever a message interpolates, no escape sequence reaches the terminal. (Each message escapes the
 * names it prints itself, newlines included: printable().)
 */
const withSafeStderr = (io: Io): Io => ({ ...io, err: (text) => io.err(text.split("\r\x1b[K").map((part) => part.split("\n").map(printable).join("\n")).join("\r\x1b[K")) });

export async function run(argv: string[], given: Io = processIo()): Promise<number> {
  const io = withSafeStderr(given);
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") { io.out(USAGE + "\n"); return 0; }
  if (name === "--version" || name === "-v") { io.out("fogline 0.1.0\n"); return 0; }
  const command = COMMANDS[name];
  if (!command) { io.err(`fogline: unknown command "${printable(name)}": use one of ${Object.keys(COMMANDS).join(", ")}\n`); return 2; }
  try {
    return await command(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`fogline ${name}: ${printable(e.message)}\n${e.usage ? e.usage.split("\n")[0] + "\n" : ""}`);
      return 2;
    }
    if (isFoglineError(e)) { io.err(`fogline ${name}: ${printable(e.toLine())}\n`); return e.code === "usage" || BAD_DATABASE.has(e.code) ? 2 : 1; }
    io.err(`fogline ${name}: ${printable((e as Error)?.message ?? String(e))}\n`);
    if (io.env.FOGLINE_DEBUG) io.err(String((e as Error)?.stack) + "\n");
    return 1;
  }
}
