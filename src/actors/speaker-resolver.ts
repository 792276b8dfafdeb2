// resolveSpeaker: a speaker phrase in, a Source out. Steps run in order, first answer wins:
// exact name → a person named inside → (Cyrillic) role phrase → Telegram channel / unit / nationality+role → an
// organisation named inside → generic third parties → nationality prefix → a bare personal name.
import type { Source, SourceKind } from "../claims/index.js";
import { straighten, toSource, type ActorIndex } from "./actor-index.js";
import { hasCyrillic } from "./cyrillic-key.js";
import { resolveCyrillicRole, stripCyrillicLeadIn } from "./cyrillic-role-resolver.js";
import { NATIONALITIES, NOT_SPEAKERS, THIRD_PARTIES } from "./role-table.js";
import { isNameTail, kindOfRole, nationality, NUMBERED_UNIT, POSSESSIVE, QUOTED_UNIT, ROLE_PHRASE, ROLE_PREFIX, TELEGRAM_AFTER, TELEGRAM_BEFORE, unitSide } from "./role-patterns.js";

const LEAD_IN = /^(?:according to|citing|per|said|says|quoted|quoting)\s+/i;
const DETERMINER = /^(?:(?:the|a|an|one of|some of|some|several|many|other|another|two|three|its|their|his|her) )+/i;
const thirdParties = new Map(THIRD_PARTIES.map((t) => [t.phrase.toLowerCase(), t]));
/** Roles that speak for no state institution even when the nationality is a party's. */
const NON_STATE_ROLE = /blogger|correspondent|journalist|propagandist|commentator|analyst|expert|POW|prisoner/i;
/** "General Staff", "Defence Ministry" without a nationality: an institution of unknown side, not a person. */
const INSTITUTION_WORD = /\b(?:Ministry|Staff|Office|Service|Council|Committee|Forces|Army|Group|Agency|Cent(?:re|er)|Directorate|Command|Administration|Guard|Institute|Department|Headquarters)\b/;
const CAPITALISED = /^\p{Lu}[\p{L}'-]*(?: (?:of |the |for |and )*\p{Lu}[\p{L}'-]*){0,5}$/u;
const PERSON_NAME = /^\p{Lu}[\p{Ll}'-]+(?: \p{Lu}[\p{Ll}'-]+){1,2}$/u;
/** A Cyrillic name never opens with an adjective: "Красный Лиман", "Великая Новосёлка" are places. */
const CYRILLIC_ADJECTIVE = /^[\u0400-\u04ff]+(?:ый|ой|ая|яя|ое|ее|ые|ие|ого|ых|ьої|ої)(?: |$)/iu;

/** Trim quotes, trailing punctuation, a possessive 's, and spaces; keep "U.S." whole. */
export function cleanPhrase(phrase: string): string {
  let s = straighten(phrase).replace(/\s+/g, " ").trim();
  s = s.replace(/^["']+|["']+$/g, "").replace(/[,;:!?)]+$/g, "").replace(/^["(]+/, "");
  if (/\.$/.test(s) && !/(?:^|[\s(])(?:\p{Lu}\.)+$/u.test(s)) s = s.slice(0, -1);
  return s.replace(/^["']+|["']+$/g, "").replace(/'s$/, "").trim();
}

export function resolveSpeakerWith(index: ActorIndex, phrase: string): Source | null {
  const mention = phrase;
  const trimmed = cleanPhrase(phrase).replace(LEAD_IN, "");
  const cleaned = hasCyrillic(trimmed) ? stripCyrillicLeadIn(trimmed) : trimmed;
  const bare = cleaned.replace(DETERMINER, "");
  if (!bare || NOT_SPEAKERS.has(cleaned.toLowerCase()) || NOT_SPEAKERS.has(bare.toLowerCase())) return null;

  const exact = index.exact(bare) ?? index.exact(cleaned);
  if (exact) return toSource(exact, mention);

  const named = index.scan(cleaned);
  const person = named.filter((n) => n.row.kind === "person").pop();
  if (person) return toSource(person.row, mention);

  if (hasCyrillic(cleaned)) {
    const cyrillic = resolveCyrillicRole(index, cleaned, mention);
    if (cyrillic) return cyrillic;
  }

  const patterned = byPattern(index, bare, mention);
  if (patterned) return patterned;

  // "a Ukrainian soldier who spoke to Reuters": the role at the start is the speaker, not the outlet after it.
  const prefix = ROLE_PREFIX.exec(bare);
  if (prefix?.groups && !named.some((n) => n.start < prefix[0].length)) return roleMatchSource(prefix, prefix[0], mention);

  const org = named.sort((a, b) => b.text.length - a.text.length)[0];
  if (org) return toSource(org.row, mention);

  const third = thirdParties.get(bare.toLowerCase()) ?? thirdParties.get(cleaned.toLowerCase());
  if (third) return { name: third.name, kind: third.kind, side: third.side, role: null, institution: null, mention };

  const poss = POSSESSIVE.exec(bare);
  const nat = nationality(poss?.groups?.nat);
  if (poss && nat) return roleSource(bare, "organization", nat.side, nat.side === "independent" ? null : nat.institution, mention);

  if (CAPITALISED.test(bare) && INSTITUTION_WORD.test(bare)) return { name: bare, kind: "organization", side: null, role: null, institution: null, mention };
  if (PERSON_NAME.test(bare) && !CYRILLIC_ADJECTIVE.test(bare)) return { name: bare, kind: "person", side: null, role: null, institution: null, mention };
  return null;
}

function byPattern(index: ActorIndex, bare: string, mention: string): Source | null {
  const tg = TELEGRAM_AFTER.exec(bare) ?? TELEGRAM_BEFORE.exec(bare);
  if (tg?.groups?.name) {
    const known = index.exact(tg.groups.name);
    if (known) return toSource(known, mention);
    const nat = nationality(tg.groups.nat);
    const adjective = nat ? `${adjectiveOf(nat.side)} ` : "";
    return { name: tg.groups.name.trim(), kind: "media", side: nat?.side ?? null, role: `${adjective}Telegram channel`, institution: null, mention };
  }
  const unit = QUOTED_UNIT.exec(bare) ?? NUMBERED_UNIT.exec(bare);
  if (unit?.groups?.name) {
    const nat = nationality(unit.groups.nat);
    const name = unit.groups.unit ? `${unit.groups.name} ${unit.groups.unit}` : unit.groups.name;
    const side = unitSide(name, nat);
    const gov = NATIONALITIES.find((n) => n.side === side)?.institution ?? null;
    return { name, kind: "military", side, role: side ? `${adjectiveOf(side)} military unit` : "military unit", institution: gov, mention };
  }
  const role = rolePhrase(bare);
  if (!role?.groups) return null;
  const { tail } = role.groups;
  if (!tail) return roleMatchSource(role, bare, mention);
  const known = index.exact(tail);
  if (known) return toSource(known, mention);
  const source = roleMatchSource(role, bare.slice(0, bare.length - tail.length).replace(/[,"\s]+$/, ""), mention);
  return { ...source, name: tail, kind: source.kind === "media" && !/bloggers?|correspondents?|journalists?/i.test(role.groups.role) ? "media" : "person" };
}

/** A Source for "<nationality> <role>" words: name and role are the words from the nationality on. */
function roleMatchSource(m: RegExpExecArray, words: string, mention: string): Source {
  const nat = nationality(m.groups!.nat)!;
  const kind = kindOfRole(m.groups!.role);
  const institution = nat.side !== "independent" && kind !== "media" && !NON_STATE_ROLE.test(m.groups!.role) ? nat.institution : null;
  const name = words.slice(Math.max(0, words.toLowerCase().indexOf(m.groups!.nat.toLowerCase())));
  return roleSource(name, kind, nat.side, institution, mention);
}

/** Match nationality + role; when the "name" after it is lowercase, it was a role word: match again as one role. */
function rolePhrase(bare: string): RegExpExecArray | null {
  const m = ROLE_PHRASE.exec(bare);
  if (!m?.groups?.tail || isNameTail(m.groups.tail)) return m;
  return null;
}

function roleSource(name: string, kind: SourceKind, side: Source["side"], institution: string | null, mention: string): Source {
  return { name, kind, side, role: name, institution, mention };
}

const adjectiveOf = (side: string): string => (side === "RU" ? "Russian" : side === "UA" ? "Ukrainian" : "foreign");
