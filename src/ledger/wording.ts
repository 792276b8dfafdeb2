// Words for the reader: sides, stances, statuses, dates and proposition titles. Tables, not ifs.
import type { Claim, Measure, Proposition, PropositionStatus, SourceSide, Stance } from "../claims/index.js";

export const SIDE_WORDS: Record<SourceSide, string> = { RU: "Russian", UA: "Ukrainian", independent: "independent" };

export const STANCE_WORDS: Record<Stance, string> = { asserted: "asserts", denied: "denies", unconfirmed: "cannot confirm" };

export const STATUS_WORDS: Record<PropositionStatus, string> = {
  disputed: "disputed",
  denied: "denied",
  unconfirmed: "unconfirmed",
  single_source: "single source",
  one_sided: "one-sided",
  corroborated: "corroborated",
};

/** Title templates: {side} is "Russian"/"Ukrainian" (or dropped), {place} the place, {place2} the second place. */
export const TITLES: Record<Measure, string> = {
  killed: "{side} killed",
  wounded: "{side} wounded",
  killed_or_wounded: "{side} killed or wounded",
  captured: "{side} captured",
  missing: "{side} missing",
  deployed: "{side} troops deployed",
  encircled: "{side} troops encircled",
  at_risk: "{side} troops at risk of encirclement",
  controls: "{side} control of {place}",
  contested: "Fighting in {place}",
  flag_raised: "{side} flag raised",
  withdrawal: "{side} withdrawal",
  evacuation: "Evacuation",
  strike: "{side} strike",
  population: "Population",
  distance: "Distance {place}–{place2}",
  length: "Length",
  area: "Area held by {side}",
  share: "Share held by {side}",
};

export function titleOf(p: Pick<Proposition, "measure" | "side" | "place" | "kind">, place2?: string | null): string {
  const place = p.place?.name ?? "";
  let t = TITLES[p.measure] ?? `${p.kind} ${p.measure}`;
  const hadPlace = t.includes("{place}");
  t = t
    .replace("{side}", p.side ? SIDE_WORDS[p.side] : "")
    .replace("{place2}", place2 ?? "?")
    .replace("{place}", place || "unknown place")
    .replace(/\s+/g, " ")
    .trim();
  if (p.kind === "control" && p.measure === "contested" && p.side) t += ` (${SIDE_WORDS[p.side]} forces attacking)`;
  if (!hadPlace && place) t += ` — ${place}`;
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** The second place of a distance proposition, from its claims. */
export const place2Of = (claims: Claim[]): string | null => claims.find((c) => c.place2)?.place2?.name ?? null;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2025-12-01" → "1 December 2025", "2025-11" → "November 2025", "2025" → "2025". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "undated";
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  if (!m[2]) return m[1];
  const month = MONTHS[Number(m[2]) - 1] ?? m[2];
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

export function formatPeriod(time: Proposition["time"]): string {
  if (!time) return "undated";
  const s = formatDate(time.start ?? time.end);
  const e = formatDate(time.end ?? time.start);
  return s === e ? s : `${s} – ${e}`;
}
