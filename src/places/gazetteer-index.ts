// Folded-name maps over the gazetteer rows, built once per loadPlaceIndex (keys are stored folded).
import { foldLoose, looserKey } from "./fold-name.js";
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
  /** Primary folded keys and their place (for suggestions); built on first use. */
  keys(): Map<string, PlaceRecord>;
}

const FIELDS: [9 | 10 | 11, MatchQuality][] = [[9, "primary"], [11, "bare"], [10, "alternate"]];

export function indexGazetteer(file: GazetteerFile): GazetteerIndex {
  const records: PlaceRecord[] = new Array(file.places.length);
  const loose = new Map<string, Hit[]>();
  // Only keys that the second chance changes ("myrnohrad" needs none; "mirnograd" → "mirnohrad" does).
  const looser = new Map<string, Hit[]>();
  const add = (map: Map<string, Hit[]>, key: string, hit: Hit) => {
    const list = map.get(key);
    if (list) list.push(hit);
    else map.set(key, [hit]);
  };
  file.places.forEach((row, i) => {
    const record = (records[i] = rowToRecord(row, file.regions));
    for (const [field, quality] of FIELDS) {
      if (!row[field]) continue;
      for (const key of row[field].split("|")) {
        const hit = { record, quality };
        add(loose, key, hit);
        if (key.includes("g") || key.includes("kh")) add(looser, looserKey(key), hit);
      }
    }
  });
  let keys: Map<string, PlaceRecord> | null = null;
  return {
    records,
    byId: new Map(records.map((r) => [r.id, r])),
    lookup(name: string): Hit[] {
      const key = foldLoose(name);
      const found = loose.get(key);
      if (found) return found;
      const second = looserKey(key);
      const hits = [...(loose.get(second) ?? []), ...(looser.get(second) ?? [])];
      return hits.filter((h, i) => hits.findIndex((o) => o.record === h.record) === i);
    },
    keys() {
      if (!keys) {
        keys = new Map();
        file.places.forEach((row, i) => row[9].split("|").forEach((k) => keys!.has(k) || keys!.set(k, records[i])));
      }
      return keys;
    },
  };
}
