// A place's control propositions for the map's side panel, the leading one first (the order of
// outranks in place-summary.ts, which picks the one the map colours by), each with its primary sources.
import type { Measure, Proposition, PropositionStatus, Side, SourceSide, Stance } from "../claims/index.js";
import type { LedgerStore } from "../store/ledger-store.js";
import { outranks, type PlaceSummary } from "./place-summary.js";
import { wordsOf } from "./proposition-words.js";

export interface ControlSource {
  name: string;
  side: SourceSide | null;
  stance: Stance;
}

export interface PlaceControlEntry {
  id: string;
  /** "Russian control of Pokrovsk". */
  title: string;
  status: PropositionStatus;
  side: Side | null;
  measure: Measure;
  time: { start: string | null; end: string | null } | null;
  reports: number;
  primary_sources: ControlSource[];
}

/** Leading first: the proposition that outranks the others speaks for the place. */
export const compareControls = (a: Proposition, b: Proposition): number => (outranks(a, b) ? -1 : outranks(b, a) ? 1 : 0);

export function controlEntriesOf(propositions: Proposition[]): PlaceControlEntry[] {
  return propositions
    .filter((p) => p.kind === "control")
    .sort(compareControls)
    .map((p) => ({
      id: p.id, title: wordsOf(p).title, status: p.status, side: p.side, measure: p.measure, time: p.time, reports: p.reports,
      primary_sources: p.primary_sources.map((s) => ({ name: s.name, side: s.side, stance: s.stance })),
    }));
}

export async function placeControls(store: LedgerStore, place: Pick<PlaceSummary, "id" | "name">): Promise<PlaceControlEntry[]> {
  return controlEntriesOf(await store.propositions({ place: place.id ?? place.name, kind: "control", limit: 1_000_000 }));
}
