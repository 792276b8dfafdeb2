// A claim as a row: indexed columns for the filters, the rest as JSON. Evidence text lives in its own
// column (claim_fts indexes it), so the body leaves it out.
import type { Claim } from "../../claims/index.js";

export interface ClaimRow {
  id: string;
  doc: string;
  kind: string;
  measure: string;
  side: string | null;
  place_name: string | null;
  place_key: string | null;
  place_id: string | null;
  source_name: string | null;
  source_key: string | null;
  time_start: string | null;
  time_end: string | null;
  polarity: string;
  group_key: string;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  body: string;
}

/** Case folding for names compared case-insensitively (Unicode, unlike SQLite's NOCASE). */
export const foldName = (name: string): string => name.normalize("NFC").toLocaleLowerCase("und");

export function toClaimRow(claim: Claim, groupKey: string): ClaimRow {
  const { evidence, ...rest } = claim;
  const start = claim.time?.start ?? claim.time?.end ?? null;
  const end = claim.time?.end ?? claim.time?.start ?? null;
  return {
    id: claim.id,
    doc: claim.doc,
    kind: claim.kind,
    measure: claim.measure,
    side: claim.side,
    place_name: claim.place?.name ?? null,
    place_key: claim.place ? foldName(claim.place.name) : null,
    place_id: claim.place?.id ?? null,
    source_name: claim.source?.name ?? null,
    source_key: claim.source ? foldName(claim.source.name) : null,
    time_start: start,
    time_end: end,
    polarity: claim.polarity,
    group_key: groupKey,
    evidence_start: evidence.start,
    evidence_end: evidence.end,
    evidence_text: evidence.text,
    body: JSON.stringify(rest),
  };
}

export function fromClaimRow(row: Pick<ClaimRow, "body" | "evidence_text" | "evidence_start" | "evidence_end">): Claim {
  const rest = JSON.parse(row.body) as Omit<Claim, "evidence">;
  return { ...rest, evidence: { text: row.evidence_text, start: row.evidence_start, end: row.evidence_end } };
}
