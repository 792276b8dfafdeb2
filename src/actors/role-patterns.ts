// Regexes compiled once from role-table.ts: nationality + role, Telegram channels, military units.
import type { SourceKind, SourceSide } from "../claims/index.js";
import { NATIONALITIES, ROLE_MODIFIERS, ROLES, UNIT_SIDE_HINTS, UNIT_WORDS, type NationalityRow } from "./role-table.js";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const alt = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join("|");

const NAT_WORDS = NATIONALITIES.flatMap((n) => n.words);
const natByWord = new Map(NATIONALITIES.flatMap((n) => n.words.map((w) => [w.toLowerCase(), n] as const)));
const roleKind = new Map(ROLES.flatMap((r) => r.words.map((w) => [w.toLowerCase(), r.kind] as const)));

const NAT = `(?<nat>${alt(NAT_WORDS)})`;
const MODS = `(?:(?:${alt(ROLE_MODIFIERS)}) )*`;
const ROLE_WORDS = alt(ROLES.flatMap((r) => r.words));
/** One role, or two ("army commanders", "drone unit spokesman"): the last one gives the kind. */
const ROLE = `(?:(?:${ROLE_WORDS}) )?(?<role>${ROLE_WORDS})`;
/** A name after a role: "Russian state media TASS", "Ukrainian military spokesperson Ivan Petrenko". */
const TAIL = `(?:,? "?(?<tail>[\\p{Lu}\\d][\\p{L}\\d'.-]*(?: [\\p{Lu}][\\p{L}'.-]*){0,3})"?)?`;

export const ROLE_PHRASE = new RegExp(`^${MODS}${NAT} ${MODS}${ROLE}${TAIL}$`, "iu");
/** The same role at the start of a longer phrase ("a Ukrainian soldier who spoke to Reuters"). */
export const ROLE_PREFIX = new RegExp(`^${MODS}${NAT} ${MODS}${ROLE}(?![\\p{L}-])`, "iu");
/** The case-insensitive flag lets \p{Lu} match lowercase too: a tail must really start with a capital. */
export const isNameTail = (tail: string | undefined): tail is string => !!tail && /^[\p{Lu}\d]/u.test(tail);
export const TELEGRAM_AFTER = new RegExp(`^(?:${MODS}${NAT} )?${MODS}Telegram channels?,? "?(?<name>[^"]+?)"?$`, "iu");
export const TELEGRAM_BEFORE = new RegExp(`^(?:${MODS}${NAT} )?${MODS}"?(?<name>[\\p{Lu}\\d][^"]*?)"? Telegram channel$`, "u");
const UNIT = alt(UNIT_WORDS);
export const QUOTED_UNIT = new RegExp(`(?:^|\\b)(?:${NAT} )?${MODS}"(?<name>[^"]+)" (?<unit>(?:[\\p{L}-]+ ){0,2}(?:${UNIT}))\\b`, "iu");
export const NUMBERED_UNIT = new RegExp(`(?:^|\\b)(?:${NAT} )?${MODS}(?<name>\\d+(?:st|nd|rd|th) (?:[\\p{L}-]+ ){0,4}(?:${UNIT}))\\b`, "iu");
export const POSSESSIVE = new RegExp(`^${NAT} (?<rest>.+)$`, "iu");

export const nationality = (word: string | undefined): NationalityRow | null => (word ? natByWord.get(word.toLowerCase()) ?? null : null);
export const kindOfRole = (role: string): SourceKind => roleKind.get(role.toLowerCase()) ?? "group";

export function unitSide(name: string, nat: NationalityRow | null): SourceSide | null {
  if (nat && nat.side !== "independent") return nat.side;
  return UNIT_SIDE_HINTS.find((h) => h.pattern.test(name))?.side ?? null;
}
