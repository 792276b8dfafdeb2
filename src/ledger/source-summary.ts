// Primary sources across the ledger: for each, how many propositions it stands behind and with what
// stance, which statuses those reached and which outlets carried it. Most propositions first.
import type { Proposition, PropositionStatus, SourceSide, Stance } from "../claims/index.js";
import type { LedgerStore } from "../store/ledger-store.js";
import type { Page } from "./dispute-list.js";

export interface SourceSummary {
  name: string;
  side: SourceSide | null;
  propositions: number;
  stances: Record<Stance, number>;
  statuses: Partial<Record<PropositionStatus, number>>;
  /** Outlets that carried it, most often first. */
  outlets: string[];
}

export function summariseSources(propositions: Proposition[]): SourceSummary[] {
  const byName = new Map<string, SourceSummary & { outletCounts: Map<string, number> }>();
  for (const p of propositions) {
    for (const s of p.primary_sources) {
      const key = `${s.name}|${s.side ?? ""}`;
      type Row = SourceSummary & { outletCounts: Map<string, number> };
      const row: Row = byName.get(key) ?? { name: s.name, side: s.side, propositions: 0, stances: { asserted: 0, denied: 0, unconfirmed: 0 }, statuses: {}, outlets: [], outletCounts: new Map() };
      row.propositions++;
      row.stances[s.stance]++;
      row.statuses[p.status] = (row.statuses[p.status] ?? 0) + 1;
      for (const o of s.reported_by) row.outletCounts.set(o, (row.outletCounts.get(o) ?? 0) + 1);
      byName.set(key, row);
    }
  }
  return [...byName.values()]
    .map(({ outletCounts, ...row }) => ({ ...row, outlets: [...outletCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([o]) => o) }))
    .sort((a, b) => b.propositions - a.propositions || a.name.localeCompare(b.name));
}

export async function listSources(store: LedgerStore, page: { limit?: number; offset?: number } = {}): Promise<Page<SourceSummary>> {
  const all = summariseSources(await store.propositions({ limit: 1_000_000 }));
  const limit = page.limit ?? all.length;
  const offset = page.offset ?? 0;
  return { total: all.length, limit, offset, items: all.slice(offset, offset + limit) };
}
