// A proposition's settlement: the latest settle event of its log that no undo cancelled (claims/settlement.ts).
import type { SettlementEvent } from "../claims/index.js";
import type { LedgerStore } from "../store/ledger-store.js";

/** The settle event in force, per proposition, from events in the order appended. */
export function settlementsOf(events: SettlementEvent[]): Map<string, SettlementEvent> {
  const undone = new Set(events.filter((e) => e.action === "undo" && e.undoes !== null).map((e) => e.undoes!));
  const current = new Map<string, SettlementEvent>();
  for (const e of events) if (e.action === "settle" && !undone.has(e.id)) current.set(e.proposition, e);
  return current;
}

export interface PropositionSettlement {
  proposition: string;
  /** The settle event in force, or null (never settled, or every settlement undone). */
  settlement: SettlementEvent | null;
  /** The proposition's whole log, in the order appended. */
  events: SettlementEvent[];
}

export async function readSettlement(store: LedgerStore, proposition: string): Promise<PropositionSettlement> {
  const events = await store.settlementEvents({ proposition });
  return { proposition, settlement: settlementsOf(events).get(proposition) ?? null, events };
}
