// A place's control story in the one order every view shows: by date (the claim's own, undated last),
// then by document and position in it, so that the CLI, the API and the report list it alike.
import type { Claim } from "../claims/index.js";
import { compareIso, timeline, type TimelineEntry } from "../reconcile/index.js";
import { titleOf } from "./wording.js";

/** An entry with its claim in the words of a proposition title ("Russian control of Pokrovsk"), for every view. */
export type TitledTimelineEntry = TimelineEntry & { title: string };

export const TIMELINE_KINDS: readonly Claim["kind"][] = ["control", "event"];

export function compareTimelineEntries(a: TimelineEntry, b: TimelineEntry): number {
  if (a.date === null || b.date === null) {
    if (a.date !== b.date) return a.date === null ? 1 : -1;
  } else {
    const byDate = compareIso(a.date, b.date);
    if (byDate) return byDate;
  }
  return a.claim.doc.localeCompare(b.claim.doc) || a.claim.evidence.start - b.claim.evidence.start || a.claim.id.localeCompare(b.claim.id);
}

/** `place` is a gazetteer id or a canonical name; claims of other places and kinds are left out. */
export function timelineOf(claims: Claim[], outletOf: (doc: string) => string | null, place: string): TitledTimelineEntry[] {
  return timeline(claims, outletOf, place)
    .sort(compareTimelineEntries)
    .map((e) => ({ ...e, title: titleOf(e.claim, e.claim.place2?.name ?? null) }));
}
