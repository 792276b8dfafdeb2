// fogline settle: a reviewer records that a proposition held or did not, from a date and on a basis
// (claims/settlement.ts); --undo cancels one settlement, --log shows a proposition's settlement log.
// Sources' track records (fogline sources --records) score their claims against these.
import { FoglineError, SETTLEMENT_BASES, type SettlementEvent } from "../../claims/index.js";
import { createPropositionSettler } from "../../review/index.js";
import { readSettlement } from "../../ledger/index.js";
import { formatTable } from "../export/index.js";
import type { Io } from "./io.js";
import { openLedger } from "./ledger-access.js";
import { oneOf, parse } from "./options.js";
import { reviewerOf } from "./review-command.js";
import { UsageError } from "./usage-error.js";

export const SETTLE_USAGE = `usage: fogline settle PROPOSITION_ID (--true | --false) --from DATE --basis TEXT
                      [--link URL | --claim CLAIM_ID] [--figure N] [--reviewer NAME] [--note TEXT]
       fogline settle --undo SETTLEMENT_ID [--reviewer NAME] [--note TEXT]
       fogline settle --log PROPOSITION_ID [--format table|json]
  each also: --db FILE|URL

Settles a proposition: it held (--true) or did not (--false) from DATE (YYYY-MM-DD, YYYY-MM or YYYY), on a
basis such as ${SETTLEMENT_BASES.map((b) => `"${b}"`).join(", ")}, with a link or a claim of the ledger as
evidence; --figure gives the settled number of a proposition about a figure. Appended to the ledger's
settlement log (never rewritten); the latest settlement not undone is in force. Proposition ids:
fogline disputes --format json; the records that follow: fogline sources --records.`;

export async function settleCommand(args: string[], io: Io): Promise<number> {
  try {
    return await runSettle(args, io);
  } catch (e) {
    if (e instanceof UsageError) throw new FoglineError("usage", e.message, "see fogline settle --help");
    if (e instanceof FoglineError && !e.code.startsWith("store-")) throw new FoglineError("usage", e.message, e.hint);
    throw e;
  }
}

async function runSettle(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    db: { type: "string" }, reviewer: { type: "string" }, note: { type: "string" }, true: { type: "boolean" }, false: { type: "boolean" },
    from: { type: "string" }, basis: { type: "string" }, link: { type: "string" }, claim: { type: "string" }, figure: { type: "string" },
    undo: { type: "string" }, log: { type: "string" }, format: { type: "string" },
  }, SETTLE_USAGE);
  if (values.help) { io.out(SETTLE_USAGE + "\n"); return 0; }
  const v = values as Record<string, string | boolean | undefined>;
  const str = (k: string) => v[k] as string | undefined;
  if (positionals.length > 1) throw new UsageError(`one proposition id only, got ${positionals.join(" ")}`, SETTLE_USAGE);
  const [target] = positionals;
  if (v.log !== undefined) {
    if (target || v.undo !== undefined) throw new UsageError("--log PROPOSITION_ID takes nothing else", SETTLE_USAGE);
    return printLog(io, str("db"), str("log")!, oneOf("format", str("format") ?? "table", ["table", "json"] as const, SETTLE_USAGE)!);
  }
  const by = { reviewer: reviewerOf(io, str("reviewer")), note: str("note") ?? null };
  if (v.undo !== undefined) {
    const settleOnly = ["true", "false", "from", "basis", "link", "claim", "figure"].filter((k) => v[k] !== undefined);
    if (target || settleOnly.length) throw new UsageError(`--undo takes a settlement id only${settleOnly.length ? `, not --${settleOnly[0]}` : ""}`, SETTLE_USAGE);
    const store = await openLedger(io, str("db"), "write");
    try {
      io.out(describeSettlement(await createPropositionSettler({ store }).undo(str("undo")!, by)) + "\n");
      return 0;
    } finally {
      await store.close();
    }
  }
  if (!target) throw new UsageError("which proposition? give its id (fogline disputes --format json)", SETTLE_USAGE);
  if (v.true && v.false) throw new UsageError("--true or --false, not both", SETTLE_USAGE);
  if (!v.true && !v.false) throw new UsageError("did it hold? give --true or --false", SETTLE_USAGE);
  const store = await openLedger(io, str("db"), "write");
  try {
    const event = await createPropositionSettler({ store }).settle({
      proposition: target, holds: v.true === true, from: str("from"), basis: str("basis"), link: str("link"), claim: str("claim"), figure: str("figure"),
    }, by);
    io.out(describeSettlement(event) + "\n");
    return 0;
  } finally {
    await store.close();
  }
}

export function describeSettlement(e: SettlementEvent): string {
  const what = e.action === "undo" ? `undid settlement ${e.undoes} of ${e.proposition}`
    : `settled ${e.proposition} ${e.holds ? "true" : "false"} from ${e.from} (${e.basis}${e.figure !== null ? `; figure ${e.figure}` : ""}${e.link ? `; ${e.link}` : e.claim ? `; claim ${e.claim}` : ""})`;
  return `${what} [${e.id} by ${e.reviewer}]`;
}

async function printLog(io: Io, db: string | undefined, proposition: string, format: "table" | "json"): Promise<number> {
  const store = await openLedger(io, db, "read");
  try {
    if (!(await store.proposition(proposition))) {
      throw new FoglineError("unknown-proposition", `no proposition ${proposition} in the ledger`, "see ids with `fogline disputes --format json`");
    }
    const read = await readSettlement(store, proposition);
    if (format === "json") { io.out(JSON.stringify(read, null, 1) + "\n"); return 0; }
    if (!read.events.length) { io.out("not settled\n"); return 0; }
    const undone = new Set(read.events.map((e) => e.undoes).filter(Boolean));
    io.out(formatTable([["event", "at", "reviewer", "action", "holds", "from", "basis", "evidence", "figure", "note"],
      ...read.events.map((e) => [e.id + (undone.has(e.id) ? " (undone)" : e.id === read.settlement?.id ? " (in force)" : ""), e.at.slice(0, 19) + "Z",
        e.reviewer, e.action + (e.undoes ? ` ${e.undoes}` : ""), e.holds === null ? "" : String(e.holds), e.from ?? "", e.basis ?? "",
        e.link ?? (e.claim ? `claim ${e.claim}` : ""), e.figure === null ? "" : String(e.figure), e.note ?? ""])]) + "\n");
    return 0;
  } finally {
    await store.close();
  }
}
