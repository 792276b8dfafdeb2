// Primary sources across the ledger: for each, how many propositions it stands behind and with what
// stance, which statuses those reached and which outlets carried it, and its track record on the
// propositions settled (source-records.ts). Most propositions first.
import type { Proposition, PropositionStatus, SourceSide, Stance } from "../claims/index.js";
import type { LedgerStore } from "../store/ledger-store.js";
import type { Page } from "./dispute-list.js";
import { readSourceRecords, type SourceRecord } from "./source-records.js";

/** A source's record in counts, for a listing; the entries are on the source's own page. */
export type RecordCounts = Pick<SourceRecord, "held" | "failed" | "unscored" | "meanLeadDays">;

export interface SourceSummary {
  name: string;
  side: SourceSide | null;
  propositions: number;
  stances: Record<Stance, number>;
  statuses: Partial<Record<PropositionStatus, number>>;
  /** Outlets that carried it, most often first. */
  outlets: string[];
  /** How its claims on settled propositions fared (zero counts until a proposition it speaks on is settled). */
  record?: RecordCounts;
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

const countsOf = (r: SourceRecord | undefined): RecordCounts =>
  ({ held: r?.held ?? 0, failed: r?.failed ?? 0, unscored: r?.unscored ?? 0, meanLeadDays: r?.meanLeadDays ?? null });

/** Every source with its record counts (records of sources no current proposition names are left out). */
export async function sourcesWithRecords(store: LedgerStore): Promise<{ sources: SourceSummary[]; records: SourceRecord[] }> {
  const [propositions, records] = await Promise.all([store.propositions({ limit: 1_000_000 }), readSourceRecords(store)]);
  const byKey = new Map(records.map((r) => [`${r.name}|${r.side ?? ""}`, r]));
  const sources = summariseSources(propositions).map((s) => ({ ...s, record: countsOf(byKey.get(`${s.name}|${s.side ?? ""}`)) }));
  return { sources, records };
}

export async function listSources(store: LedgerStore, page: { limit?: number; offset?: number } = {}): Promise<Page<SourceSummary>> {
  const all = (await sourcesWithRecords(store)).sources;
  const limit = page.limit ?? all.length;
  const offset = page.offset ?? 0;
  return { total: all.length, limit, offset, items: all.slice(offset, offset + limit) };
}
