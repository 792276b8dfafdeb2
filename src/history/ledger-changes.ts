// The changes feed: the ledger's as-of states compared day by day over the articles' publication days.
// Only the scopes that a day's articles touch are reconciled for that day: each scope's claims are read
// once, then reconciled as they stood the day before `since` and after each day with articles in it.
import type { Claim, Proposition } from "../claims/index.js";
import { figureText, STATUS_WORDS, titleOf } from "../ledger/index.js";
import type { PlaceIndex } from "../places/index.js";
import { scopesOf, type ReconcileContext, type Reconciler } from "../reconcile/index.js";
import type { LedgerStore } from "../store/ledger-store.js";
import { dayBefore } from "./as-of.js";
import { isAtPlace } from "./proposition-match.js";
import { diffPropositions, type ChangeType, type PropositionChange } from "./proposition-diff.js";
import { claimsOfScope } from "./scope-claims.js";

export interface ChangeQuery {
  /** The first day whose changes are listed (YYYY-MM-DD). */
  since: string;
  /** Only changes to propositions at this place (a store place key: canonical name or gazetteer id). */
  place?: string;
  reconciler: Reconciler;
  places?: PlaceIndex;
}

export interface LedgerChange {
  /** Stable for as long as the ledger holds the same articles: day/type/proposition[/other]. */
  id: string;
  day: string;
  type: ChangeType;
  /** One line for people: "Russian control of Pokrovsk: single source → disputed". */
  title: string;
  proposition: Proposition;
  fromStatus?: Proposition["status"];
  fromHigh?: number;
  other?: Proposition;
  /** The articles of that day behind the change. */
  articles: { id: string; outlet: string | null; title: string | null }[];
}

const ALL = Number.MAX_SAFE_INTEGER;

export async function listChanges(store: LedgerStore, query: ChangeQuery): Promise<LedgerChange[]> {
  const start = dayBefore(query.since);
  const later = await store.claims({ asOf: { day: start, basis: "published", later: true }, limit: ALL, ...(query.place !== undefined && { place: query.place }) });
  const published = await store.publishedDates([...new Set(later.map((c) => c.doc))]);
  const dated = later.filter((c) => published.get(c.doc) != null);
  const changes: LedgerChange[] = [];
  for (const scope of scopesOf(dated.map((c) => query.reconciler.groupKey(c)))) {
    const claims = await claimsOfScope(store, scope);
    const docs = [...new Set(claims.map((c) => c.doc))];
    const [outlets, dates] = [await store.outlets(docs), await store.publishedDates(docs)];
    const context: ReconcileContext = { outletOf: (d) => outlets.get(d) ?? null, publishedOf: (d) => dates.get(d) ?? null, places: query.places };
    const asOf = (day: string): Claim[] => claims.filter((c) => { const p = dates.get(c.doc); return p != null && p <= day; });
    const dayOf = (doc: string) => firstDay(dates.get(doc) ?? null);
    const days = [...new Set(claims.map((c) => dayOf(c.doc)).filter((d): d is string => d !== null && d > start))].sort();
    let before = reconcile(query.reconciler, asOf(start), context);
    for (const day of days) {
      const after = reconcile(query.reconciler, asOf(day), context);
      const fresh = new Set(claims.filter((c) => dayOf(c.doc) === day).map((c) => c.doc));
      for (const change of diffPropositions(before, after)) {
        if (query.place !== undefined && !isAtPlace(change.proposition.place, query.place)) continue;
        changes.push(await described(store, day, change, fresh, claims));
      }
      before = after;
    }
  }
  const seen = new Set<string>();
  return changes.filter((c) => !seen.has(c.id) && seen.add(c.id)).sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : a.id < b.id ? -1 : 1));
}

/** The first day a publication date counts on: "2025-12" from 1 December, "2025" from 1 January. */
const firstDay = (published: string | null): string | null =>
  published === null ? null : published.length === 4 ? `${published}-01-01` : published.length === 7 ? `${published}-01` : published;

const reconcile = (r: Reconciler, claims: Claim[], context: ReconcileContext): Proposition[] => (claims.length ? r.reconcile(claims, context) : []);

async function described(store: LedgerStore, day: string, change: PropositionChange, fresh: Set<string>, claims: Claim[]): Promise<LedgerChange> {
  const p = change.proposition;
  const own = new Set(p.claims);
  const docs = [...new Set(claims.filter((c) => own.has(c.id) && fresh.has(c.doc)).map((c) => c.doc))];
  const articles = [];
  for (const id of docs) {
    const a = await store.article(id);
    articles.push({ id, outlet: a?.outlet ?? null, title: a?.title ?? null });
  }
  const id = [day, change.type, p.id, ...(change.other ? [change.other.id] : [])].join("/");
  return { id, day, ...change, title: titleOfChange(change), articles };
}

function titleOfChange(change: PropositionChange): string {
  const p = change.proposition;
  const name = titleOf(p);
  switch (change.type) {
    case "new-proposition": return `New: ${name} (${STATUS_WORDS[p.status]})`;
    case "status-change": return `${name}: ${STATUS_WORDS[change.fromStatus!]} → ${STATUS_WORDS[p.status]}`;
    case "new-contradiction": return `${name} now contradicts ${titleOf(change.other!)}`;
    case "new-figure-high": return `${name}: new high ${figureText(p.figure) ?? ""}`.trim();
  }
}
