// Russian and Ukrainian speaker phrases without a known name: "российский военный блогер",
// "командир батальона ВСУ", "представитель Минобороны", "телеграм-канал «Рыбарь»". Word order:
// [lead-in] [modifiers] [nationality] [modifiers] role [complements: units, regions, sides, actors] [name].
// Matching is on case-free word keys (cyrillic-key.ts); the speaker is named in English.
import type { Source, SourceKind, SourceSide } from "../claims/index.js";
import { toSource, type ActorIndex } from "./actor-index.js";
import { GOV_RU, GOV_UA, type ActorRow } from "./actor-table.js";
import { cyrillicKey, cyrillicWords, stemWord } from "./cyrillic-key.js";
import {
  CYRILLIC_FORCES, CYRILLIC_LEAD_INS, CYRILLIC_MODIFIERS, CYRILLIC_NATIONALITIES, CYRILLIC_NOT_SPEAKERS, CYRILLIC_REGION_SIDES, CYRILLIC_ROLES,
  CYRILLIC_UNIT_WORDS, type CyrillicRoleRow,
} from "./cyrillic-role-table.js";

interface Token { word: string; stem: string; start: number; end: number }
interface PhraseTable<T> { keys: Map<string, T>; longest: number }

function phraseTable<T>(entries: [string, T][]): PhraseTable<T> {
  const keys = new Map<string, T>();
  let longest = 1;
  for (const [phrase, value] of entries) {
    const key = cyrillicKey(phrase);
    if (!keys.has(key)) keys.set(key, value);
    longest = Math.max(longest, key.split(" ").length);
  }
  return { keys, longest };
}

const NATS = phraseTable(CYRILLIC_NATIONALITIES.flatMap((r) => r.words.map((w): [string, SourceSide] => [w, r.side])));
const ROLES = phraseTable(CYRILLIC_ROLES.flatMap((r) => r.words.map((w): [string, CyrillicRoleRow] => [w, r])));
const FORCES = phraseTable(CYRILLIC_FORCES.flatMap((r) => r.words.map((w): [string, SourceSide] => [w, r.side])));
const MODS = phraseTable(CYRILLIC_MODIFIERS.map((w): [string, true] => [w, true]));
const LEAD_INS = phraseTable(CYRILLIC_LEAD_INS.map((w): [string, true] => [w, true]));
const UNITS = new Set(CYRILLIC_UNIT_WORDS.map(stemWord));
const REGIONS = new Map(CYRILLIC_REGION_SIDES.flatMap((r) => r.words.map((w) => [stemWord(w), r.side] as const)));
const NOT_SPEAKERS = new Set(CYRILLIC_NOT_SPEAKERS.map(cyrillicKey));
/** Roles that speak for no state institution even when the side is a party's (as in speaker-resolver.ts). */
const NON_STATE_ROLE = /blogger|correspondent|journalist|propagandist|expert|analyst|prisoner/;
const FORCES_ROLE: CyrillicRoleRow = { en: "armed forces", kind: "military", words: [] };

function longestAt<T>(table: PhraseTable<T>, toks: Token[], i: number): { value: T; n: number } | null {
  for (let n = Math.min(table.longest, toks.length - i); n >= 1; n--) {
    const value = table.keys.get(toks.slice(i, i + n).map((t) => t.stem).join(" "));
    if (value !== undefined) return { value, n };
  }
  return null;
}

/** Skip modifiers, but not a word that begins a role at least as long ("военный блогер", "украинский военный"). */
function skipModifiers(toks: Token[], i: number): number {
  for (let m = longestAt(MODS, toks, i); m && (longestAt(ROLES, toks, i)?.n ?? 0) < m.n; m = longestAt(MODS, toks, i)) i += m.n;
  return i;
}

/** After «Азов» in "командир батальона «Азов» Иван Петренко": the index past a quoted unit name followed by more words. */
function skipQuoted(phrase: string, toks: Token[], i: number): number {
  if (i === 0 || !/"/.test(phrase.slice(toks[i - 1].end, toks[i].start))) return i;
  for (let j = i; j < toks.length - 1; j++) if (/"/.test(phrase.slice(toks[j].end, toks[j + 1].start))) return j + 1;
  return i;
}

/** A known actor named by the words from i on (at most four): "Кремля", "Минобороны России". */
function actorAt(index: ActorIndex, phrase: string, toks: Token[], i: number): { row: ActorRow; n: number } | null {
  for (let n = Math.min(4, toks.length - i); n >= 1; n--) {
    const row = index.exact(phrase.slice(toks[i].start, toks[i + n - 1].end));
    if (row && !row.wholeOnly) return { row, n };
  }
  return null;
}

/** The phrase without an opening "по данным", "за словами", "как сообщил" … */
export function stripCyrillicLeadIn(phrase: string): string {
  const toks: Token[] = cyrillicWords(phrase).map((w) => ({ ...w, stem: stemWord(w.word) }));
  const n = longestAt(LEAD_INS, toks, 0)?.n ?? 0;
  return n && n < toks.length ? phrase.slice(toks[n].start) : phrase;
}

export function resolveCyrillicRole(index: ActorIndex, phrase: string, mention: string): Source | null {
  let toks: Token[] = cyrillicWords(phrase).map((w) => ({ ...w, stem: stemWord(w.word) }));
  toks = toks.slice(longestAt(LEAD_INS, toks, 0)?.n ?? 0);
  if (!toks.length || NOT_SPEAKERS.has(toks.map((t) => t.stem).join(" "))) return null;
  const rest = phrase.slice(toks[0].start);
  const known = index.exact(rest);
  if (known) return toSource(known, mention);
  const forces = longestAt(FORCES, toks, 0);
  if (forces?.n === toks.length) return roleSource(FORCES_ROLE, forces.value, mention);

  let i = skipModifiers(toks, 0);
  const nat = longestAt(NATS, toks, i);
  if (nat) i = skipModifiers(toks, i + nat.n);
  const role = longestAt(ROLES, toks, i);
  if (!role) return null;
  i += role.n;
  let side: SourceSide | null = nat?.value ?? null;
  let region: SourceSide | null = null;
  let actor: ActorRow | null = null;
  while (i < toks.length) {
    const n2 = longestAt(NATS, toks, i);
    if (n2) { side ??= n2.value; i += n2.n; continue; }
    if (UNITS.has(toks[i].stem)) { i++; continue; }
    if (REGIONS.has(toks[i].stem)) { region ??= REGIONS.get(toks[i].stem)!; i++; continue; }
    const quoted = skipQuoted(phrase, toks, i);
    if (quoted > i) { i = quoted; continue; }
    // A channel's or outlet's own name is its tail, not a complement.
    const a = role.value.kind === "media" ? null : actorAt(index, phrase, toks, i);
    if (a) { actor ??= a.row; i += a.n; continue; }
    const more = longestAt(ROLES, toks, i) ?? longestAt(MODS, toks, i);
    if (more && !/^\p{Lu}/u.test(toks[i].word)) { i += more.n; continue; }
    break;
  }
  side ??= actor?.side ?? region;
  // A name may follow a few lowercase complement words ("спикер Сил обороны юга Владислав Волошин").
  let j = toks.length;
  while (j > i && toks.length - j < 3 && /^[\p{Lu}\d]/u.test(toks[j - 1].word)) j--;
  if (j > i && j < toks.length && j - i <= 3 && toks.slice(i, j).every((t) => !/^\p{Lu}/u.test(t.word))) i = j;
  const tail = i < toks.length ? phrase.slice(toks[i].start, toks[toks.length - 1].end).replace(/^["«„“']+|["»“”']+$/g, "") : "";
  if (tail) {
    const named = index.exact(tail);
    if (named) return toSource(named, mention);
    if (role.value.en === "Telegram channel" && /^[\p{Lu}\d]/u.test(tail)) {
      return { name: tail, kind: "media", side, role: side ? `${adjectiveOf(side)} Telegram channel` : "Telegram channel", institution: null, mention };
    }
    if (toks.slice(i).length <= 3 && toks.slice(i).every((t) => /^[\p{Lu}\d]/u.test(t.word))) {
      const source = roleSource(role.value, side, mention);
      return { ...source, name: tail, kind: role.value.kind === "military" ? "military" : role.value.kind === "media" ? "media" : "person" };
    }
  }
  if (actor && !nat && role.value.kind !== "media") return toSource(actor, mention);
  return side ? roleSource(role.value, side, mention) : null;
}

function roleSource(role: CyrillicRoleRow, side: SourceSide | null, mention: string): Source {
  const name = side ? `${adjectiveOf(side)} ${role.en}` : role.en;
  const institution = side === "RU" ? GOV_RU : side === "UA" ? GOV_UA : null;
  const kind: SourceKind = role.kind;
  return { name, kind, side, role: name, institution: kind !== "media" && !NON_STATE_ROLE.test(role.en) ? institution : null, mention };
}

const adjectiveOf = (side: SourceSide): string => (side === "RU" ? "Russian" : side === "UA" ? "Ukrainian" : "foreign");
