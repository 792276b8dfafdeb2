// Unnamed speakers: a nationality word plus a role ("Ukrainian military spokesperson"), and
// generic third parties ("analysts", "a recent study"). Rows, not code: a new phrasing is one row.
import type { SourceKind, SourceSide } from "../claims/index.js";
import { GOV_RU, GOV_UA } from "./actor-table.js";

export interface NationalityRow { words: string[]; side: SourceSide; institution: string | null }

/** Words that give a speaker's side; possessives ("Russia's", "Kyiv's") are read as these. */
export const NATIONALITIES: NationalityRow[] = [
  { words: ["Russian", "Russia's", "Moscow's", "Kremlin", "Kremlin's", "pro-Kremlin", "pro-Russian", "pro-Russia", "Chechen", "Russian-installed", "Russia-installed", "Moscow-installed", "Kremlin-installed", "Russia-appointed", "Moscow-appointed", "Kremlin-appointed", "Russian-appointed", "Russian-backed", "Russia-backed", "Moscow-backed", "occupation"], side: "RU", institution: GOV_RU },
  { words: ["Ukrainian", "Ukraine's", "Kyiv's", "Kiev's", "pro-Ukrainian", "pro-Kyiv"], side: "UA", institution: GOV_UA },
  { words: ["Western", "American", "US", "U.S.", "British", "UK", "U.K.", "French", "German", "Polish", "European", "EU", "NATO", "Estonian", "Latvian",
    "Lithuanian", "Finnish", "Swedish", "Norwegian", "Danish", "Dutch", "Italian", "Spanish", "Czech", "Slovak", "Hungarian", "Romanian", "Turkish",
    "Belarusian", "Chinese", "Japanese", "South Korean", "Canadian", "Israeli", "independent", "foreign", "international", "Washington's", "America's",
    "Britain's", "Europe's", "Germany's", "France's", "Poland's"], side: "independent", institution: null },
];

export interface RoleRow { words: string[]; kind: SourceKind }

/** Role nouns after a nationality. Longest phrases are tried first. */
export const ROLES: RoleRow[] = [
  { words: ["state media", "state television", "state TV", "state news agency", "media", "news agency", "news agencies", "outlet", "outlets", "television", "TV",
    "Telegram channel", "Telegram channels", "bloggers", "milbloggers", "military bloggers",
    "war bloggers", "pro-war bloggers", "war correspondents", "journalists", "press", "newspaper",
    "propagandists", "commentators", "state broadcaster"], kind: "media" },
  { words: ["military", "army", "armed forces", "forces", "troops", "soldiers", "servicemen", "military command", "command", "General Staff", "general staff",
    "defence ministry", "defense ministry", "Defence Ministry", "Defense Ministry", "ministry of defence", "ministry of defense", "military intelligence",
    "intelligence", "intelligence services", "air force", "air defence", "air defense", "navy", "marines", "paratroopers", "border guards",
    "units", "unit", "brigade", "brigades", "drone operators", "assault units", "military units", "artillery", "high command"], kind: "military" },
  { words: ["officials", "authorities", "government", "leadership", "administration", "presidency", "foreign ministry", "Foreign Ministry",
    "ministry", "diplomats", "negotiators", "delegation", "lawmakers", "parliament", "prosecutors", "police", "emergency services",
    "regional authorities", "local authorities", "occupation authorities", "security services", "security service"], kind: "government" },
  { words: ["president", "spokesperson", "spokesman", "spokeswoman", "military spokesperson", "military spokesman", "army spokesperson", "army spokesman",
    "commander", "commanders", "official", "officer", "officers", "soldier", "serviceman", "general", "minister", "defence minister", "defense minister",
    "foreign minister", "prime minister", "diplomat", "negotiator", "lawmaker", "MP", "governor", "mayor", "adviser", "advisor", "envoy", "ambassador",
    "source", "sources", "military source", "military sources", "intelligence official", "intelligence officials", "military official", "military officials",
    "defence official", "defense official", "defence officials", "defense officials", "security official", "security officials", "prisoner of war",
    "prisoners of war", "POWs", "POW", "drone operator", "operator", "fighter", "fighters", "marine", "paratrooper", "sniper", "gunner",
    "pilot", "scout", "medic", "volunteer", "volunteers", "deputy commander", "blogger", "milblogger", "military blogger", "war blogger", "pro-war blogger", "war correspondent",
    "journalist", "propagandist", "commentator", "analyst", "analysts", "military analyst", "military analysts", "expert", "experts", "military expert", "military experts"], kind: "person" },
];

/** Words allowed between the nationality and the role ("a senior Ukrainian military official", "Russia's leading military bloggers"). */
export const ROLE_MODIFIERS = ["senior", "top", "high-ranking", "leading", "prominent", "popular", "influential", "local", "regional", "elite", "former",
  "retired", "frontline", "front-line", "pro-war", "nationalist", "official", "anonymous", "unnamed", "several", "some", "other", "many", "two", "three",
  "one", "well-known", "military", "state", "main", "special", "defence", "defense", "drone", "naval", "navy", "artillery", "assault", "intelligence",
  "border", "air", "unit", "brigade", "battalion", "regiment", "army", "war", "frontline"];

export interface ThirdPartyRow { phrase: string; name: string; kind: SourceKind; side: SourceSide | null }

/** Generic speakers that are nobody's party: side independent (or null where the side cannot be told). */
export const THIRD_PARTIES: ThirdPartyRow[] = [
  ...["study", "recent study", "new study", "report", "recent report", "new report", "analysis", "recent analysis", "survey", "estimate", "estimates", "investigation", "joint investigation", "count"]
    .map((w): ThirdPartyRow => ({ phrase: w, name: w, kind: "organization", side: "independent" })),
  ...["experts", "military experts", "expert", "military expert", "analysts", "military analysts", "analyst", "military analyst", "defence analysts", "defense analysts",
    "observers", "independent observers", "international observers", "researchers", "independent researchers", "monitors", "independent monitors",
    "war monitors", "open-source intelligence groups", "open-source intelligence analysts", "open-source analysts", "OSINT analysts", "OSINT researchers",
    "OSINT groups", "open-source researchers", "independent analysts", "Western officials", "Western intelligence", "Western intelligence officials",
    "Western analysts", "Western governments", "Western diplomats", "Western media", "foreign media", "international media", "war correspondents",
    "military correspondents", "think tanks", "human rights groups", "rights groups", "aid groups", "aid workers", "humanitarian organisations",
    "humanitarian organizations", "diplomats"]
    .map((w): ThirdPartyRow => ({ phrase: w, name: w, kind: "group", side: "independent" })),
  ...["officials", "sources", "a source", "people familiar with the matter", "people familiar with the situation", "residents", "locals", "witnesses",
    "eyewitnesses", "soldiers", "commanders", "military commanders", "military officials", "military personnel", "authorities", "local authorities",
    "local officials", "the military", "the army", "bloggers", "military bloggers", "Telegram channels"]
    .map((w): ThirdPartyRow => ({ phrase: w, name: w.replace(/^(a|the) /, ""), kind: "group", side: null })),
];

/** Unit words for "the 93rd Brigade", "Ukraine's elite “Skelya” assault regiment". */
export const UNIT_WORDS = ["brigade", "regiment", "battalion", "division", "corps", "army", "detachment", "company", "group", "unit", "squad", "platoon", "formation"];

/** Words in a unit's name that tell its side when no nationality is given. */
export const UNIT_SIDE_HINTS: { pattern: RegExp; side: SourceSide }[] = [
  { pattern: /\b(guards|motor rifle|naval infantry|combined arms|tank army|military district|airborne assault division|spetsnaz brigade|storm-z|storm z|akhmat|vostok battalion)\b/i, side: "RU" },
  { pattern: /\b(separate|mechani[sz]ed brigade|territorial defen[cs]e|jaeger|national guard|azov|da vinci|khartiia|kraken|presidential brigade|assault brigade|airmobile|unmanned systems)\b/i, side: "UA" },
];

/** Phrases that name no speaker. */
export const NOT_SPEAKERS = new Set([
  "it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "who", "which", "one", "someone", "somebody", "anyone", "nobody",
  "the city", "the town", "the village", "the region", "the area", "a figure", "the figure", "the figures", "figures", "data", "the data", "the number",
  "the report", "reports", "the statement", "a statement", "the video", "video", "footage", "images", "the claim", "claims", "the ministry", "the agency",
  "the outlet", "the channel", "the newspaper", "the article", "the document", "documents", "the side", "both sides", "either side", "the other side",
]);
