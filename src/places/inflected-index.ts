// The gazetteer's Cyrillic names indexed by stem, so that any case form finds its place:
// "в Покровске", "под Покровском", "Авдіївки", "Часового Яру", "Донецкой области".
import { adjectiveSources, dropSoftSign, nameStems, takesEnding, wordCuts, type Paradigm, type WordCut } from "./cyrillic-inflection.js";
import { foldLoose, hasCyrillic } from "./fold-name.js";
import type { GazetteerFile } from "./gazetteer-file.js";
import type { Hit, MatchQuality } from "./gazetteer-index.js";
import type { PlaceRecord } from "./place-index.js";

/** A stem this short names a place only when the place is big ("Суми" → "в Сумах"); else at least this long. */
const MIN_STEM = 4;
const MIN_STEM_BIG = 3;
const BIG = 100_000;
/** Axes and districts are named after towns: "Авдеевское направление" is Avdiivka's, "Дніпровський район" not Dniprovka's. */
const AXIS_TOWN = 10_000;
/** Longest name, in words, looked up by stem ("Донецкая Народная Республика"). */
export const MAX_INFLECTED_WORDS = 3;

interface Entry { hit: Hit; paradigms: Paradigm[] }

export interface InflectedIndex {
  /** Hits for a name in any case, each word cut by its ending; [] when no reading fits. */
  lookup(name: string): Hit[];
  /** Names spelt alike but for the soft sign: Russian "Покровск" for Ukrainian "Покровськ". */
  lookupSpelling(name: string): Hit[];
  /** Places a relational adjective names: "Покровском" (направлении) → Pokrovsk. */
  lookupAdjective(word: string): Hit[];
}

const FIELDS: [9 | 10 | 11, MatchQuality][] = [[9, "primary"], [11, "bare"], [10, "alternate"]];

export function indexInflected(file: GazetteerFile, records: PlaceRecord[]): InflectedIndex {
  const byStem = new Map<string, Entry[]>();
  /** First-word stems of multi-word names: a text word whose cut is not here starts no longer name. */
  const firstStems = new Set<string>();
  const bySpelling = new Map<string, Hit[]>();
  file.places.forEach((row, i) => {
    for (const [field, quality] of FIELDS) {
      if (!row[field]) continue;
      for (const key of row[field].split("|")) {
        if (!hasCyrillic(key)) continue;
        const words = key.split(" ");
        if (words.length > MAX_INFLECTED_WORDS) continue;
        const hit: Hit = { record: records[i], quality };
        // Only a soft sign inside the stem: Ukrainian "Покровське" (a village) is not Russian "в Покровске".
        const spelling = dropSoftSign(key);
        if (spelling !== key && !/[аеиіоуыэюяєї]$/.test(key)) {
          const same = bySpelling.get(spelling);
          if (same) same.push(hit);
          else bySpelling.set(spelling, [hit]);
        }
        for (const reading of readings(words)) {
          const stemKey = reading.map((r) => r.stem).join(" ");
          const list = byStem.get(stemKey);
          const entry = { hit, paradigms: reading.map((r) => r.paradigm) };
          if (list) list.push(entry);
          else byStem.set(stemKey, [entry]);
          if (words.length > 1) firstStems.add(reading[0].stem);
        }
      }
    }
  });

  const match = (stemKey: string, cuts: WordCut[]): Hit[] => {
    const entries = byStem.get(stemKey);
    if (!entries) return [];
    const letters = stemKey.replace(/ /g, "").length;
    return entries
      .filter((e) => e.paradigms.length === cuts.length && cuts.every((c, k) => takesEnding(e.paradigms[k], c, k === cuts.length - 1)))
      .filter((e) => letters >= MIN_STEM || (letters >= MIN_STEM_BIG && isBig(e.hit.record)))
      .map((e) => (cuts.length === 1 && isAdjectival(e.paradigms[0]) ? { ...e.hit, adjectival: true } : e.hit));
  };

  return {
    lookup(name: string): Hit[] {
      const words = foldLoose(name).split(" ");
      if (!words[0] || words.length > MAX_INFLECTED_WORDS) return [];
      const hits: Hit[] = [];
      for (const cuts of cutCombinations(words, firstStems)) hits.push(...match(cuts.map((c) => c.stem).join(" "), cuts));
      return unique(hits);
    },
    lookupSpelling: (name) => bySpelling.get(dropSoftSign(foldLoose(name))) ?? [],
    lookupAdjective(word: string): Hit[] {
      const hits: Hit[] = [];
      adjectiveSources(foldLoose(word)).forEach((stem, k) => {
        for (const e of byStem.get(stem) ?? []) {
          const p = e.paradigms;
          if (p.length !== 1) continue;
          // Its own stem only from a noun (Покровск, not Покровське); a derived one only from a town (not Дніпровка).
          if (k === 0 ? p[0] === "hard" || p[0] === "soft" : !isAdjectival(p[0]) && (e.hit.record.population ?? 0) >= AXIS_TOWN) hits.push(e.hit);
        }
      });
      return unique(hits);
    },
  };
}

const isAdjectival = (p: Paradigm): boolean => p.startsWith("adj");
const isBig = (r: PlaceRecord): boolean => r.type !== "settlement" || (r.population ?? 0) >= BIG;

/** Every combination of each word's stems ("Часів Яр": часів|часов|часев × яр). */
function readings(words: string[]): { stem: string; paradigm: Paradigm }[][] {
  let out: { stem: string; paradigm: Paradigm }[][] = [[]];
  words.forEach((w, k) => {
    const stems = nameStems(w, k === words.length - 1);
    out = out.flatMap((prefix) => stems.map((s) => [...prefix, s]));
  });
  return out;
}

function cutCombinations(words: string[], firstStems: Set<string>): WordCut[][] {
  let out: WordCut[][] = [[]];
  words.forEach((w, k) => {
    let cuts = wordCuts(w);
    if (k === 0 && words.length > 1) cuts = cuts.filter((c) => firstStems.has(c.stem));
    out = out.flatMap((prefix) => cuts.map((c) => [...prefix, c]));
  });
  return out;
}

function unique(hits: Hit[]): Hit[] {
  return hits.filter((h, i) => hits.findIndex((o) => o.record === h.record) === i);
}
