// PropositionFilter over propositions in memory (reconciled as of a day), with the stores' meaning
// (sqlite/proposition-query.ts) and their order (PROPOSITION_ORDER).
import type { Claim, Proposition } from "../claims/index.js";
import type { PropositionFilter } from "../store/ledger-store.js";
import { matchingOutlets } from "../store/outlet-match.js";

const fold = (s: string) => s.normalize("NFC").toLocaleLowerCase("und");
const tokens = (s: string) => fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const words = (search: string) => search.normalize("NFC").split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** Every word of the search occurs in the text, as a run of its tokens. */
function hasWords(text: string, search: string): boolean {
  const hay = tokens(text);
  const list = words(search);
  return list.length > 0 && list.every((w) => {
    const t = tokens(w);
    return t.length > 0 && hay.some((_, i) => t.every((x, j) => hay[i + j] === x));
  });
}

function searchText(p: Proposition): string {
  const all = [p.kind, p.measure, p.side ?? "", p.place?.name ?? "", p.status];
  for (const s of p.primary_sources) all.push(s.name, ...s.speakers, ...s.reported_by);
  return fold(all.join("\n"));
}

export const isAtPlace = (place: { name: string; id: string | null } | null, wanted: string): boolean =>
  place !== null && (place.id === wanted || fold(place.name) === fold(wanted));

/** Whether the proposition passes the filter; `claimOf` gives its claims' evidence for a search. */
export function matchesProposition(p: Proposition, f: PropositionFilter, claimOf: (id: string) => Claim | undefined): boolean {
  if (f.place !== undefined && !isAtPlace(p.place, f.place)) return false;
  if (f.kind !== undefined && p.kind !== f.kind) return false;
  if (f.side !== undefined && p.side !== f.side) return false;
  if (f.status !== undefined && p.status !== f.status) return false;
  if (f.speakerSide !== undefined && !p.primary_sources.some((s) => s.side === f.speakerSide)) return false;
  if (f.outlet !== undefined) {
    const carried = p.primary_sources.flatMap((s) => s.reported_by);
    if (matchingOutlets(carried, f.outlet).length === 0) return false;
  }
  if (f.search !== undefined) {
    const inEvidence = p.claims.some((id) => { const c = claimOf(id); return c !== undefined && hasWords(c.evidence.text, f.search!); });
    const list = words(f.search).map(fold);
    if (!inEvidence && !(list.length > 0 && list.every((w) => searchText(p).includes(w)))) return false;
  }
  return true;
}

const timeStart = (t: Proposition["time"]) => t?.start ?? t?.end ?? null;
const byText = (a: string | null | undefined, b: string | null | undefined) => ((a ?? "") < (b ?? "") ? -1 : (a ?? "") > (b ?? "") ? 1 : 0);
function byTime(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** The stores' proposition order: timed first by start, then place name, kind, measure, id. */
export const compareProposition = (a: Proposition, b: Proposition): number =>
  byTime(timeStart(a.time), timeStart(b.time)) || byText(a.place?.name, b.place?.name) || byText(a.kind, b.kind)
  || byText(a.measure, b.measure) || byText(a.id, b.id);
