// A settlement event as a row, the same in both engines, and the checks every engine makes before writing.
import { FoglineError, type SettlementAction, type SettlementEvent } from "../claims/index.js";

export interface SettlementEventRow {
  id: string;
  proposition: string;
  action: string;
  holds: number | null;
  settled_from: string | null;
  basis: string | null;
  link: string | null;
  claim: string | null;
  figure: number | null;
  reviewer: string;
  at: string;
  note: string | null;
  undoes: string | null;
}

export const SETTLEMENT_EVENT_FIELDS = ["id", "proposition", "action", "holds", "settled_from", "basis", "link", "claim", "figure",
  "reviewer", "at", "note", "undoes"] as const;

export const toSettlementEventRow = (e: SettlementEvent): SettlementEventRow => ({
  id: e.id, proposition: e.proposition, action: e.action, holds: e.holds === null ? null : e.holds ? 1 : 0, settled_from: e.from,
  basis: e.basis, link: e.link, claim: e.claim, figure: e.figure, reviewer: e.reviewer, at: e.at, note: e.note, undoes: e.undoes,
});

export const fromSettlementEventRow = (r: SettlementEventRow): SettlementEvent => ({
  id: r.id, proposition: r.proposition, action: r.action as SettlementAction, holds: r.holds === null ? null : Number(r.holds) === 1,
  from: r.settled_from, basis: r.basis, link: r.link, claim: r.claim, figure: r.figure === null ? null : Number(r.figure),
  reviewer: r.reviewer, at: r.at, note: r.note, undoes: r.undoes,
});

/** What the engine needs to know of the stored log to check an event. */
export interface SettlementLookup {
  eventExists(id: string): boolean;
  propositionExists(id: string): boolean;
  /** The stored event of this id, or null. */
  event(id: string): SettlementEvent | null;
  /** Whether an undo of this event is stored. */
  undone(id: string): boolean;
}

/** Throws (before anything is written) when the event may not be appended. */
export function assertSettlement(e: SettlementEvent, log: SettlementLookup): void {
  if (e.action !== "settle" && e.action !== "undo") throw new FoglineError("bad-settlement", `unknown settlement action ${JSON.stringify(e.action)}`);
  if (log.eventExists(e.id)) throw new FoglineError("settlement-conflict", `settlement event ${e.id} is already in the log`);
  if (e.action === "settle") {
    if (e.holds === null) throw new FoglineError("bad-settlement", "a settle event says whether the proposition held (true or false)");
    if (!log.propositionExists(e.proposition)) throw unknownProposition(e.proposition);
    return;
  }
  const target = e.undoes === null ? null : log.event(e.undoes);
  if (!target || target.action !== "settle") throw unknownSettlement(e.undoes ?? "(none)");
  if (target.proposition !== e.proposition) {
    throw new FoglineError("bad-settlement", `settlement ${target.id} is on proposition ${target.proposition}, not ${e.proposition}`);
  }
  if (log.undone(target.id)) throw new FoglineError("settlement-conflict", `settlement ${target.id} is already undone`);
}

export const unknownProposition = (id: string) =>
  new FoglineError("unknown-proposition", `no proposition ${id} in the ledger`, "see ids with `fogline disputes --format json`");
export const unknownSettlement = (id: string) =>
  new FoglineError("unknown-settlement", `no settlement ${id} in the ledger`, "see settlement ids with `fogline settle --log PROPOSITION_ID`");
