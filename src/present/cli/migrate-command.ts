// fogline migrate FROM TO: copies a ledger between engines (a SQLite file and a postgres:// URL, either
// way), then counts and checksums both sides and prints them; exit 1 when they differ.
import { existsSync } from "node:fs";
import { FoglineError } from "../../claims/index.js";
import { censusOf, copyLedger, describeLocation, isPostgresUrl, openStore, type LedgerCensus, type OpenedStore } from "../../store/index.js";
import type { Io } from "./io.js";
import { parse } from "./options.js";
import { progressLine } from "./progress.js";
import { UsageError } from "./usage-error.js";
import { assertLedgerPath } from "./path-checks.js";

export const MIGRATE_USAGE = `usage: fogline migrate FROM TO

Copies the ledger FROM into TO: every article, claim and proposition, with their ingest times. Each
is a SQLite file or a postgres://USER:PASSWORD@HOST:5432/DATABASE URL (?schema=NAME keeps fogline's
tables in their own schema). Articles already in TO are skipped, so an interrupted copy is finished
by running it again. Then both sides are counted and checksummed: exit 0 when they match, 1 if not.`;

export async function migrateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {}, MIGRATE_USAGE);
  if (values.help) { io.out(MIGRATE_USAGE + "\n"); return 0; }
  if (positionals.length !== 2) throw new UsageError("give the ledger to copy from and the one to copy to", MIGRATE_USAGE);
  const [fromAt, toAt] = positionals;
  if (fromAt.trim() === toAt.trim()) throw new UsageError("FROM and TO are the same ledger", MIGRATE_USAGE);
  if (!isPostgresUrl(fromAt) && !existsSync(fromAt)) {
    throw new FoglineError("no-ledger", `no ledger at ${fromAt}`, "give an existing SQLite file or a postgres:// URL as FROM");
  }
  assertLedgerPath(fromAt, "FROM", "read");
  assertLedgerPath(toAt, "TO", "write");
  const [fromName, toName] = [describeLocation(fromAt), describeLocation(toAt)];
  const from = await openStore(fromAt);
  let to: OpenedStore | undefined;
  try {
    to = await openStore(toAt);
    const total = await from.countClaims();
    const progress = progressLine(io);
    const copied = await copyLedger(from, to, (p) =>
      progress.update(`copying: ${p.articles} articles (${p.copied} new), ${p.propositions} propositions`));
    progress.clear();
    io.err(`copied ${copied.copied} new articles (${copied.articles - copied.copied} already there), ${total} claims, ${copied.propositions} propositions, ${copied.reviewEvents} review events, ${copied.settlementEvents} settlement events from ${fromName} to ${toName}\n`);
    const [source, copy] = [await censusOf(from), await censusOf(to)];
    io.out(censusLine("from", fromName, source) + censusLine("to", toName, copy));
    const same = source.articles === copy.articles && source.claims === copy.claims && source.propositions === copy.propositions
      && source.reviewEvents === copy.reviewEvents && source.settlementEvents === copy.settlementEvents && source.checksum === copy.checksum;
    io.out(same ? "checked: counts and checksum match, nothing lost\n" : "MISMATCH: the copy differs from the source (did TO hold other articles?)\n");
    return same ? 0 : 1;
  } finally {
    await from.close();
    await to?.close();
  }
}

const censusLine = (side: string, name: string, c: LedgerCensus): string =>
  `${side.padEnd(4)} ${c.articles} articles, ${c.claims} claims, ${c.propositions} propositions, ${c.reviewEvents} review events, ${c.settlementEvents} settlement events, checksum ${c.checksum.slice(0, 16)}  ${name}\n`;
