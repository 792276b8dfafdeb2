// Settling propositions (claims/settlement.ts): each request is checked in full, then one event appended.
// A bad input throws a FoglineError before anything is written; the store checks again in its transaction.
import { randomBytes } from "node:crypto";
import { FoglineError, type SettlementEvent } from "../claims/index.js";
import type { LedgerStore } from "../store/ledger-store.js";
import { unknownProposition, unknownSettlement } from "../store/settlement-event-row.js";
import type { Actor } from "./claim-reviewer.js";

export interface SettlerOptions {
  store: LedgerStore;
  now?: () => Date;
  /** Default: "set_" and 12 random hex digits. */
  newId?: () => string;
}

/** Inputs as a person gives them (CLI text or API JSON); each is checked. */
export interface SettleRequest {
  proposition: string;
  holds: unknown;
  from: unknown;
  basis: unknown;
  link?: unknown;
  claim?: unknown;
  figure?: unknown;
}

export interface PropositionSettler {
  settle(request: SettleRequest, by: Actor): Promise<SettlementEvent>;
  undo(eventId: string, by: Actor): Promise<SettlementEvent>;
}

const bad = (message: string, hint?: string) => new FoglineError("bad-settlement", message, hint);

/** YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date. */
export function settledFrom(value: unknown): string {
  if (typeof value !== "string" || !value.trim()) throw bad("from which date? give a date (YYYY-MM-DD, YYYY-MM or YYYY)");
  const v = value.trim();
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  const month = Number(m?.[2] ?? 1);
  const day = Number(m?.[3] ?? 1);
  const valid = m && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  if (!valid) throw bad(`bad date "${v}": use YYYY-MM-DD, YYYY-MM or YYYY`);
  return v;
}

export function holdsOf(value: unknown): boolean {
  if (value === true || value === "true") return true;
  if (value === false || value === "false") return false;
  throw bad("did it hold? say true or false");
}

const text = (name: string, value: unknown, max: number): string | null => {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") throw bad(`${name} must be text`);
  const v = value.trim();
  if (v.length > max) throw bad(`${name} is too long (at most ${max} characters)`);
  return v || null;
};

export function createPropositionSettler(o: SettlerOptions): PropositionSettler {
  const { store } = o;
  const now = o.now ?? (() => new Date());
  const newId = o.newId ?? (() => `set_${randomBytes(6).toString("hex")}`);
  const reviewerOf = (by: Actor) => {
    if (typeof by.reviewer !== "string" || !by.reviewer.trim()) throw bad("who settles it? give a reviewer name");
    return by.reviewer.trim();
  };

  return {
    async settle(r, by) {
      const holds = holdsOf(r.holds);
      const from = settledFrom(r.from);
      const basis = text("basis", r.basis, 200);
      if (!basis) throw bad("on what basis? e.g. later assessment, official admission, geolocated footage");
      const link = text("link", r.link, 2000);
      const claim = text("claim", r.claim, 200);
      if (link && claim) throw bad("give a link or a claim as evidence, not both");
      if (link && !/^https?:\/\/[^\s]+$/i.test(link)) throw bad(`bad link "${link}": use an http(s) URL`);
      let figure: number | null = null;
      if (r.figure !== undefined && r.figure !== null) {
        figure = typeof r.figure === "number" ? r.figure : typeof r.figure === "string" && /^\d+(\.\d+)?$/.test(r.figure.trim()) ? Number(r.figure) : NaN;
        if (!Number.isFinite(figure) || figure < 0) throw bad(`bad figure ${JSON.stringify(r.figure)}: use a number`);
      }
      const note = text("note", by.note, 2000);
      const reviewer = reviewerOf(by);
      if (!(await store.proposition(r.proposition))) throw unknownProposition(r.proposition);
      if (claim && !(await store.reviewedClaim(claim))) {
        throw new FoglineError("unknown-claim", `no claim ${claim} in the ledger`, "list claim ids with `fogline claims --format jsonl`");
      }
      const event: SettlementEvent = {
        id: newId(), proposition: r.proposition, action: "settle", holds, from, basis, link, claim, figure,
        reviewer, at: now().toISOString(), note, undoes: null,
      };
      await store.appendSettlement(event);
      return event;
    },

    async undo(eventId, by) {
      const reviewer = reviewerOf(by);
      const [target] = await store.settlementEvents({ id: eventId });
      if (!target || target.action !== "settle") throw unknownSettlement(eventId);
      const event: SettlementEvent = {
        id: newId(), proposition: target.proposition, action: "undo", holds: null, from: null, basis: null, link: null, claim: null,
        figure: null, reviewer, at: now().toISOString(), note: text("note", by.note, 2000), undoes: eventId,
      };
      await store.appendSettlement(event);
      return event;
    },
  };
}
