// What re-reconciling some proposition groups works on. Figures are reconciled group by group; control and
// events, and areas and shares, relate across the groups of one place, so those are reconciled place by place.
import type { Kind } from "../claims/index.js";

export const CROSS_GROUP: Partial<Record<Kind, Kind[]>> = { control: ["control", "event"], event: ["control", "event"], area: ["area"] };

/** A place (placeKey) with the kinds reconciled together there, or one group on its own. */
export type ReconcileScope =
  | { id: string; place: string; kinds: Kind[]; group?: undefined }
  | { id: string; group: string; place?: undefined; kinds?: undefined };

/** The scopes the groups fall in, each once: `place:KEY|kinds` or `group:KEY`. */
export function scopesOf(groupKeys: Iterable<string>): ReconcileScope[] {
  const scopes = new Map<string, ReconcileScope>();
  for (const key of new Set(groupKeys)) {
    const [kind, , , place = ""] = key.split("|");
    const related = CROSS_GROUP[kind as Kind];
    if (related && place) {
      for (const p of place.split("~")) {
        const id = `place:${p}|${related.join(",")}`;
        if (!scopes.has(id)) scopes.set(id, { id, place: p, kinds: related });
      }
    } else scopes.set(`group:${key}`, { id: `group:${key}`, group: key });
  }
  return [...scopes.values()];
}
