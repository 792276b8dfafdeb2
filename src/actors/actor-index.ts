// Indices over the actor tables, built once: an exact-phrase map and one scanning regex.
import type { Source } from "../claims/index.js";
import type { ActorRow } from "./actor-table.js";

/** Curly apostrophes to straight, so "Russia’s" and "Russia's" meet (same length: offsets survive). */
export const straighten = (s: string): string => s.replace(/[’ʼ‘`]/g, "'").replace(/[“”«»„]/g, '"');

/** Key for exact lookup: lowercase, straight apostrophes, no leading "the", single spaces. */
export const phraseKey = (s: string): string => straighten(s).toLowerCase().replace(/^the\s+/, "").replace(/\s+/g, " ").trim();

/** Short all-capital aliases ("AP", "RT", "US") must match case and all: "us" is a pronoun. */
const isCaseSensitive = (alias: string): boolean => alias.length <= 4 && alias === alias.toUpperCase();

export interface ActorIndex {
  rows: ActorRow[];
  exact(phrase: string): ActorRow | null;
  /** Named actors inside a text, longest alias first at each position; wholeOnly rows excluded. */
  scan(text: string): { start: number; end: number; text: string; row: ActorRow }[];
}

export function indexActors(rows: ActorRow[]): ActorIndex {
  const exact = new Map<string, ActorRow>();
  const exactCase = new Map<string, ActorRow>();
  const scanned = new Map<string, ActorRow>();
  for (const row of rows) {
    for (const alias of [row.name, ...row.aliases]) {
      const a = straighten(alias);
      if (isCaseSensitive(a)) exactCase.set(a, row);
      else if (!exact.has(phraseKey(a))) exact.set(phraseKey(a), row);
      if (!row.wholeOnly && !/^the /i.test(a) && !scanned.has(a)) scanned.set(a, row);
    }
  }
  const alternation = [...scanned.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}]|\\.\\p{L})`, "gu");
  return {
    rows,
    exact(phrase) {
      const p = straighten(phrase).trim().replace(/^the\s+/i, "");
      return exactCase.get(p) ?? exact.get(phraseKey(p)) ?? null;
    },
    scan(text) {
      const out: { start: number; end: number; text: string; row: ActorRow }[] = [];
      for (const m of straighten(text).matchAll(pattern)) {
        out.push({ start: m.index!, end: m.index! + m[0].length, text: text.slice(m.index!, m.index! + m[0].length), row: scanned.get(m[0])! });
      }
      return out;
    },
  };
}

export function toSource(row: ActorRow, mention: string): Source {
  return { name: row.name, kind: row.kind, side: row.side, role: row.role ?? null, institution: row.institution ?? null, mention };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
