// The ledger as it stood on a day, behind the LedgerStore seam, so that every read (CLI, API, report,
// exports) shows it unchanged: the claims of the articles in the ledger then (a store filter), and their
// propositions reconciled again in memory from those claims alone. Only the scopes that later articles
// touched are reconciled; every other stored proposition is what it was then already. Read-only.
import { FoglineError, type Claim, type Proposition } from "../claims/index.js";
import type { PlaceIndex } from "../places/index.js";
import { placeKey, scopesOf, type ReconcileContext, type Reconciler, type ReconcileScope } from "../reconcile/index.js";
import { wasInLedger } from "../store/as-of-scope.js";
import type { AsOfScope, ClaimFilter, LedgerStore, PropositionFilter, StoredArticle } from "../store/ledger-store.js";
import type { AsOf } from "./as-of.js";
import { compareProposition, isAtPlace, matchesProposition } from "./proposition-match.js";
import { claimsOfScope, docsInScope } from "./scope-claims.js";

const ALL = Number.MAX_SAFE_INTEGER;
const fold = (s: string) => s.normalize("NFC").toLocaleLowerCase("und");

export interface AsOfOptions {
  asOf: AsOf;
  /** The reconciler the ledger was built with (createReconciler()). */
  reconciler: Reconciler;
  /** Reference data for the reconciler's checks, as at ingest. */
  places?: PlaceIndex;
}

export interface AsOfStore extends LedgerStore {
  readonly asOf: AsOf;
}

interface Touched {
  scopes: ReconcileScope[];
  groups: Set<string>;
  /** placeKey -> kinds reconciled together there. */
  places: Map<string, Set<string>>;
}

interface Scoped { propositions: Proposition[]; claims: Map<string, Claim> }

export function openAsOf(store: LedgerStore, options: AsOfOptions): AsOfStore {
  const inLedger: AsOfScope = { ...options.asOf };
  const later: AsOfScope = { ...options.asOf, later: true };
  const { reconciler } = options;
  const touched = new Map<string, Promise<Touched>>();
  const scoped = new Map<string, Promise<Scoped>>();

  // The groups that articles not yet in the ledger on that day have claims in (at one place, for a read
  // of that place), and their scopes. Nothing later (a day after the last article): nothing to reconcile.
  const touchedScopes = (place?: string) => {
    const key = place === undefined ? "" : `place:${place}`;
    let found = touched.get(key);
    if (!found) touched.set(key, (found = (async () => {
      const filter = { asOf: later, ...(place !== undefined && { place }) };
      const claims = (await store.countClaims(filter)) === 0 ? [] : await store.claims({ ...filter, limit: ALL });
      const groups = new Set(claims.map((c) => reconciler.groupKey(c)));
      const scopes = scopesOf(groups);
      const places = new Map<string, Set<string>>();
      for (const s of scopes) if (s.place !== undefined) places.set(s.place, new Set([...(places.get(s.place) ?? []), ...s.kinds]));
      return { scopes, groups, places };
    })()));
    return found;
  };

  const reconcileScope = (scope: ReconcileScope) => {
    let found = scoped.get(scope.id);
    if (!found) scoped.set(scope.id, (found = (async () => {
      const claims = await claimsOfScope(store, scope, inLedger);
      const docs = [...new Set(claims.map((c) => c.doc))];
      const [outlets, published] = [await store.outlets(docs), await store.publishedDates(docs)];
      const context: ReconcileContext = {
        outletOf: (doc) => outlets.get(doc) ?? null, publishedOf: (doc) => published.get(doc) ?? null, places: options.places,
      };
      return { propositions: claims.length ? reconciler.reconcile(claims, context) : [], claims: new Map(claims.map((c) => [c.id, c])) };
    })()));
    return found;
  };

  /** Whether a stored proposition (by its first claim) lies in a scope that later articles touched. */
  function isStale(t: Touched, first: Claim | undefined): boolean {
    if (!first) return true;
    if (t.groups.has(reconciler.groupKey(first))) return true;
    return [first.place, first.place2].some((p) => p && t.places.get(placeKey(p))?.has(first.kind));
  }

  /** The place keys a place filter may mean: the name folded, the id, and the ids of places of that name. */
  async function placeKeys(place: string): Promise<Set<string>> {
    const keys = new Set([place, fold(place)]);
    for (const p of await store.places()) if (p.id !== null && (fold(p.name) === fold(place) || p.id === place)) keys.add(p.id);
    return keys;
  }

  /** Every proposition matching the filter as of the day, in the stores' order (no paging). */
  async function matching(filter: PropositionFilter): Promise<Proposition[]> {
    const t = await touchedScopes(filter.place);
    const { limit: _l, offset: _o, ...f } = filter;
    const stored = await store.propositions({ ...f, limit: ALL, offset: 0 });
    const firsts = new Map((await store.claimsByIds(stored.map((p) => p.claims[0]))).map((c) => [c.id, c]));
    const kept = stored.filter((p) => !isStale(t, firsts.get(p.claims[0])));
    const keys = f.place === undefined ? null : await placeKeys(f.place);
    const fresh: Proposition[] = [];
    for (const scope of t.scopes) {
      const kind = scope.group?.split("|")[0];
      if (f.kind !== undefined && !(scope.kinds ? scope.kinds.includes(f.kind) : kind === f.kind)) continue;
      if (keys && !(scope.place !== undefined ? keys.has(scope.place) : scope.group.split("|")[3]?.split("~").some((k) => keys.has(k)))) continue;
      const { propositions, claims } = await reconcileScope(scope);
      fresh.push(...propositions.filter((p) => matchesProposition(p, f, (id) => claims.get(id))));
    }
    const byId = new Map<string, Proposition>();
    for (const p of [...kept, ...fresh]) byId.set(p.id, p);
    return [...byId.values()].sort(compareProposition);
  }

  async function claimsWithStatus(filter: ClaimFilter): Promise<Claim[]> {
    const { limit: _l, offset: _o, status, ...f } = filter;
    const ids = new Set((await matching({ status, ...(f.place !== undefined && { place: f.place }) })).flatMap((p) => p.claims));
    return (await store.claims({ ...f, asOf: inLedger, limit: ALL, offset: 0 })).filter((c) => ids.has(c.id));
  }

  async function keepInLedger(claims: Claim[]): Promise<Claim[]> {
    const docs = await docsInScope(store, [...new Set(claims.map((c) => c.doc))], inLedger);
    return claims.filter((c) => docs.has(c.doc));
  }

  const page = <T>(rows: T[], f: { limit?: number; offset?: number }): T[] => rows.slice(f.offset ?? 0, (f.offset ?? 0) + (f.limit ?? ALL));
  const readOnly = (): never => {
    throw new FoglineError("as-of-read-only", `the ledger as of ${options.asOf.day} is read-only`, "write to the ledger without --as-of / as_of");
  };

  return {
    asOf: options.asOf,
    addArticle: async () => readOnly(),
    putPropositions: async () => readOnly(),
    appendReviews: async () => readOnly(),
    // (Reviews are today's: a claim rejected since is left out of the day's ledger as well.)
    reviewedClaim: (id) => store.reviewedClaim(id),
    reviewEvents: (query) => store.reviewEvents(query),
    appendSettlement: async () => readOnly(),
    // (Settlements are today's, as reviews: a record as of a day still scores against what is known now.)
    settlementEvents: (query) => store.settlementEvents(query),
    async article(id: string): Promise<StoredArticle | null> {
      const found = await store.article(id);
      return found && wasInLedger(found, inLedger) ? found : null;
    },
    articles: (o = {}) => store.articles({ ...o, asOf: inLedger }),
    async claims(filter: ClaimFilter = {}) {
      if (filter.status === undefined) return store.claims({ ...filter, asOf: inLedger });
      return page(await claimsWithStatus(filter), filter);
    },
    async countClaims(filter: ClaimFilter = {}) {
      if (filter.status === undefined) return store.countClaims({ ...filter, asOf: inLedger });
      return (await claimsWithStatus(filter)).length;
    },
    claimsByIds: async (ids) => keepInLedger(await store.claimsByIds(ids)),
    claimsByGroup: async (keys) => keepInLedger(await store.claimsByGroup(keys)),
    propositions: async (filter: PropositionFilter = {}) => page(await matching(filter), filter),
    countPropositions: async (filter: PropositionFilter = {}) => (await matching(filter)).length,
    async proposition(id: string) {
      const stored = await store.proposition(id);
      if (stored) {
        // Its own scope decides: unchanged unless later articles have claims there.
        const [first] = await store.claimsByIds([stored.claims[0]]);
        const scope = first && scopesOf([reconciler.groupKey(first)]).find((s) => s.group !== undefined || [first.place, first.place2].some((p) => p && placeKey(p) === s.place));
        if (!scope) return stored;
        if ((await claimsOfScope(store, scope, later)).length === 0) return stored;
        const again = (await reconcileScope(scope)).propositions.find((p) => p.id === id);
        if (again) return again;
      }
      // A proposition of that day that no longer is one (its period or group moved since): look everywhere.
      for (const scope of (await touchedScopes()).scopes) {
        const found = (await reconcileScope(scope)).propositions.find((p) => p.id === id);
        if (found) return found;
      }
      return null;
    },
    places: () => store.places({ asOf: inLedger }),
    outlets: (ids) => store.outlets(ids),
    publishedDates: (ids) => store.publishedDates(ids),
    close: () => store.close(),
  };
}

