// Reviewing claims: each action checks its input, appends its events with the claim's new state in one
// store transaction, then re-reconciles the proposition groups the claim left and joined, so that
// statuses follow. A bad input throws before anything is written.
import { randomBytes } from "node:crypto";
import { FoglineError, KINDS, type Claim, type ReviewEvent, type ReviewField } from "../claims/index.js";
import { claimId } from "../extract/index.js";
import { groupKey } from "../reconcile/index.js";
import type { LedgerStore, ReviewedClaim, ReviewEventQuery } from "../store/ledger-store.js";
import { fieldOf, withField } from "./review-fields.js";
import { foldReview } from "./review-fold.js";
import { parseFieldValue, rejectReason, reviewField, type ValueContext } from "./review-values.js";

export interface ReviewerOptions extends ValueContext {
  store: LedgerStore;
  /** Re-reconciles proposition groups (FoglinePipeline.reconcileGroups). */
  reconcileGroups: (store: LedgerStore, groupKeys: Iterable<string>) => Promise<number>;
  /** The group a claim is stored under. Default: the reconciler's (reconcile/group-key.ts). */
  groupKey?: (claim: Claim) => string;
  /** Default: the system clock. */
  now?: () => Date;
  /** Default: "rev_" and 12 random hex digits. */
  newId?: () => string;
}

/** Who acts, and why. */
export interface Actor { reviewer: string; note?: string | null }

/** A missed claim: its evidence span in a stored article (offsets, or the exact text), and its fields. */
export interface AddRequest {
  doc: string;
  start?: number;
  end?: number;
  text?: string;
  /** Field name -> input as parseFieldValue reads it; kind is required. */
  fields: Partial<Record<ReviewField, unknown>>;
}

export interface ReviewResult { claim: Claim; rejected: boolean; events: ReviewEvent[] }

export interface ClaimReviewer {
  accept(claimId: string, by: Actor): Promise<ReviewResult>;
  correct(claimId: string, fields: Partial<Record<string, unknown>>, by: Actor): Promise<ReviewResult>;
  reject(claimId: string, reason: unknown, by: Actor): Promise<ReviewResult>;
  add(request: AddRequest, by: Actor): Promise<ReviewResult>;
  undo(eventId: string, by: Actor): Promise<ReviewResult>;
  log(query?: ReviewEventQuery): Promise<ReviewEvent[]>;
}

export function createClaimReviewer(o: ReviewerOptions): ClaimReviewer {
  const { store } = o;
  const now = o.now ?? (() => new Date());
  const newId = o.newId ?? (() => `rev_${randomBytes(6).toString("hex")}`);

  const event = (claim: string, by: Actor, e: Pick<ReviewEvent, "action"> & Partial<ReviewEvent>): ReviewEvent => ({
    id: newId(), claim, field: null, before: null, after: null, undoes: null, ...e,
    reviewer: assertReviewer(by.reviewer), at: now().toISOString(), note: by.note?.trim() || null,
  });

  async function stored(id: string): Promise<ReviewedClaim> {
    const found = await store.reviewedClaim(id);
    if (!found) throw new FoglineError("unknown-claim", `no claim ${id} in the ledger`, "list claim ids with `fogline claims --format json`");
    return found;
  }

  /** Folds the whole log with the new events, writes, and re-reconciles the groups before and after. */
  async function commit(current: ReviewedClaim | null, added: ReviewEvent[], addClaim?: Claim): Promise<ReviewResult> {
    const id = added[0].claim;
    const history = current ? await store.reviewEvents({ claim: id }) : [];
    const machine = current ? current.machine : null;
    const state = foldReview(machine, [...history, ...added]);
    const claim = state.claim ?? stripped(addClaim ?? current!.claim);
    const key = (o.groupKey ?? groupKey)(claim);
    await store.appendReviews(added, { claim, groupKey: key, rejected: state.rejected });
    await o.reconcileGroups(store, new Set([key, ...(current ? [current.groupKey] : [])]));
    return { claim, rejected: state.rejected, events: added };
  }

  return {
    async accept(id, by) {
      const current = await stored(id);
      return commit(current, [event(id, by, { action: "accept" })]);
    },
    async correct(id, fields, by) {
      const current = await stored(id);
      const entries = Object.entries(fields).filter(([, v]) => v !== undefined);
      if (entries.length === 0) throw new FoglineError("bad-review", "nothing to correct", "give a field and its value, e.g. --speaker NAME");
      const names = entries.map(([name]) => reviewField(name));
      if (names.includes("speaker_side") && !current.claim.source && !(names.includes("speaker") && fields.speaker !== null && fields.speaker !== "none")) {
        throw new FoglineError("bad-review", `claim ${id} has no speaker whose side to set`, "give the speaker too (--speaker NAME)");
      }
      const events = entries.map(([name, input]) => {
        const field = reviewField(name);
        const after = parseFieldValue(field, input, o);
        return event(id, by, { action: "correct", field, before: fieldOf(current.claim, field), after });
      });
      return commit(current, events);
    },
    async reject(id, reason, by) {
      const current = await stored(id);
      const why = rejectReason(reason);
      if (current.rejected) throw new FoglineError("bad-review", `claim ${id} is already rejected`, "undo the rejection first to change its reason");
      return commit(current, [event(id, by, { action: "reject", before: null, after: why })]);
    },
    async add(request, by) {
      const claim = await newClaim(request);
      return commit(null, [event(claim.id, by, { action: "add", after: claim })], claim);
    },
    async undo(eventId, by) {
      const [target] = await store.reviewEvents({ id: eventId });
      if (!target) throw new FoglineError("unknown-review-event", `no review event ${eventId}`, "see the ids with `fogline review log`");
      if (target.action === "undo") throw new FoglineError("bad-review", `${eventId} is an undo itself`, "review the claim again instead");
      const log = await store.reviewEvents({ claim: target.claim });
      if (log.some((e) => e.undoes === eventId)) throw new FoglineError("bad-review", `${eventId} is already undone`);
      const current = await stored(target.claim);
      return commit(current, [event(target.claim, by, { action: "undo", undoes: eventId, before: target.after, after: target.before })]);
    },
    log: (query) => store.reviewEvents(query),
  };

  async function newClaim(r: AddRequest): Promise<Claim> {
    const article = await store.article(r.doc);
    if (!article) throw new FoglineError("unknown-document", `no article ${r.doc} in the ledger`, "see doc ids with `fogline claims --format json`");
    const span = evidenceSpan(article.text, article.offset, r);
    if (r.fields.kind === undefined) {
      throw new FoglineError("bad-review", "an added claim needs its kind", `give kind as KIND/MEASURE (kinds: ${KINDS.join(", ")})`);
    }
    let claim: Claim = {
      id: "", doc: r.doc, kind: "event", measure: "strike", side: null, value: null, low: null, high: null, qualifier: null, unit: null,
      place: null, place2: null, time: null, source: null, polarity: "asserted", hedges: [], evidence: span,
    };
    for (const [name, input] of Object.entries(r.fields)) {
      if (input === undefined) continue;
      const field = reviewField(name);
      claim = withField(claim, field, parseFieldValue(field, input, o));
    }
    claim.id = claimId(claim);
    if (await store.reviewedClaim(claim.id)) {
      throw new FoglineError("review-conflict", `the ledger already has this claim (${claim.id})`, "review that claim instead");
    }
    return claim;
  }
}

// Offsets are the document's (a part's text starts at its offset); the span must be the article's text verbatim.
function evidenceSpan(text: string, offset: number, r: AddRequest): Claim["evidence"] {
  if (r.start !== undefined || r.end !== undefined) {
    const { start, end } = r;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start! < offset || end! <= start! || end! > offset + text.length) {
      throw new FoglineError("bad-span", `the span ${start}..${end} is not inside the article (${offset}..${offset + text.length})`, "give --start and --end as offsets into the article's text");
    }
    const found = text.slice(start! - offset, end! - offset);
    if (r.text !== undefined && r.text !== found) {
      throw new FoglineError("bad-span", `the text at ${start}..${end} is not the text given`, `the article has "${found.slice(0, 60)}" there`);
    }
    return { text: found, start: start!, end: end! };
  }
  if (!r.text || !r.text.trim()) throw new FoglineError("bad-span", "no evidence span", "give --text EXACT-WORDS, or --start and --end");
  const at = text.indexOf(r.text);
  if (at < 0) throw new FoglineError("bad-span", `the text is not verbatim in article ${r.doc}: "${r.text.slice(0, 60)}"`, "copy the words exactly as the article has them");
  if (text.indexOf(r.text, at + 1) >= 0) {
    throw new FoglineError("bad-span", `the text occurs more than once in article ${r.doc}`, "give --start and --end to say which");
  }
  return { text: r.text, start: offset + at, end: offset + at + r.text.length };
}

const stripped = (c: Claim): Claim => {
  const { review: _r, ...rest } = c;
  return rest;
};

function assertReviewer(name: string): string {
  if (!name || !name.trim()) throw new FoglineError("bad-review", "who reviews?", "pass --reviewer NAME or set FOGLINE_REVIEWER");
  return name.trim();
}
