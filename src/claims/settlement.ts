// Settling a proposition (issue 14, track records): a reviewer records that events showed it true or false,
// from which date and on what basis. The log is append-only; an undo cancels one settle event, and the
// proposition's settlement is the latest settle not undone (ledger/settlement.ts).

export type SettlementAction = "settle" | "undo";

/** Examples of a basis; any short text is accepted ("later assessment", "official admission", …). */
export const SETTLEMENT_BASES: readonly string[] = ["later assessment", "official admission", "geolocated footage"];

export interface SettlementEvent {
  /** Unique, never reused ("set_…"). */
  id: string;
  proposition: string;
  action: SettlementAction;
  /** settle: whether the proposition held; undo: null. */
  holds: boolean | null;
  /** settle: the date from which it is settled (YYYY, YYYY-MM or YYYY-MM-DD); undo: null. */
  from: string | null;
  basis: string | null;
  /** Evidence of the settlement: a link, or a claim of the ledger (its id). */
  link: string | null;
  claim: string | null;
  /** The settled figure, for a proposition about a number; else null. */
  figure: number | null;
  reviewer: string;
  /** ISO instant. */
  at: string;
  note: string | null;
  /** The settle event an undo cancels, else null. */
  undoes: string | null;
}
