// The report as JSON: `{ propositions: [...] }` in the shape of spec/ledger.md (fields may be added).
import type { Proposition } from "../../claims/index.js";
import type { Ledger } from "./ledger.js";

export function renderReportJson(ledger: Pick<Ledger, "propositions">): string {
  return JSON.stringify({ propositions: ledger.propositions.map(toLedgerShape) }, null, 2) + "\n";
}

/** The ledger.md fields first, in the spec's order, then any added ones (status_reason, notes). */
function toLedgerShape(p: Proposition): Record<string, unknown> {
  const { id, kind, measure, side, place, time, claims, reports, primary_sources, figure, status, related, checks, ...added } = p;
  return { id, kind, measure, side, place, time, claims, reports, primary_sources, figure, status, related, checks, ...added };
}
