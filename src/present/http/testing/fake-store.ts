// An in-memory LedgerStore for HTTP and browser tests, until (and beside) store/sqlite.
import { createHash } from "node:crypto";
import type { Article, Claim, Proposition } from "../../../claims/index.js";
import type { AddResult, ClaimFilter, LedgerStore, PropositionFilter, StoredArticle } from "../../../store/ledger-store.js";

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
const page = <T>(rows: T[], f: { limit?: number; offset?: number }) =>
  rows.slice(f.offset ?? 0, f.limit === undefined ? undefined : (f.offset ?? 0) + f.limit);

const matchesPlace = (place: { name: string; id: string | null } | null, wanted: string) =>
  place !== null && (place.id === wanted || fold(place.name) === fold(wanted));

function claimMatches(c: Claim, f: ClaimFilter): boolean {
  if (f.place && !matchesPlace(c.place, f.place)) return false;
  if (f.kind && c.kind !== f.kind) return false;
  if (f.side && c.side !== f.side) return false;
  if (f.doc && c.doc !== f.doc) return false;
  if (f.source && !fold(c.source?.name ?? "").includes(fold(f.source))) return false;
  if (f.search && !fold(c.evidence.text).includes(fold(f.search))) return false;
  if (f.from && (c.time?.end ?? "9999") < f.from) return false;
  if (f.to && (c.time?.start ?? "0000") > f.to) return false;
  return true;
}

function propositionMatches(p: Proposition, f: PropositionFilter): boolean {
  if (f.place && !matchesPlace(p.place, f.place)) return false;
  if (f.kind && p.kind !== f.kind) return false;
  if (f.side && p.side !== f.side) return false;
  if (f.status && p.status !== f.status) return false;
  if (f.search) {
    const hay = fold([p.kind, p.measure, p.side, p.place?.name, ...p.primary_sources.map((s) => s.name)].join(" "));
    if (!hay.includes(fold(f.search))) return false;
  }
  return true;
}

export const fakeGroupKey = (c: Claim) => `${c.kind}/${c.measure}/${c.side ?? "-"}/${c.place?.id ?? c.place?.name ?? "-"}`;

export interface FakeStore extends LedgerStore {
  /** Every stored claim, for the fake reconciler. */
  allClaims(): Claim[];
}

export function createFakeStore(): FakeStore {
  const articles = new Map<string, StoredArticle>();
  const claims = new Map<string, Claim>();
  const propositions = new Map<string, Proposition>();
  const groupOf = new Map<string, string>();
  let clock = 0;
  return {
    async addArticle(article: Article, found: Claim[]): Promise<AddResult> {
      const contentHash = createHash("sha256").update(article.text.replace(/\s+/g, " ").trim()).digest("hex");
      const same = [...articles.values()].find((a) => a.contentHash === contentHash);
      if (same) return { added: false, docId: same.id, claims: same.claimCount };
      articles.set(article.id, {
        id: article.id, outlet: article.outlet, title: article.title, published: article.published,
        url: article.url ?? null, origin: article.origin, contentHash, text: article.text, offset: article.offset ?? 0,
        claimCount: found.length, ingestedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString(),
      });
      for (const c of found) claims.set(c.id, c);
      return { added: true, docId: article.id, claims: found.length };
    },
    article: async (id) => articles.get(id) ?? null,
    articles: async (o = {}) => page([...articles.values()], o),
    claims: async (f = {}) => page([...claims.values()].filter((c) => claimMatches(c, f)), f),
    countClaims: async (f = {}) => [...claims.values()].filter((c) => claimMatches(c, f)).length,
    claimsByGroup: async (keys) => [...claims.values()].filter((c) => keys.includes(fakeGroupKey(c))),
    async putPropositions(keys, props) {
      for (const [id, key] of groupOf) if (keys.includes(key)) { propositions.delete(id); groupOf.delete(id); }
      for (const p of props) {
        propositions.set(p.id, p);
        const first = claims.get(p.claims[0] ?? "");
        groupOf.set(p.id, first ? fakeGroupKey(first) : p.id);
      }
    },
    propositions: async (f = {}) => page([...propositions.values()].filter((p) => propositionMatches(p, f)), f),
    countPropositions: async (f = {}) => [...propositions.values()].filter((p) => propositionMatches(p, f)).length,
    proposition: async (id) => propositions.get(id) ?? null,
    async places() {
      const byName = new Map<string, { name: string; id: string | null; lat: number | null; lon: number | null; claims: number }>();
      for (const c of claims.values()) {
        if (!c.place) continue;
        const row = byName.get(c.place.name) ?? { name: c.place.name, id: c.place.id, lat: c.place.lat, lon: c.place.lon, claims: 0 };
        row.claims++;
        byName.set(c.place.name, row);
      }
      return [...byName.values()];
    },
    outlets: async (ids) => new Map(ids.map((id) => [id, articles.get(id)?.outlet ?? null])),
    claimsByIds: async (ids) => { const wanted = new Set(ids); return [...claims.values()].filter((c) => wanted.has(c.id)); },
    publishedDates: async (ids) => new Map(ids.map((id) => [id, articles.get(id)?.published ?? null])),
    allClaims: () => [...claims.values()],
    async close() {},
  };
}
