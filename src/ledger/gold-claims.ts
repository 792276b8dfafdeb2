// The reviewed claims as evaluation data, in the gold format of shared/eval/score.mjs, so that a team
// scores the extractor on its own beat (fogline export gold). Articles with a review are in it: the claims
// a person accepted, corrected or added are required; their other claims, not yet reviewed, are optional
// (neither a miss nor a false alarm); rejected ones are left out, so predicting them is a false alarm.
import type { Claim } from "../claims/index.js";
import type { LedgerStore } from "../store/ledger-store.js";

export interface GoldClaim {
  id: string;
  doc: string;
  kind: string;
  measure: string;
  side: string | null;
  value?: number;
  low?: number;
  high?: number;
  qualifier?: string;
  unit?: string;
  place?: string;
  place2?: string;
  source: { side: string | null; key: string } | null;
  time?: { start?: string; end?: string };
  polarity: string;
  hedged?: boolean;
  quotes: string[];
  /** Not reviewed yet: counts neither as a miss nor, when matched, as a false alarm. */
  optional?: boolean;
  /** Who decided it, and how (accepted, corrected, added); null for an optional claim. */
  reviewed: { status: string; by: string; at: string } | null;
}

export interface GoldSet {
  about: string;
  documents: Record<string, { outlet: string | null; published: string | null }>;
  places: Record<string, string[]>;
  claims: GoldClaim[];
}

/** The gold set and the texts of its documents (the scorer reads each as DOCS/<doc>.txt). */
export async function readGold(store: LedgerStore): Promise<{ gold: GoldSet; texts: Map<string, string> }> {
  const ids = [...new Set((await store.reviewEvents()).map((e) => e.claim))];
  const claims: Claim[] = [];
  for (const id of ids) {
    const found = await store.reviewedClaim(id);
    if (found && !found.rejected && found.claim.review) claims.push(found.claim);
  }
  for (const doc of new Set(claims.map((c) => c.doc))) {
    for (const c of await store.claims({ doc, limit: Number.MAX_SAFE_INTEGER })) if (!c.review) claims.push(c);
  }
  claims.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.evidence.start - b.evidence.start));
  const documents: GoldSet["documents"] = {};
  const texts = new Map<string, string>();
  for (const doc of new Set(claims.map((c) => c.doc))) {
    const article = await store.article(doc);
    if (!article) continue;
    documents[doc] = { outlet: article.outlet, published: article.published };
    texts.set(doc, article.text);
  }
  const places: GoldSet["places"] = {};
  for (const c of claims) {
    for (const p of [c.place, c.place2]) {
      if (!p) continue;
      const spellings = (places[p.name] ??= []);
      if (p.mention && p.mention !== p.name && !spellings.includes(p.mention)) spellings.push(p.mention);
    }
  }
  return {
    gold: {
      about: "Claims reviewed by people in this ledger (fogline export gold): accepted, corrected or added ones are required, the articles' claims not yet reviewed are optional, rejected ones are left out. Score with shared/eval/score.mjs --gold this-file --docs the folder of --docs.",
      documents, places, claims: claims.filter((c) => documents[c.doc]).map(goldOf),
    },
    texts,
  };
}

function goldOf(c: Claim): GoldClaim {
  const figure = c.value !== null ? { value: c.value } : c.low !== null && c.high !== null ? { low: c.low, high: c.high } : {};
  const time = c.time && (c.time.start || c.time.end) ? { time: { ...(c.time.start ? { start: c.time.start } : {}), ...(c.time.end ? { end: c.time.end } : {}) } } : {};
  return {
    id: c.id, doc: c.doc, kind: c.kind, measure: c.measure, side: c.side, ...figure,
    ...(c.qualifier ? { qualifier: c.qualifier } : {}), ...(c.unit ? { unit: c.unit } : {}),
    ...(c.place ? { place: c.place.name } : {}), ...(c.place2 ? { place2: c.place2.name } : {}),
    source: c.source ? { side: c.source.side, key: c.source.name } : null,
    ...time, polarity: c.polarity, ...(c.hedges.length ? { hedged: true } : {}),
    quotes: [c.evidence.text],
    ...(c.review ? {} : { optional: true }),
    reviewed: c.review ? { status: c.review.status, by: c.review.by, at: c.review.at } : null,
  };
}
