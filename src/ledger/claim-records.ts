// Each claim with what an export table or map needs beside it: the proposition it is grouped in (id,
// title, status), the primary source it counts under, its article (outlet, URL, title, publication)
// and its date and place precision. Computed here once; present/export only lays it out.
import type { Claim, PrimarySource, Proposition, PropositionStatus } from "../claims/index.js";
import type { LedgerStore } from "../store/ledger-store.js";
import { claimDate, placePrecision, type ClaimDate, type PlacePrecision } from "./claim-dates.js";
import { documentLookup, readDocuments, type DocumentInfo, type DocumentsOf } from "./document-info.js";
import { readLedgerSnapshot, type LedgerSnapshot } from "./ledger-snapshot.js";
import { wordsOf } from "./proposition-words.js";

export interface ClaimRecord {
  claim: Claim;
  document: DocumentInfo;
  /** The proposition the claim is grouped in; null for a claim no proposition holds. */
  proposition: { id: string; title: string; status: PropositionStatus } | null;
  /** The primary source the claim counts under ("Government of Russia" for a ministry's spokesman). */
  primarySource: Pick<PrimarySource, "name" | "side"> | null;
  date: ClaimDate;
  placePrecision: PlacePrecision | null;
}

/** The primary source of `p` behind one claim: its speaker (or, for the article's own voice, the outlet) with the claim's stance. */
export function primarySourceOf(p: Proposition, claim: Claim, outlet: string | null): PrimarySource | null {
  const speaker = claim.source?.name ?? outlet;
  if (speaker === null) return null;
  const same = p.primary_sources.filter((s) => s.speakers.includes(speaker) || (!claim.source && s.name === speaker));
  return same.find((s) => s.stance === claim.polarity) ?? same[0] ?? null;
}

export function claimRecordsOf(snapshot: Pick<LedgerSnapshot, "propositions" | "claims">, documentsOf: DocumentsOf): ClaimRecord[] {
  const propositionOf = new Map<string, Proposition>();
  for (const p of snapshot.propositions) for (const id of p.claims) propositionOf.set(id, p);
  const titles = new Map<Proposition, string>();
  const titleOf = (p: Proposition) => {
    if (!titles.has(p)) titles.set(p, wordsOf(p, p.claims.slice(0, 1).map((id) => snapshot.claims.get(id)).filter((c): c is Claim => !!c)).title);
    return titles.get(p)!;
  };
  return [...snapshot.claims.values()].map((claim) => {
    const document = documentsOf(claim.doc);
    const p = propositionOf.get(claim.id);
    const source = p ? primarySourceOf(p, claim, document.outlet) : null;
    return {
      claim,
      document,
      proposition: p ? { id: p.id, title: titleOf(p), status: p.status } : null,
      primarySource: source ? { name: source.name, side: source.side } : null,
      date: claimDate(claim, document.published),
      placePrecision: placePrecision(claim.place),
    };
  });
}

/** Every claim of the ledger as records, in the store's order (by time, undated last, then article and position). */
export async function readClaimRecords(store: LedgerStore): Promise<ClaimRecord[]> {
  const snapshot = await readLedgerSnapshot(store);
  const documents = await readDocuments(store, [...snapshot.claims.values()].map((c) => c.doc));
  return claimRecordsOf(snapshot, documentLookup(documents));
}
