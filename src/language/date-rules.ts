// The engine that applies date rows (one regex and one reading per phrasing) and the calendar
// arithmetic they share, for every language: the latest weekday on or before publication, a month
// without a year in the latest year not after publication, spans counted back from publication.
// No rule reads the clock; without a publication date relative dates stay unresolved.

export interface DateMention {
  start: number;
  end: number;
  /** ISO 8601 at the precision the text supports. */
  period: { start: string | null; end: string | null };
  form: "point" | "range" | "since" | "as_of";
  reason: string;
}

export interface Day { y: number; m?: number; d?: number }

export interface Rule {
  re: RegExp;
  reason: string;
  read(m: RegExpExecArray, pub: Day | null): Day | [Day, Day] | null;
  /** A cheap test the text must pass before `re` is run (a word stem the phrasing cannot do without). */
  needs?: RegExp;
}

/** Lead words ("since", "as of", …) as toMention reads them; a language maps its own words onto them. */
export type LeadOf = (lead: string | undefined) => string | undefined;

/** Every rule's matches in `text` (the lower-cased slice of the fold starting at `from`), earlier rules first, no overlaps. */
export function applyDateRules(rules: Rule[], text: string, from: number, pub: Day | null, leadOf: LeadOf = (l) => l): DateMention[] {
  const found: DateMention[] = [];
  for (const rule of rules) {
    if (rule.needs && !rule.needs.test(text)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].length;
      if (found.some((f) => f.start - from < end && start < f.end - from)) continue;
      const day = rule.read(m, pub);
      found.push(toMention(leadOf(m[1] as string | undefined), day, pub, start + from, end + from, rule.reason));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export function toMention(lead: string | undefined, day: Day | [Day, Day] | null, pub: Day | null, start: number, end: number, reason: string): DateMention {
  const range = Array.isArray(day) ? day : null;
  const point = Array.isArray(day) ? null : day;
  if (lead === "since" || lead === "from") {
    return { start, end, form: "since", reason, period: { start: iso(range ? range[0] : point), end: iso(pub) } };
  }
  if (lead === "as of" || lead === "by" || lead === "until" || lead === "through") {
    const at = iso(range ? range[1] : point);
    return { start, end, form: "as_of", reason, period: { start: at, end: at } };
  }
  if (range) return { start, end, form: "range", reason, period: { start: iso(range[0]), end: iso(range[1]) } };
  return { start, end, form: "point", reason, period: { start: iso(point), end: iso(point) } };
}


export const WORD_COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10, twelve: 12 };

export function ago(pub: Day | null, count: string, unit: string): Day | null {
  if (!pub) return null;
  const n = Number(count) || WORD_COUNTS[count] || 1;
  if (unit === "year") return { y: pub.y - n };
  if (pub.m === undefined) return null;
  if (unit === "month") {
    const t = toDate({ y: pub.y, m: pub.m });
    t.setUTCMonth(t.getUTCMonth() - n);
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1 };
  }
  return shiftDays(pub, unit === "week" ? -7 * n : -n);
}

export function parseDay(s: string | null | undefined): Day | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s ?? "");
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : undefined, d: m[3] ? Number(m[3]) : undefined };
}

export function iso(day: Day | null): string | null {
  if (!day) return null;
  const p = (n: number) => String(n).padStart(2, "0");
  return day.m === undefined ? String(day.y) : day.d === undefined ? `${day.y}-${p(day.m)}` : `${day.y}-${p(day.m)}-${p(day.d)}`;
}

export function withYear(md: { m: number; d?: number }, year: string | undefined, pub: Day | null): Day | null {
  if (year) return { y: Number(year), ...md };
  if (!pub || pub.m === undefined) return null;
  const later = md.m > pub.m || (md.m === pub.m && md.d !== undefined && pub.d !== undefined && md.d > pub.d);
  return { y: later ? pub.y - 1 : pub.y, ...md };
}

export const toDate = (d: Day) => new Date(Date.UTC(d.y, (d.m ?? 1) - 1, d.d ?? 1));
export const fromDate = (t: Date): Day => ({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });

export function weekday(index: number, pub: Day | null): Day | null {
  if (!pub || pub.m === undefined) return null;
  if (pub.d === undefined) return { y: pub.y, m: pub.m };
  const t = toDate(pub);
  t.setUTCDate(t.getUTCDate() - ((t.getUTCDay() - index + 7) % 7));
  return fromDate(t);
}

export function shiftDays(pub: Day | null, days: number): Day | null {
  if (!pub || pub.m === undefined) return null;
  if (pub.d === undefined) return { y: pub.y, m: pub.m };
  const t = toDate(pub);
  t.setUTCDate(t.getUTCDate() + days);
  return fromDate(t);
}

export function pastSpan(pub: Day | null, unit: string, count: string | undefined): [Day, Day] | null {
  if (!pub) return null;
  let n = count ? Number(count) || WORD_COUNTS[count] || 1 : 1;
  if (unit === "hour") { unit = "day"; n = Math.max(1, Math.round(n / 24)); }
  const t = toDate(pub);
  if (unit === "day") t.setUTCDate(t.getUTCDate() - n);
  if (unit === "week") t.setUTCDate(t.getUTCDate() - 7 * n);
  if (unit === "month") t.setUTCMonth(t.getUTCMonth() - n);
  if (unit === "year") t.setUTCFullYear(t.getUTCFullYear() - n);
  const start = fromDate(t);
  const precision = (d: Day): Day => (pub.m === undefined ? { y: d.y } : pub.d === undefined ? { y: d.y, m: d.m } : d);
  return [precision(start), pub];
}

export function calendarUnit(pub: Day | null, which: string, unit: string): Day | [Day, Day] | null {
  if (!pub) return null;
  if (unit === "year") return { y: which === "last" ? pub.y - 1 : pub.y };
  if (pub.m === undefined) return null;
  if (unit === "month") {
    if (which === "this") return { y: pub.y, m: pub.m };
    return pub.m === 1 ? { y: pub.y - 1, m: 12 } : { y: pub.y, m: pub.m - 1 };
  }
  return pastSpan(pub, "week", which === "last" ? "2" : "1");
}
