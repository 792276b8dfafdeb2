// Ukraine's official settlement catalogue (KATOTTG, data/ua-settlements.json, written by
// scripts/build-ua-settlements.mjs) beside GeoNames: every city, selyshche and village that GeoNames
// lacks becomes a place of its own, with its Ukrainian name, its English name by the national
// romanisation and its Russian spellings by rule (ukrainian-names.ts), its oblast, and no
// coordinates (the catalogue has none). A GeoNames place of the same Ukrainian name (or
// romanisation) in the same oblast is that settlement: it keeps its record and coordinates.
import { foldLoose } from "./fold-name.js";
import { cyrillicSpelling } from "./cyrillic-transliteration.js";
import { romaniseRussian, romaniseUkrainian, russianSpellings } from "./ukrainian-names.js";

export interface KatottgTable {
  oblasts: string[];
  raions: [string, number][];
  hromadas: [string, number, string, string][];
}

export interface KatottgSettlement {
  /** "katottg:" + the official code ("katottg:UA14160010010039553"). */
  id: string;
  /** Ukrainian name as the catalogue writes it ("Нова Кругляківка"). */
  uk: string;
  /** M city, T urban-type settlement, X selyshche, C village. */
  category: string;
  oblast: string;
  raion: string;
  hromada: string;
}

export function readKatottg(table: KatottgTable): KatottgSettlement[] {
  const out: KatottgSettlement[] = [];
  for (const [hromada, raion, digits, list] of table.hromadas) {
    const [raionName, oblast] = table.raions[raion];
    for (const entry of list.split("|")) {
      const m = /^([MTXC])(\d{10})(.+)$/.exec(entry);
      if (!m) throw new Error(`data/ua-settlements.json: bad settlement entry "${entry}"`);
      out.push({ id: `katottg:UA${digits}${m[2]}`, uk: m[3], category: m[1], oblast: table.oblasts[oblast], raion: raionName, hromada });
    }
  }
  return out;
}

/** What the matcher needs of a GeoNames settlement: its oblast, its names, and room for more. */
export interface KnownPlace {
  region: string | null;
  /** GeoNames' name and ASCII name (Latin), and fogline's canonical spelling. */
  primary: Iterable<string>;
  /** Alternate names of any script. */
  alternate: Iterable<string>;
  lat: number | null;
  lon: number | null;
  /** A village or small town: it takes the Russian spellings by rule too (a city's Russian name is GeoNames'). */
  small: boolean;
  /** Another spelling (an alternate name). */
  addName(name: string): void;
  /** The official Ukrainian name: one of the place's own (primary) names. */
  addOwnName(name: string): void;
}

export interface NewPlace {
  settlement: KatottgSettlement;
  /** English name, national romanisation (2010). */
  name: string;
  /** Ukrainian name and romanisation: the place's own spellings. */
  primary: string[];
  /** Russian spellings by rule, in Cyrillic and in the Latin of English reports (Novomikhaylovka). */
  alternate: string[];
}

/**
 * The catalogue's settlements that no GeoNames place of `known` is. `regionOf` gives an oblast's
 * canonical region name ("Донецька" → "Donetsk Oblast"). Same-named villages of one oblast are
 * counted: three Андріївка in the catalogue and one in GeoNames make two new places, those of the
 * raions farthest from the GeoNames one where raion centres are known.
 */
export function katottgPlacesMissing(settlements: KatottgSettlement[], known: KnownPlace[], regionOf: (oblast: string) => string | null): NewPlace[] {
  // A place's own keys: its names (and their Cyrillic reading); its other keys: Cyrillic alternates,
  // which also hold former names (Myrnohrad's "Гродівка"), so they count only for a place no own key matched.
  const own = new Map<string, KnownPlace[]>();
  const other = new Map<string, KnownPlace[]>();
  const add = (map: Map<string, KnownPlace[]>, key: string, place: KnownPlace) => {
    const list = map.get(key);
    if (list) list.push(place);
    else map.set(key, [place]);
  };
  for (const place of known) {
    if (!place.region) continue;
    for (const n of place.primary) {
      add(own, `${place.region}|${foldLoose(n)}`, place);
      const cyr = cyrillicSpelling(n, "UA");
      if (cyr) add(own, `${place.region}|${foldLoose(cyr)}`, place);
    }
    for (const n of place.alternate) if (/\p{Script=Cyrillic}/u.test(n)) add(other, `${place.region}|${foldLoose(n)}`, place);
  }
  const groups = new Map<string, { region: string; entries: KatottgSettlement[]; matches: Set<KnownPlace> }>();
  const ownMatched = new Set<KnownPlace>();
  for (const s of settlements) {
    const region = regionOf(s.oblast);
    if (!region) throw new Error(`data/ua-settlements.json: no region for oblast ${s.oblast}`);
    const key = `${region}|${foldLoose(s.uk)}`;
    let group = groups.get(key);
    if (!group) {
      group = { region, entries: [], matches: new Set() };
      for (const k of [foldLoose(s.uk), foldLoose(romaniseUkrainian(s.uk))]) for (const p of own.get(`${region}|${k}`) ?? []) {
        group.matches.add(p);
        ownMatched.add(p);
      }
      groups.set(key, group);
    }
    group.entries.push(s);
  }
  for (const [key, group] of groups) if (!group.matches.size) for (const p of other.get(key) ?? []) if (!ownMatched.has(p)) group.matches.add(p);
  // Raion centres from the names both sources hold once in an oblast.
  const sums = new Map<string, [number, number, number]>();
  for (const g of groups.values()) {
    if (g.entries.length !== 1 || g.matches.size !== 1) continue;
    const p = [...g.matches][0];
    if (p.lat === null || p.lon === null) continue;
    const key = `${g.region}|${g.entries[0].raion}`;
    const sum = sums.get(key) ?? [0, 0, 0];
    sums.set(key, [sum[0] + p.lat, sum[1] + p.lon, sum[2] + 1]);
  }
  const centre = (s: KatottgSettlement, region: string): [number, number] | null => {
    const sum = sums.get(`${region}|${s.raion}`);
    return sum ? [sum[0] / sum[2], sum[1] / sum[2]] : null;
  };

  const out: NewPlace[] = [];
  for (const g of groups.values()) {
    const matches = [...g.matches];
    // The catalogue's spelling is the official one; GeoNames often has only a Russian or no Cyrillic name.
    for (const p of matches) {
      p.addOwnName(g.entries[0].uk);
      if (p.small) for (const ru of russianSpellings(g.entries[0].uk)) p.addName(ru);
    }
    if (matches.length >= g.entries.length) continue;
    let left = g.entries;
    // Each GeoNames place takes the entry of the nearest raion centre; the rest are new.
    for (const p of matches) {
      const scored = left.map((s, i) => {
        const c = centre(s, g.region);
        const d = c && p.lat !== null && p.lon !== null ? (c[0] - p.lat) ** 2 + (c[1] - p.lon) ** 2 : Infinity;
        return { i, d };
      }).sort((a, b) => a.d - b.d);
      left = left.filter((_, i) => i !== scored[0].i);
    }
    for (const s of left) {
      const name = romaniseUkrainian(s.uk);
      const russian = russianSpellings(s.uk);
      out.push({ settlement: s, name, primary: [s.uk, name], alternate: [...russian, ...russian.map(romaniseRussian)] });
    }
  }
  return out;
}
