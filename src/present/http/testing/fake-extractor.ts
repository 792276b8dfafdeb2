// A stand-in extractor for HTTP and browser tests: a few table rows, one sentence at a time.
// It mirrors the spec examples (claims.md, ledger.md) so the web interface has realistic data
// before the real extract stage exists; it is no model of how extraction should be done.
import { createHash } from "node:crypto";
import type { Article, Claim, Kind, Measure, PlaceRef, Polarity, Side, Source } from "../../../claims/index.js";

const PLACES: Record<string, Omit<PlaceRef, "mention">> = {
  Pokrovsk: { name: "Pokrovsk", id: "704422", lat: 48.28, lon: 37.18, type: "settlement" },
  Krasnoarmeysk: { name: "Pokrovsk", id: "704422", lat: 48.28, lon: 37.18, type: "settlement" },
  Myrnohrad: { name: "Myrnohrad", id: "702320", lat: 48.3, lon: 37.26, type: "settlement" },
  Kostiantynivka: { name: "Kostiantynivka", id: "704508", lat: 48.53, lon: 37.71, type: "settlement" },
  Kramatorsk: { name: "Kramatorsk", id: "704147", lat: 48.72, lon: 37.56, type: "settlement" },
  Huliaipole: { name: "Huliaipole", id: "707292", lat: 47.66, lon: 36.26, type: "settlement" },
};

const SOURCES: { phrase: RegExp; source: Source }[] = [
  { phrase: /Russia(?:n|'s)? (?:Defen[cs]e Ministry|Ministry of Defen[cs]e)/, source: { name: "Ministry of Defence of Russia", kind: "military", side: "RU", role: null, institution: "Government of Russia" } },
  { phrase: /Ukraine's General Staff|Ukrainian General Staff/, source: { name: "General Staff of Ukraine", kind: "military", side: "UA", role: null, institution: "Government of Ukraine" } },
  { phrase: /\bSHOT\b/, source: { name: "SHOT", kind: "media", side: "RU", role: "Russian Telegram channel" } },
  { phrase: /\bKyiv\b|Zelensky/, source: { name: "Kyiv", kind: "government", side: "UA", role: null, institution: "Government of Ukraine" } },
  { phrase: /\bISW\b|Institute for the Study of War/, source: { name: "ISW", kind: "organization", side: "independent", role: "think tank" } },
];

interface Row { pattern: RegExp; kind: Kind; measure: Measure; side: (s: string) => Side | null }

const sideOfTroops = (s: string): Side | null => (/Ukrain/.test(s) ? "UA" : /Russia/.test(s) ? "RU" : null);
const ROWS: Row[] = [
  { pattern: /\b(?:captured|taken control of|seized|control of)\b/, kind: "control", measure: "controls", side: (s) => (/Ukrain\w* (?:forces )?(?:control|hold)/.test(s) ? "UA" : "RU") },
  { pattern: /\b(?:killed|dead)\b/, kind: "casualties", measure: "killed", side: sideOfTroops },
  { pattern: /\b(?:troops|soldiers) (?:around|near|in)\b/, kind: "forces", measure: "deployed", side: sideOfTroops },
];

const NUMBER = /(more than |over |about |nearly )?(\d{1,3}(?:,\d{3})+|\d+)/;

const sentences = (text: string): { text: string; start: number }[] =>
  [...text.matchAll(/[^.!?\n]+[.!?]?/g)].map((m) => ({ text: m[0], start: m.index ?? 0 }));

function claimOf(article: Article, s: { text: string; start: number }, row: Row): Claim | null {
  const placeWord = Object.keys(PLACES).find((p) => s.text.includes(p));
  const number = NUMBER.exec(s.text);
  if (row.kind !== "control" && !number) return null;
  if (row.kind === "control" && !placeWord) return null;
  const value = number && row.kind !== "control" ? Number(number[2].replace(/,/g, "")) : null;
  const qualifier = !number || row.kind === "control" ? null : number[1]?.trim() === "more than" || number[1]?.trim() === "over" ? "over" : number[1] ? (number[1].trim() as "about" | "nearly") : "exact";
  const polarity: Polarity = /\b(?:denied|deny|rejected)\b/.test(s.text) ? "denied" : /could not (?:independently )?(?:confirm|verify)/.test(s.text) ? "unconfirmed" : "asserted";
  const source = SOURCES.find((r) => r.phrase.test(s.text))?.source ?? null;
  const lead = s.text.length - s.text.trimStart().length;
  const evidenceText = s.text.trim();
  const start = s.start + lead;
  const side = row.side(s.text);
  const id = createHash("sha1").update(`${article.id}:${start}:${row.kind}/${row.measure}/${side}`).digest("hex").slice(0, 16);
  return {
    id, doc: article.id, kind: row.kind, measure: row.measure, side,
    value, low: qualifier === "over" ? value : null, high: null, qualifier, unit: value === null ? null : "people",
    place: placeWord ? { ...PLACES[placeWord], mention: placeWord } : null, place2: null,
    time: article.published ? { start: article.published, end: article.published, text: "" } : null,
    source, polarity,
    hedges: /without citing sources/.test(s.text) ? ["without citing sources"] : /reportedly/.test(s.text) ? ["reportedly"] : [],
    evidence: { text: evidenceText, start, end: start + evidenceText.length },
    trail: ["fake-extractor"],
  };
}

/** Claims of one article by the fake rules above: at most one claim per sentence. */
export function fakeExtract(article: Article): Claim[] {
  const claims: Claim[] = [];
  for (const s of sentences(article.text)) {
    for (const row of ROWS) {
      if (!row.pattern.test(s.text)) continue;
      const claim = claimOf(article, s, row);
      if (claim) { claims.push(claim); break; }
    }
  }
  return claims;
}
