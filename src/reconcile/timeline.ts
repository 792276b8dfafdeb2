// The control story of one place: control, contested and event claims in date order, undated last.
import type { Claim } from "../claims/index.js";
import { placeKey } from "./group-key.js";
import { compareIso } from "./period.js";
import type { TimelineEntry } from "./reconciler.js";

const TIMELINE_KINDS = new Set<Claim["kind"]>(["control", "event"]);

/** `place` is a gazetteer id or a canonical name (case-folded). */
export function timeline(claims: Claim[], outletOf: (doc: string) => string | null, place: string): TimelineEntry[] {
  const wanted = place.normalize("NFC").toLowerCase();
  const matches = (c: Claim): boolean =>
    c.place !== null && (c.place.id === place || placeKey(c.place) === wanted || c.place.name.toLowerCase() === wanted);
  const entries = claims
    .filter((c) => TIMELINE_KINDS.has(c.kind) && matches(c))
    .map((claim, order): TimelineEntry & { order: number } => {
      const outlet = outletOf(claim.doc);
      return {
        date: claim.time?.start ?? claim.time?.end ?? null,
        claim,
        outlet,
        side: claim.side,
        source: claim.source?.name ?? outlet,
        stance: claim.polarity,
        order,
      };
    });
  entries.sort((a, b) => {
    if (a.date === null || b.date === null) return a.date === b.date ? a.order - b.order : a.date === null ? 1 : -1;
    return compareIso(a.date, b.date) || a.order - b.order;
  });
  return entries.map(({ order: _order, ...entry }) => entry);
}
