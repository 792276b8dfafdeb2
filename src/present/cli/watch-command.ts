// fogline watch FEEDS... [--every 10m] [--once] [--db postgres://…]
import { openJobQueue, pollFeed, type PollResult } from "../../queue/index.js";
import type { Io } from "./io.js";
import { parse } from "./options.js";
import { countOption, durationOption, queueDatabase, stopOnSignals } from "./queue-access.js";
import { UsageError } from "./usage-error.js";
import { printable } from "../export/printable.js";

export const WATCH_USAGE = `usage: fogline watch FEEDS... [--every 10m] [--once] [--db postgres://…] [--max-attempts 5] [--allow-private]

Polls each feed (an RSS, Atom or JSON Feed URL or file, or a file of article URLs, one a line) and queues
every item not seen before, by URL, for "fogline worker" to fetch and ingest. Feeds are fetched with
conditional requests (ETag, Last-Modified remembered in the database), so an unchanged feed costs one
304. Runs every --every (default 10m) until stopped, or once with --once. The queue lives in the ledger's
PostgreSQL database (--db or FOGLINE_DB). Loopback and private addresses are refused unless --allow-private.`;

const line = (r: PollResult): string =>
  r.status === "unchanged" ? `${printable(r.feed)}: unchanged`
    : r.status === "read" ? `${printable(r.feed)}: ${r.found} item${r.found === 1 ? "" : "s"}, ${r.enqueued} new` + (r.skipped ? `, ${r.skipped} without a link skipped` : "")
      : `${printable(r.feed)}: ${printable(r.reason)}`;

export async function watchCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    db: { type: "string" }, every: { type: "string" }, once: { type: "boolean" }, "allow-private": { type: "boolean" },
    "max-attempts": { type: "string" },
  }, WATCH_USAGE);
  if (values.help) { io.out(WATCH_USAGE + "\n"); return 0; }
  if (!positionals.length) throw new UsageError("nothing to watch: give feed URLs or files", WATCH_USAGE);
  const every = durationOption("every", values.every as string | undefined, 10 * 60_000, WATCH_USAGE);
  const maxAttempts = countOption("max-attempts", values["max-attempts"] as string | undefined, 5, WATCH_USAGE);
  const queue = await openJobQueue(queueDatabase(io, values.db as string | undefined), { maxAttempts });
  const stop = values.once ? null : stopOnSignals();
  try {
    for (;;) {
      let failed = 0;
      for (const feed of positionals) {
        const result = await pollFeed(queue, feed, { allowPrivateAddresses: Boolean(values["allow-private"]) });
        if (result.status === "failed") { failed++; io.err(`fogline watch: ${line(result)}\n`); } else io.err(line(result) + "\n");
      }
      if (!stop) return failed ? 1 : 0;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, every);
        stop.signal.addEventListener("abort", () => { clearTimeout(timer); resolve(); }, { once: true });
      });
      if (stop.signal.aborted) return 0;
    }
  } finally {
    stop?.dispose();
    await queue.close();
  }
}
