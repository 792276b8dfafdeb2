// fogline review accept|correct|reject|add|undo|log: a person's decisions on claims, each an event in the
// ledger's append-only review log (claims/review.ts); statuses follow at once (the groups are reconciled).
import { userInfo } from "node:os";
import { FoglineError, REJECT_REASONS, REVIEW_FIELDS, type ReviewEvent, type ReviewField } from "../../claims/index.js";
import { createPipeline } from "../../pipeline.js";
import { createClaimReviewer, type Actor, type ReviewResult } from "../../review/index.js";
import { formatTable } from "../export/index.js";
import type { Io } from "./io.js";
import { openLedger } from "./ledger-access.js";
import { oneOf, parse } from "./options.js";
import { UsageError } from "./usage-error.js";

export const REVIEW_USAGE = `usage: fogline review accept CLAIM_ID
       fogline review correct CLAIM_ID [--speaker NAME] [--speaker-side S] [--side S] [--place P] [--figure N|LOW-HIGH]
                              [--period DATE|FROM..TO] [--polarity P] [--kind KIND/MEASURE]
       fogline review reject CLAIM_ID --reason ${REJECT_REASONS.join("|")}
       fogline review add DOC_ID (--text "EXACT WORDS" | --start N --end N) --kind KIND/MEASURE [field options]
       fogline review undo EVENT_ID
       fogline review log [--claim ID | --proposition ID] [--format table|json|jsonl]
  each also: --db FILE|URL, --reviewer NAME (default FOGLINE_REVIEWER, else your user name), --note TEXT

Every action is appended to the ledger's review log (who, when, the value before and after) and can be
undone; reviewed values win in every listing, status and export, and a rejected claim is left out of
them (fogline claims --with-rejected still lists it). Sides are russia|ukraine (RU|UA) or none; a
speaker's side may also be independent. Claim ids: fogline claims --format jsonl; event ids: fogline review log.`;

const ACTIONS = ["accept", "correct", "reject", "add", "undo", "log"] as const;
const FIELD_OPTIONS = Object.fromEntries(REVIEW_FIELDS.map((f) => [f.replace(/_/g, "-"), { type: "string" as const }]));

/** Every refusal is one line and exit 2 (a usage error), with nothing written. */
export async function reviewCommand(args: string[], io: Io): Promise<number> {
  try {
    return await runReview(args, io);
  } catch (e) {
    if (e instanceof UsageError) throw new FoglineError("usage", e.message, "see fogline review --help");
    if (e instanceof FoglineError && !e.code.startsWith("store-")) throw new FoglineError("usage", e.message, e.hint);
    throw e;
  }
}

async function runReview(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    db: { type: "string" }, reviewer: { type: "string" }, note: { type: "string" }, reason: { type: "string" },
    text: { type: "string" }, start: { type: "string" }, end: { type: "string" },
    claim: { type: "string" }, proposition: { type: "string" }, format: { type: "string" }, ...FIELD_OPTIONS,
  }, REVIEW_USAGE);
  if (values.help) { io.out(REVIEW_USAGE + "\n"); return 0; }
  const v = values as Record<string, string | undefined>;
  const [verb, target, ...rest] = positionals;
  if (!verb) throw new UsageError(`which action? use one of ${ACTIONS.join(", ")}`, REVIEW_USAGE);
  const action = oneOf("action", verb, ACTIONS, REVIEW_USAGE)!;
  if (rest.length) throw new UsageError(`one id only, got ${[target, ...rest].join(" ")}`, REVIEW_USAGE);
  if (action === "log") {
    if (target) throw new UsageError("review log takes --claim ID or --proposition ID, not an id", REVIEW_USAGE);
    return printLog(io, v);
  }
  if (!target) throw new UsageError(`review ${action} needs ${action === "add" ? "a doc id" : action === "undo" ? "an event id" : "a claim id"}`, REVIEW_USAGE);
  const fields = fieldsOf(v);
  if (action !== "correct" && action !== "add" && Object.keys(fields).length) {
    throw new UsageError(`field options are for correct and add, not ${action}`, REVIEW_USAGE);
  }
  if (v.reason !== undefined && action !== "reject") throw new UsageError("--reason is for reject only", REVIEW_USAGE);
  if (action === "reject" && v.reason === undefined) throw new UsageError(`why? give --reason ${REJECT_REASONS.join("|")}`, REVIEW_USAGE);
  const by: Actor = { reviewer: reviewerOf(io, v.reviewer), note: v.note ?? null };
  const store = await openLedger(io, v.db, "write");
  try {
    const pipeline = createPipeline();
    const reviewer = createClaimReviewer({ store, reconcileGroups: pipeline.reconcileGroups, groupKey: pipeline.groupKey, places: pipeline.places, actors: pipeline.actors });
    let result: ReviewResult;
    if (action === "accept") result = await reviewer.accept(target, by);
    else if (action === "correct") result = await reviewer.correct(target, fields, by);
    else if (action === "reject") result = await reviewer.reject(target, v.reason, by);
    else if (action === "undo") result = await reviewer.undo(target, by);
    else result = await reviewer.add({ doc: target, text: v.text, start: offset("start", v.start), end: offset("end", v.end), fields }, by);
    for (const e of result.events) io.out(describeEvent(e) + "\n");
    return 0;
  } finally {
    await store.close();
  }
}

/** The field options given, in the order fields apply (a speaker before the speaker's side). */
function fieldsOf(v: Record<string, string | undefined>): Partial<Record<ReviewField, string>> {
  const fields: Partial<Record<ReviewField, string>> = {};
  for (const f of REVIEW_FIELDS) {
    const given = v[f.replace(/_/g, "-")];
    if (given !== undefined) fields[f] = given;
  }
  return fields;
}

function offset(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`bad --${name} "${value}": use a character offset (a whole number)`, REVIEW_USAGE);
  return Number(value);
}

export function reviewerOf(io: Io, given: string | undefined): string {
  const name = given ?? io.env.FOGLINE_REVIEWER ?? safeUserName() ?? "";
  if (!name.trim()) throw new UsageError("who reviews? pass --reviewer NAME or set FOGLINE_REVIEWER", REVIEW_USAGE);
  return name.trim();
}

function safeUserName(): string | undefined {
  try { return userInfo().username; } catch { return undefined; }
}

const short = (value: unknown): string => {
  if (value === null || value === undefined) return "none";
  if (typeof value === "string") return value;
  const o = value as Record<string, unknown>;
  if (typeof o.name === "string") return o.name;
  if ("kind" in o && "measure" in o) return `${o.kind}/${o.measure}`;
  if ("start" in o && "end" in o) return o.start === o.end ? String(o.start) : `${o.start}..${o.end}`;
  if ("low" in o) return o.value !== null ? String(o.value) : `${o.low}-${o.high}`;
  return JSON.stringify(value);
};

export function describeEvent(e: ReviewEvent): string {
  const what = e.action === "correct" ? `corrected ${e.field} of ${e.claim}: ${short(e.before)} -> ${short(e.after)}`
    : e.action === "reject" ? `rejected ${e.claim} (${short(e.after)})`
      : e.action === "add" ? `added ${e.claim}: "${(e.after as { evidence: { text: string } }).evidence.text}"`
        : e.action === "undo" ? `undid ${e.undoes} on ${e.claim}`
          : `accepted ${e.claim}`;
  return `${what} [${e.id} by ${e.reviewer}]`;
}

async function printLog(io: Io, v: Record<string, string | undefined>): Promise<number> {
  const format = oneOf("format", v.format ?? "table", ["table", "json", "jsonl"] as const, REVIEW_USAGE)!;
  if (v.claim !== undefined && v.proposition !== undefined) throw new UsageError("--claim or --proposition, not both", REVIEW_USAGE);
  const store = await openLedger(io, v.db, "read");
  try {
    if (v.proposition !== undefined && !(await store.proposition(v.proposition))) {
      throw new FoglineError("unknown-proposition", `no proposition ${v.proposition} in the ledger`, "see ids with `fogline disputes --format json`");
    }
    if (v.claim !== undefined && !(await store.reviewedClaim(v.claim))) {
      throw new FoglineError("unknown-claim", `no claim ${v.claim} in the ledger`, "list claim ids with `fogline claims --format jsonl`");
    }
    const events = await store.reviewEvents({ claim: v.claim, proposition: v.proposition });
    if (format === "json") io.out(JSON.stringify(events, null, 1) + "\n");
    else if (format === "jsonl") for (const e of events) io.out(JSON.stringify(e) + "\n");
    else if (!events.length) io.out("no review events\n");
    else {
      const undone = new Set(events.map((e) => e.undoes).filter(Boolean));
      io.out(formatTable([["event", "at", "reviewer", "action", "claim", "field", "before", "after", "note"],
        ...events.map((e) => [e.id + (undone.has(e.id) ? " (undone)" : ""), e.at.slice(0, 19) + "Z", e.reviewer,
          e.action + (e.undoes ? ` ${e.undoes}` : ""), e.claim, e.field ?? "", e.action === "correct" ? short(e.before) : "",
          e.action === "add" ? "" : e.action === "undo" ? "" : short(e.after), e.note ?? ""])]) + "\n");
    }
    return 0;
  } finally {
    await store.close();
  }
}
