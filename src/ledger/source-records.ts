// Track records (issue 14): for each primary source, how its claims on settled propositions fared. A source
// asserting a proposition settled true held, one denying it failed, and the reverse for one settled false;
// "not confirmed" is neither. Lead time: days from when the source made it (its claims' earliest period
// start, else the article's date) to the date the proposition is settled from. For figures, the source's
// figure over the settled one.
import type { Claim, Proposition, SettlementEvent, SourceSide, Stance } from "../claims/index.js";
import type { LedgerStore } from "../store/ledger-store.js";
import { primarySourceOf } from "./claim-records.js";
import { settlementsOf } from "./settlement.js";
import { titleOf } from "./wording.js";

export type RecordOutcome = "held" | "failed" | "unscored";

export interface RecordEntry {
  proposition: string;
  title: string;
  stance: Stance;
  outcome: RecordOutcome;
  /** The settlement: whether the proposition held, from when, on what basis. */
  settlement: Pick<SettlementEvent, "id" | "holds" | "from" | "basis" | "link" | "claim" | "figure">;
  /** The earliest date the source's claims give (period start, else article date); null when undated. */
  madeOn: string | null;
  /** Days from madeOn to the settled-from date: positive when the source said it earlier. */
  leadDays: number | null;
  /** The source's figure (its first asserted number) and its ratio to the settled figure, when both exist. */
  figure: number | null;
  ratio: number | null;
  claims: string[];
}

export interface SourceRecord {
  name: string;
  side: SourceSide | null;
  held: number;
  failed: number;
  unscored: number;
  /** Mean lead time of the scored entries that have one, in days (rounded to one decimal). */
  meanLeadDays: number | null;
  /** Most recent settlement first. */
  entries: RecordEntry[];
}

/** A settled proposition with its claims and the publication date and outlet of each claim's article. */
export interface SettledProposition {
  proposition: Proposition;
  settlement: SettlementEvent;
  claims: Claim[];
}

export interface ArticleFacts {
  published: (doc: string) => string | null;
  outlet: (doc: string) => string | null;
}

const DAY = 86_400_000;

/** Milliseconds of the first day a date of any precision covers (YYYY, YYYY-MM, YYYY-MM-DD). */
function firstDay(iso: string): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)) : null;
}

const earliest = (dates: (string | null)[]): string | null =>
  dates.filter((d): d is string => d !== null && firstDay(d) !== null).sort((a, b) => firstDay(a)! - firstDay(b)! || a.length - b.length)[0] ?? null;

export function outcomeOf(stance: Stance, holds: boolean): RecordOutcome {
  if (stance === "unconfirmed") return "unscored";
  return (stance === "asserted") === holds ? "held" : "failed";
}

/** A claim's one number: its value, else the middle of its range, else its one bound. */
export function figureOfClaim(c: Claim): number | null {
  if (c.value !== null) return c.value;
  if (c.low !== null && c.high !== null) return (c.low + c.high) / 2;
  return c.low ?? c.high;
}

export function recordsOf(settled: SettledProposition[], facts: ArticleFacts): SourceRecord[] {
  const bySource = new Map<string, SourceRecord>();
  for (const { proposition: p, settlement: s, claims } of settled) {
    const groups = new Map<string, { name: string; side: SourceSide | null; stance: Stance; claims: Claim[] }>();
    for (const c of claims) {
      const source = primarySourceOf(p, c, facts.outlet(c.doc));
      if (!source) continue;
      const key = `${source.name}|${source.side ?? ""}`;
      const g = groups.get(key) ?? { name: source.name, side: source.side, stance: source.stance, claims: [] };
      g.claims.push(c);
      groups.set(key, g);
    }
    for (const [key, g] of groups) {
      const madeOn = earliest(g.claims.map((c) => c.time?.start ?? facts.published(c.doc)));
      const settledFrom = s.from === null ? null : firstDay(s.from);
      const made = madeOn === null ? null : firstDay(madeOn);
      const figure = g.claims.filter((c) => c.polarity === "asserted" && c.qualifier !== "vague").map(figureOfClaim).find((n) => n !== null) ?? null;
      const ratio = figure !== null && s.figure !== null && s.figure !== 0 ? Math.round((figure / s.figure) * 1000) / 1000 : null;
      const entry: RecordEntry = {
        proposition: p.id, title: titleOf(p), stance: g.stance, outcome: outcomeOf(g.stance, s.holds === true),
        settlement: { id: s.id, holds: s.holds, from: s.from, basis: s.basis, link: s.link, claim: s.claim, figure: s.figure },
        madeOn, leadDays: made !== null && settledFrom !== null ? Math.round((settledFrom - made) / DAY) : null,
        figure, ratio, claims: g.claims.map((c) => c.id),
      };
      const record = bySource.get(key) ?? { name: g.name, side: g.side, held: 0, failed: 0, unscored: 0, meanLeadDays: null, entries: [] };
      record[entry.outcome]++;
      record.entries.push(entry);
      bySource.set(key, record);
    }
  }
  return [...bySource.values()].map((r) => {
    const leads = r.entries.filter((e) => e.outcome !== "unscored" && e.leadDays !== null).map((e) => e.leadDays!);
    const entries = [...r.entries].sort((a, b) => (firstDay(b.settlement.from ?? "") ?? 0) - (firstDay(a.settlement.from ?? "") ?? 0) || a.proposition.localeCompare(b.proposition));
    return { ...r, entries, meanLeadDays: leads.length ? Math.round((leads.reduce((x, y) => x + y, 0) / leads.length) * 10) / 10 : null };
  }).sort((a, b) => (b.held + b.failed) - (a.held + a.failed) || a.name.localeCompare(b.name));
}

/** Every source's record, from the settlements in force and the current propositions. */
export async function readSourceRecords(store: LedgerStore): Promise<SourceRecord[]> {
  const current = settlementsOf(await store.settlementEvents());
  const settled: SettledProposition[] = [];
  for (const [id, settlement] of current) {
    const proposition = await store.proposition(id);
    if (!proposition) continue; // settled, then reconciled away: nothing to score against until it returns
    settled.push({ proposition, settlement, claims: await store.claimsByIds(proposition.claims) });
  }
  const docs = [...new Set(settled.flatMap((s) => s.claims.map((c) => c.doc)))];
  const [published, outlets] = await Promise.all([store.publishedDates(docs), store.outlets(docs)]);
  return recordsOf(settled, { published: (d) => published.get(d) ?? null, outlet: (d) => outlets.get(d) ?? null });
}

/** The record of one source (by name, and side when given), or an empty one. */
export const recordOfSource = (records: SourceRecord[], name: string, side?: SourceSide | null): SourceRecord =>
  records.find((r) => r.name === name && (side === undefined || r.side === side))
  ?? { name, side: side ?? null, held: 0, failed: 0, unscored: 0, meanLeadDays: null, entries: [] };
