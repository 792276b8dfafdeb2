// Folded-name maps over the gazetteer rows, built once per loadPlaceIndex.
import { foldLoose, foldLooser, looserKey } from "./fold-name.js";
import { rowToRecord, type GazetteerFile } from "./gazetteer-file.js";
import type { PlaceRecord } from "./place-index.js";

/** How a name matched a place: its canonical spelling, a region's bare stem, or an alternate/former name. */
export type MatchQuality = "primary" | "bare" | "alternate";

export interface Hit {
  record: PlaceRecord;
  quality: MatchQuality;
}

export interface GazetteerIndex {
  records: PlaceRecord[];
  byId: Map<string, PlaceRecord>;
  /** Hits for a name: romanisation-folded first, then the g/h, kh/h second chance. */
  lookup(name: string): Hit[];
  /** Every folded key with the index of its first record (for suggestions). */
  keys: Map<string, PlaceRecord>;
}

export function indexGazetteer(file: GazetteerFile): GazetteerIndex {
  const records: PlaceRecord[] = [];
  const loose = new Map<string, Hit[]>();
  const looser = new Map<string, Hit[]>();
  const keys = new Map<string, PlaceRecord>();
  const add = (map: Map<string, Hit[]>, key: string, hit: Hit) => {
    const list = map.get(key);
    if (!list) map.set(key, [hit]);
    else if (!list.some((h) => h.record === hit.record)) list.push(hit);
  };
  for (const row of file.places) {
    const record = rowToRecord(row, file.regions);
    records.push(record);
    const groups: [string, MatchQuality][] = [[row[9], "primary"], [row[11], "bare"], [row[10], "alternate"]];
    for (const [names, quality] of groups) {
      if (!names) continue;
      for (const key of names.split("|")) {
        add(loose, key, { record, quality });
        add(looser, looserKey(key), { record, quality });
        if (quality === "primary" && !keys.has(key)) keys.set(key, record);
      }
    }
  }
  return {
    records,
    byId: new Map(records.map((r) => [r.id, r])),
    keys,
    lookup(name: string): Hit[] {
      return loose.get(foldLoose(name)) ?? looser.get(foldLooser(name)) ?? [];
    },
  };
}
