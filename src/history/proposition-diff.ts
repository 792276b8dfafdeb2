// What changed between two reconciliations of one scope (the day before, the day after): propositions that
// are new, statuses that moved, contradictions that appeared, figures whose upper bound rose. A proposition
// of the day after is the one of the day before with its id, else the one sharing most of its claims.
import type { Proposition, PropositionStatus } from "../claims/index.js";

export type ChangeType = "new-proposition" | "status-change" | "new-contradiction" | "new-figure-high";
export const CHANGE_TYPES: ChangeType[] = ["new-proposition", "status-change", "new-contradiction", "new-figure-high"];

export interface PropositionChange {
  type: ChangeType;
  proposition: Proposition;
  /** status-change: the status the day before. */
  fromStatus?: PropositionStatus;
  /** new-figure-high: the upper bound the day before. */
  fromHigh?: number;
  /** new-contradiction: the proposition it now contradicts. */
  other?: Proposition;
}

/** A figure's upper bound: its high, else its best value. */
export const highOf = (p: Proposition): number | null => p.figure?.high ?? p.figure?.best ?? null;

function counterpart(p: Proposition, before: Proposition[], byId: Map<string, Proposition>): Proposition | undefined {
  const same = byId.get(p.id);
  if (same) return same;
  const own = new Set(p.claims);
  let best: Proposition | undefined;
  let shared = 0;
  for (const q of before) {
    const n = q.claims.reduce((k, id) => k + (own.has(id) ? 1 : 0), 0);
    if (n > shared) { best = q; shared = n; }
  }
  return best;
}

export function diffPropositions(before: Proposition[], after: Proposition[]): PropositionChange[] {
  const byId = new Map(before.map((q) => [q.id, q]));
  const was = new Map(after.map((p) => [p.id, counterpart(p, before, byId)]));
  const contradicted = new Set(before.flatMap((q) => q.related.filter((r) => r.relation === "contradicts").map((r) => pairKey(q.id, r.id))));
  const afterById = new Map(after.map((p) => [p.id, p]));
  const changes: PropositionChange[] = [];
  for (const p of after) {
    const q = was.get(p.id);
    if (!q) changes.push({ type: "new-proposition", proposition: p });
    else {
      if (q.status !== p.status) changes.push({ type: "status-change", proposition: p, fromStatus: q.status });
      const [high, fromHigh] = [highOf(p), highOf(q)];
      if (high !== null && fromHigh !== null && high > fromHigh) changes.push({ type: "new-figure-high", proposition: p, fromHigh });
    }
    for (const r of p.related) {
      const other = afterById.get(r.id);
      if (r.relation !== "contradicts" || !other || p.id > other.id) continue;
      const [qa, qb] = [q?.id, was.get(other.id)?.id];
      if (qa !== undefined && qb !== undefined && contradicted.has(pairKey(qa, qb))) continue;
      changes.push({ type: "new-contradiction", proposition: p, other });
    }
  }
  return changes;
}

const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
