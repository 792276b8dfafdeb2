// Folded-name maps over the gazetteer rows, built once per loadPlaceIndex (keys are stored folded).
import { foldLoose, looserKey, memoise } from "./fold-name.js";
import { indexInflected, type InflectedIndex } from "./inflected-index.js";
import { rowToRecord, type GazetteerFile } from "./gazetteer-file.js";
import type { PlaceRecord } from "./place-index.js";

/** How a name matched a place: its canonical spelling, a region's bare stem, or an alternate/former name. */
export type MatchQuality = "primary" | "bare" | "alternate";

export interface Hit {
  record: PlaceRecord;
  quality: MatchQuality;
  /** Matched in a case form of an adjectival name ("Центрального" for Центральне): weaker evidence of a place. */
  adjectival?: boolean;
}

export interface GazetteerIndex {
  records: PlaceRecord[];
  byId: Map<string, PlaceRecord>;
  /** Hits for a name: romanisation-folded first, then the g/h, kh/h second chance. */
  lookup(name: string): Hit[];
  /** Hits for a Russian or Ukrainian name in any case ("Покровске", "Часового Яру"); built on first use. */
  lookupInflected(name: string): Hit[];
  /** A Cyrillic name as written, or spelt alike but for the soft sign (Покровск, Покровськ). */
  lookupCyrillic(name: string): Hit[];
  /** The stem index behind lookupInflected (relational adjectives, tests). */
  inflected(): InflectedIndex;
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
  // Only Cyrillic text needs it: English text never pays for building it.
  let inflected: InflectedIndex | null = null;
  const stems = () => (inflected ??= indexInflected(file, records));
  // Each answer is remembered per name: an article asks for the same words and phrases many times.
  const lookup = memoise((name: string): Hit[] => {
    const key = foldLoose(name);
    const found = loose.get(key);
    if (found) return found;
    const second = looserKey(key);
    const hits = [...(loose.get(second) ?? []), ...(looser.get(second) ?? [])];
    return hits.filter((h, i) => hits.findIndex((o) => o.record === h.record) === i);
  });
  const lookupInflected = memoise((name: string): Hit[] => stems().lookup(name));
  const lookupCyrillic = memoise((name: string): Hit[] => {
    // Russian "Покровск" is not Yakutia's alone: Ukrainian "Покровськ" is spelt alike but for the soft sign.
    const hits = [...(loose.get(foldLoose(name)) ?? []), ...stems().lookupSpelling(name)];
    return hits.filter((h, i) => hits.findIndex((o) => o.record === h.record) === i);
  });
  return {
    records,
    byId: new Map(records.map((r) => [r.id, r])),
    lookup,
    lookupInflected,
    lookupCyrillic,
    inflected: stems,
    keys() {
      if (!keys) {
        keys = new Map();
        file.places.forEach((row, i) => row[9].split("|").forEach((k) => keys!.has(k) || keys!.set(k, records[i])));
      }
      return keys;
    },
  };
}
