// A proposition as a row: indexed columns for the filters, the whole record as JSON.
import type { Proposition } from "../../claims/index.js";
import { foldName } from "./claim-row.js";

export interface PropositionRow {
  id: string;
  group_key: string;
  kind: string;
  measure: string;
  side: string | null;
  place_name: string | null;
  place_key: string | null;
  place_id: string | null;
  status: string;
  time_start: string | null;
  time_end: string | null;
  search_text: string;
  body: string;
}

export function toPropositionRow(p: Proposition, groupKey: string): PropositionRow {
  return {
    id: p.id,
    group_key: groupKey,
    kind: p.kind,
    measure: p.measure,
    side: p.side,
    place_name: p.place?.name ?? null,
    place_key: p.place ? foldName(p.place.name) : null,
    place_id: p.place?.id ?? null,
    status: p.status,
    time_start: p.time?.start ?? p.time?.end ?? null,
    time_end: p.time?.end ?? p.time?.start ?? null,
    search_text: searchTextOf(p),
    body: JSON.stringify(p),
  };
}

/** Words a proposition search matches besides its claims' evidence: place, kind, sources, outlets. */
function searchTextOf(p: Proposition): string {
  const words = [p.kind, p.measure, p.side ?? "", p.place?.name ?? "", p.status];
  for (const s of p.primary_sources) words.push(s.name, ...s.speakers, ...s.reported_by);
  return foldName(words.filter((w) => w !== "").join("\n"));
}

export const fromPropositionRow = (row: Pick<PropositionRow, "body">): Proposition => JSON.parse(row.body) as Proposition;
