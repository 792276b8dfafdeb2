// An in-memory LedgerStore for HTTP and browser tests. It passes the same contract suite as the real
// adapters (fake-store.test.ts), so a test that passes on it means the same on SQLite or PostgreSQL.
import { matchingOutlets } from "../../../store/outlet-match.js";
import { FoglineError } from "../../../claims/index.js";
import type { Article, Claim, Proposition, ReviewEvent, SettlementEvent } from "../../../claims/index.js";
import { contentHash, documentKey } from "../../../store/content-hash.js";
import { assertSettlement } from "../../../store/settlement-event-row.js";
import { assertReviewEvents, claimExists, eventExists, unknownClaim, unknownDocument } from "../../../store/review-event-row.js";
import { assertAsOfDay, inScope } from "../../../store/as-of-scope.js";
import { searchTerms } from "../../../store/search-terms.js";
import type {
  AddResult, AsOfScope, ClaimFilter, ClaimGroupKeyOf, LedgerStore, PropositionFilter, PropositionGroupKeyOf, StoredArticle, StoredPlace,
} from "../../../store/ledger-store.js";

const fold = (s: string) => s.normalize("NFC").toLocaleLowerCase("und");
const tokens = (s: string) => fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const words = (search: string) => searchTerms(search);

function count(name: string, n: number | undefined, fallback: number): number {
  if (n === undefined) return fallback;
  if (!Number.isInteger(n) || n < 0) throw new FoglineError("bad-filter", `${name} must be a whole number ≥ 0, not ${n}`);
  return n;
}
function page<T>(rows: T[], f: { limit?: number; offset?: number }): T[] {
  const offset = count("offset", f.offset, 0);
  return rows.slice(offset, offset + count("limit", f.limit, Number.MAX_SAFE_INTEGER));
}
function isoDate(name: string, date: string | undefined): void {
  if (date !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) throw new FoglineError("bad-filter", `--${name} must be an ISO date, not "${date}"`);
}

/** Every word of the search occurs in the text, as a run of its tokens. */
function hasWords(text: string, search: string): boolean {
  const hay = tokens(text);
  const list = words(search);
  return list.length > 0 && list.every((w) => {
    const t = tokens(w);
    return t.length > 0 && hay.some((_, i) => t.every((x, j) => hay[i + j] === x));
  });
}

const isPlace = (place: { name: string; id: string | null } | null, wanted: string) =>
  place !== null && (place.id === wanted || fold(place.name) === fold(wanted));

interface StoredClaim {
  claim: Claim; groupKey: string; seq: number;
  rejected?: boolean;
  /** Undefined while never reviewed, null for a claim a person added (as the claims.machine column). */
  machine?: Claim | null;
}

function claimMatches({ claim: c, rejected }: StoredClaim, f: ClaimFilter): boolean {
  if (rejected && !f.withRejected) return false;
  const start = c.time?.start ?? c.time?.end ?? null;
  const end = c.time?.end ?? c.time?.start ?? null;
  if (f.place !== undefined && !isPlace(c.place, f.place)) return false;
  if (f.kind !== undefined && c.kind !== f.kind) return false;
  if (f.side !== undefined && c.side !== f.side) return false;
  if (f.doc !== undefined && c.doc !== f.doc) return false;
  if (f.source !== undefined && !(c.source && fold(c.source.name).includes(fold(f.source)))) return false;
  // A period ends on or after `from` when its end is at or past it, or is `from`'s year or month.
  if (f.from !== undefined && !(end !== null && (end >= f.from || (f.from.length > 4 && end === f.from.slice(0, 4)) || (f.from.length > 7 && end === f.from.slice(0, 7))))) return false;
  if (f.to !== undefined && !(start !== null && start <= f.to + "\uffff")) return false;
  if (f.search !== undefined && !hasWords(c.evidence.text, f.search)) return false;
  return true;
}

const timeStart = (t: { start: string | null; end: string | null } | null) => t?.start ?? t?.end ?? null;
function byTime(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
const byText = (a: string | null | undefined, b: string | null | undefined) => ((a ?? "") < (b ?? "") ? -1 : (a ?? "") > (b ?? "") ? 1 : 0);
const claimOrder = (a: StoredClaim, b: StoredClaim) =>
  byTime(timeStart(a.claim.time), timeStart(b.claim.time)) || byText(a.claim.doc, b.claim.doc)
  || a.claim.evidence.start - b.claim.evidence.start || a.seq - b.seq;
const propositionOrder = (a: Proposition, b: Proposition) =>
  byTime(timeStart(a.time), timeStart(b.time)) || byText(a.place?.name, b.place?.name) || byText(a.kind, b.kind)
  || byText(a.measure, b.measure) || byText(a.id, b.id);

/** Words a proposition search matches besides its claims' evidence (sqlite/proposition-row.ts). */
function searchText(p: Proposition): string {
  const all = [p.kind, p.measure, p.side ?? "", p.place?.name ?? "", p.status];
  for (const s of p.primary_sources) all.push(s.name, ...s.speakers, ...s.reported_by);
  return fold(all.join("\n"));
}

export const fakeGroupKey = (c: Claim) => `${c.kind}/${c.measure}/${c.side ?? "-"}/${c.place?.id ?? c.place?.name ?? "-"}`;

export interface FakeStore extends LedgerStore {
  /** Every stored claim, for the fake reconciler. */
  allClaims(): Claim[];
}

export function createFakeStore(): FakeStore {
  const documents: StoredArticle[] = [];
  const claims: StoredClaim[] = [];
  const propositions = new Map<string, { p: Proposition; groupKey: string }>();
  const events: ReviewEvent[] = [];
  const settlements: SettlementEvent[] = [];
  const storedClaim = (id: string) => claims.filter((c) => c.claim.id === id).sort((a, b) => a.seq - b.seq)[0];
  let clock = 0;
  const firstPart = (id: string) =>
    documents.filter((d) => d.id === id).sort((a, b) => a.offset - b.offset)[0] ?? null;
  const selectClaims = (f: ClaimFilter) => {
    isoDate("from", f.from);
    isoDate("to", f.to);
    const outletOf = new Map(documents.map((d) => [d.id, d.outlet]));
    const outlets = f.outlet !== undefined ? new Set(matchingOutlets([...outletOf.values()], f.outlet)) : null;
    if (f.asOf) assertAsOfDay(f.asOf.day);
    const selected = f.asOf ? new Set(documents.filter((d) => inScope(d, f.asOf!)).map((d) => d.id)) : null;
    const withStatus = f.status !== undefined ? new Set([...propositions.values()].filter((x) => x.p.status === f.status).flatMap((x) => x.p.claims)) : null;
    return claims.filter((c) => claimMatches(c, f)
      && (!outlets || outlets.has(outletOf.get(c.claim.doc) ?? ""))
      && (f.speakerSide === undefined || c.claim.source?.side === f.speakerSide)
      && (!withStatus || withStatus.has(c.claim.id))
      && (!selected || selected.has(c.claim.doc))).sort(claimOrder);
  };
  const selectPropositions = (f: PropositionFilter) => [...propositions.values()].map((x) => x.p).filter((p) => {
    if (f.place !== undefined && !isPlace(p.place, f.place)) return false;
    if (f.kind !== undefined && p.kind !== f.kind) return false;
    if (f.side !== undefined && p.side !== f.side) return false;
    if (f.status !== undefined && p.status !== f.status) return false;
    if (f.speakerSide !== undefined && !p.primary_sources.some((s) => s.side === f.speakerSide)) return false;
    if (f.outlet !== undefined) {
      const outlets = new Set(matchingOutlets(documents.map((d) => d.outlet), f.outlet));
      if (!p.primary_sources.some((s) => s.reported_by.some((o) => outlets.has(o)))) return false;
    }
    if (f.search !== undefined) {
      const own = new Set(p.claims);
      const inEvidence = claims.some((c) => own.has(c.claim.id) && hasWords(c.claim.evidence.text, f.search!));
      const list = words(f.search).map(fold);
      if (!inEvidence && !(list.length > 0 && list.every((w) => searchText(p).includes(w)))) return false;
    }
    return true;
  }).sort(propositionOrder);
  return {
    async addArticle(article: Article, found: Claim[], groupKeyOf: ClaimGroupKeyOf = () => ""): Promise<AddResult> {
      const hash = documentKey(article);
      const same = documents.find((d) => d.contentHash === hash);
      if (same) return { added: false, docId: same.id, claims: same.claimCount };
      const keys = found.map(groupKeyOf); // before anything is stored: a failure stores nothing
      documents.push({
        id: article.id, outlet: article.outlet, title: article.title, published: article.published,
        url: article.url ?? null, origin: article.origin, contentHash: hash, text: article.text, offset: article.offset ?? 0,
        claimCount: found.length, ingestedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString(),
      });
      found.forEach((claim, i) => claims.push({ claim, groupKey: keys[i], seq: claims.length }));
      return { added: true, docId: article.id, claims: found.length };
    },
    article: async (id) => firstPart(id),
    articles: async (o: { limit?: number; offset?: number; asOf?: AsOfScope } = {}) => {
      if (o.asOf) assertAsOfDay(o.asOf.day);
      return page(o.asOf ? documents.filter((d) => inScope(d, o.asOf!)) : documents, o);
    },
    claims: async (f = {}) => page(selectClaims(f), f).map((c) => c.claim),
    countClaims: async (f = {}) => selectClaims(f).length,
    claimsByIds: async (ids) => { const wanted = new Set(ids); return claims.filter((c) => wanted.has(c.claim.id)).sort(claimOrder).map((c) => c.claim); },
    claimsByGroup: async (keys) => { const wanted = new Set(keys); return claims.filter((c) => wanted.has(c.groupKey) && !c.rejected).sort(claimOrder).map((c) => c.claim); },
    async putPropositions(keys: string[], props: Proposition[], groupKeyOf?: PropositionGroupKeyOf) {
      const groupOf = (p: Proposition) => groupKeyOf?.(p)
        ?? p.claims.map((id) => claims.find((c) => c.claim.id === id)?.groupKey).find((k) => k !== undefined)
        ?? (keys.length === 1 ? keys[0] : "");
      const rows = props.map((p) => ({ p, groupKey: groupOf(p) }));
      for (const [id, { groupKey }] of propositions) if (keys.includes(groupKey)) propositions.delete(id);
      for (const row of rows) {
        propositions.delete(row.p.id);
        propositions.set(row.p.id, row);
      }
    },
    propositions: async (f = {}) => page(selectPropositions(f), f),
    countPropositions: async (f = {}) => selectPropositions(f).length,
    proposition: async (id) => propositions.get(id)?.p ?? null,
    async places(f: { asOf?: AsOfScope } = {}): Promise<StoredPlace[]> {
      const tally = new Map<string, StoredPlace & { key: string; placeId: string }>();
      for (const { claim: { place }, rejected } of f.asOf ? selectClaims({ asOf: f.asOf }) : claims) {
        if (!place || rejected) continue;
        const key = `${fold(place.name)}\u0000${place.id ?? ""}`;
        const row = tally.get(key) ?? { name: place.name, id: place.id, lat: place.lat, lon: place.lon, claims: 0, key: fold(place.name), placeId: place.id ?? "" };
        row.claims++;
        tally.set(key, row);
      }
      return [...tally.values()]
        .sort((a, b) => b.claims - a.claims || byText(a.key, b.key) || byText(a.placeId, b.placeId))
        .map(({ name, id, lat, lon, claims: n }) => ({ name, id, lat, lon, claims: n }));
    },
    outlets: async (ids) => new Map(ids.map((id) => [id, firstPart(id)?.outlet ?? null])),
    publishedDates: async (ids) => new Map(ids.map((id) => [id, firstPart(id)?.published ?? null])),
    async appendReviews(list: ReviewEvent[], { claim, groupKey, rejected, machine }) {
      assertReviewEvents(list, claim.id, machine !== undefined);
      for (const e of list) if (events.some((x) => x.id === e.id)) throw eventExists(e.id);
      const stored = storedClaim(claim.id);
      if (machine !== undefined) {
        if (!stored) throw unknownClaim(claim.id);
        for (const c of claims.filter((x) => x.claim.id === claim.id)) Object.assign(c, { claim, groupKey, rejected, machine: structuredClone(machine) });
      } else if (list.some((e) => e.action === "add")) {
        if (stored) throw claimExists(claim.id);
        const part = firstPart(claim.doc);
        if (!part) throw unknownDocument(claim.doc);
        claims.push({ claim, groupKey, seq: claims.length, rejected, machine: null });
        part.claimCount++;
      } else {
        if (!stored) throw unknownClaim(claim.id);
        for (const c of claims.filter((x) => x.claim.id === claim.id)) {
          if (c.machine === undefined) c.machine = structuredClone(c.claim);
          Object.assign(c, { claim, groupKey, rejected });
        }
      }
      events.push(...structuredClone(list));
    },
    async reviewedClaim(id) {
      const c = storedClaim(id);
      return c ? { claim: c.claim, machine: c.machine === undefined ? c.claim : c.machine, rejected: c.rejected ?? false, groupKey: c.groupKey } : null;
    },
    async reviewEvents(q = {}) {
      const p = q.proposition !== undefined ? propositions.get(q.proposition) : undefined;
      const ofProposition = new Set([...(p?.p.claims ?? []), ...claims.filter((c) => p && c.rejected && c.groupKey === p.groupKey).map((c) => c.claim.id)]);
      return events.filter((e) => (q.id === undefined || e.id === q.id) && (q.claim === undefined || e.claim === q.claim)
        && (q.claims === undefined || q.claims.includes(e.claim))
        && (q.proposition === undefined || ofProposition.has(e.claim))).map((e) => structuredClone(e));
    },
    async appendSettlement(event) {
      assertSettlement(event, {
        eventExists: (id) => settlements.some((e) => e.id === id),
        propositionExists: (id) => propositions.has(id),
        event: (id) => settlements.find((e) => e.id === id) ?? null,
        undone: (id) => settlements.some((e) => e.action === "undo" && e.undoes === id),
      });
      settlements.push(structuredClone(event));
    },
    async settlementEvents(q = {}) {
      return settlements.filter((e) => (q.id === undefined || e.id === q.id) && (q.proposition === undefined || e.proposition === q.proposition)
        && (q.propositions === undefined || q.propositions.includes(e.proposition))).map((e) => structuredClone(e));
    },
    allClaims: () => [...claims].filter((c) => !c.rejected).sort((a, b) => a.seq - b.seq).map((c) => c.claim),
    async close() {},
  };
}
