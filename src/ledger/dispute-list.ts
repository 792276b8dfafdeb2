// Disputed propositions with their positions side by side: who asserts, who denies, who cannot confirm,
// together with the propositions that contradict them. One listing, one page size, for every view.
import type { Claim, Proposition, SourceSide } from "../claims/index.js";
import type { LedgerStore } from "../store/ledger-store.js";
import { groupPositions, positionsOf, type PositionGroup } from "./positions.js";
import { claimsOfProposition } from "./proposition-claims.js";
import { withWords, type WordedProposition } from "./proposition-words.js";

export interface Dispute {
  proposition: WordedProposition;
  /** Propositions that contradict it ("Ukrainian control of X" against "Russian control of X"). */
  contradicting: WordedProposition[];
  /** One column per thing said, each with the sources that say it. */
  positions: PositionGroup[];
}

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

/** Disputes on one page unless asked otherwise (a large ledger holds thousands; page, or filter by place). */
export const DISPUTES_PAGE = 50;

export interface DisputeQuery {
  place?: string;
  /** Disputes with a primary source reported by this outlet (a part of its name, any case). */
  outlet?: string;
  /** Disputes with a primary source of this side. */
  speakerSide?: SourceSide;
  limit?: number;
  offset?: number;
}

export async function listDisputes(store: LedgerStore, query: DisputeQuery = {}): Promise<Page<Dispute>> {
  const filter = {
    status: "disputed" as const,
    ...(query.place ? { place: query.place } : {}),
    ...(query.outlet !== undefined ? { outlet: query.outlet } : {}),
    ...(query.speakerSide ? { speakerSide: query.speakerSide } : {}),
  };
  const limit = query.limit ?? DISPUTES_PAGE;
  const offset = query.offset ?? 0;
  const [total, disputed] = await Promise.all([store.countPropositions(filter), store.propositions({ ...filter, limit, offset })]);
  const items: Dispute[] = [];
  for (const p of disputed) items.push(await disputeOf(store, p));
  return { total, limit, offset, items };
}

async function disputeOf(store: LedgerStore, p: Proposition): Promise<Dispute> {
  const related = await Promise.all(p.related.filter((r) => r.relation === "contradicts").map((r) => store.proposition(r.id)));
  const contradicting = related.filter((q): q is Proposition => q !== null);
  const all = [p, ...contradicting];
  const claimsOf = new Map<Proposition, Claim[]>(await Promise.all(all.map(async (q) => [q, await claimsOfProposition(store, q)] as const)));
  const docs = [...new Set([...claimsOf.values()].flat().map((c) => c.doc))];
  const outlets = await store.outlets(docs);
  const outletOf = (doc: string) => outlets.get(doc) ?? null;
  const positions = groupPositions(all.flatMap((q) => positionsOf(q, claimsOf.get(q)!, outletOf)));
  return {
    proposition: withWords(p, claimsOf.get(p)),
    contradicting: contradicting.map((q) => withWords(q, claimsOf.get(q))),
    positions,
  };
}
