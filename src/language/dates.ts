// Dates as news writes them, resolved against the publication date: "on Monday" is the latest Monday on
// or before publication, "in October" the latest October not after it, "in 2025 alone" the year,
// "since August 2024" and "the past month" ranges, "as of Dec. 1" a point. No publication date: a date
// without a year stays unresolved rather than guessed.

export interface DateMention {
  start: number;
  end: number;
  /** ISO 8601 at the precision the text supports. */
  period: { start: string | null; end: string | null };
  form: "point" | "range" | "since" | "as_of";
  reason: string;
}

export interface Day { y: number; m?: number; d?: number }

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const M = "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)";
const LEAD = "(?:(since|as of|until|by|from|through)\\s+)?(?:(?:in|on|during|of)\\s+)?(?:(early|mid-?|late|the end of|the start of|the beginning of|the middle of|end of|start of)\\s*)?";

interface Rule { re: RegExp; reason: string; read(m: RegExpExecArray, pub: Day | null): Day | [Day, Day] | null }

const RULES: Rule[] = [
  { reason: "month-day", re: new RegExp(`\\b${LEAD}${M}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, "g"),
    read: (m, pub) => withYear({ m: MONTHS[m[3]], d: Number(m[4]) }, m[5], pub) },
  { reason: "day-month", re: new RegExp(`\\b${LEAD}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${M}\\.?(?:,?\\s+(\\d{4})\\b)?`, "g"),
    read: (m, pub) => withYear({ m: MONTHS[m[4]], d: Number(m[3]) }, m[5], pub) },
  { reason: "month-year", re: new RegExp(`\\b${LEAD}${M}\\.?,?\\s+(\\d{4})\\b`, "g"),
    read: (m) => ({ y: Number(m[4]), m: MONTHS[m[3]] }) },
  // A month alone needs a preposition ("in May"), so that the verb "may" is not a date.
  { reason: "month", re: new RegExp(`\\b(?:(since|as of|until|by|from|through)\\s+|(?:in|during|of|last|this|early|mid-?|late|the end of|end of|the start of|the beginning of)\\s+)(?:(?:early|mid-?|late)\\s+)?${M}\\b(?!\\s*\\d)`, "g"),
    read: (m, pub) => withYear({ m: MONTHS[m[2]] }, undefined, pub) },
  { reason: "year", re: /\b(?:(since|as of|until|by|from|through)\s+|(?:in|during|of|early|mid-?|late|the end of|end of|spring|summer|autumn|fall|winter)\s+)(?:(?:early|mid-?|late)\s+)?((?:19|20)\d{2})\b/g,
    read: (m) => ({ y: Number(m[2]) }) },
  { reason: "weekday", re: /\b(?:(since|as of|until|by)\s+)?(?:on\s+|last\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/g,
    read: (m, pub) => weekday(WEEKDAYS.indexOf(m[2]), pub) },
  { reason: "relative-day", re: /\b()(yesterday|today|tonight|last night|this morning|earlier today|overnight)\b/g,
    read: (m, pub) => shiftDays(pub, m[2] === "yesterday" || m[2] === "last night" ? -1 : 0) },
  { reason: "past-span", re: /\b()(?:in|over|during|within)?\s*the\s+(?:past|last|previous|final)\s+(?:(\d+|two|three|four|six|twelve|24|48|72)\s+)?(hour|day|week|month|year)s?\b/g,
    read: (m, pub) => pastSpan(pub, m[3], m[2]) },
  // "June had been the deadliest month": a month name alone, but never the words "may" or "march".
  { reason: "bare-month", re: /\b()(january|february|april|june|july|august|september|october|november|december)\b(?!\s*\d)/g,
    read: (m, pub) => withYear({ m: MONTHS[m[2]] }, undefined, pub) },
  { reason: "calendar-unit", re: /\b()(this|last)\s+(week|month|year)\b/g,
    read: (m, pub) => calendarUnit(pub, m[2], m[3]) },
  // "three days ago", "a week ago": counted back from publication.
  { reason: "ago", re: /\b()(a|an|one|two|three|four|five|six|seven|ten|\d+)\s+(day|week|month|year)s?\s+ago\b/g,
    read: (m, pub) => ago(pub, m[2], m[3]) },
  // "the previous day", "a day earlier", "the day before": the day before publication, as news uses them.
  { reason: "day-before", re: /\b()(the previous day|a day earlier|the day before|the night before)\b/g,
    read: (_m, pub) => shiftDays(pub, -1) },
];

const WORD_COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10, twelve: 12 };

function ago(pub: Day | null, count: string, unit: string): Day | null {
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

export function findDates(fold: string, from: number, to: number, published: string | null): DateMention[] {
  const text = fold.slice(from, to).toLowerCase();
  const pub = parseDay(published);
  const found: DateMention[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].length;
      if (found.some((f) => f.start - from < end && start < f.end - from)) continue;
      const day = rule.read(m, pub);
      found.push(toMention(m[1] as string | undefined, day, pub, start + from, end + from, rule.reason));
    }
  }
  return found.sort((a, b) => a.start - b.start).map((d) => sinceTheStartOf(text, from, d, pub));
}

// "since the start of the incursion on August 6": a range from that date.
function sinceTheStartOf(text: string, from: number, d: DateMention, pub: Day | null): DateMention {
  if (d.form !== "point") return d;
  if (!/\bsince\s+(?:the\s+)?(?:start|beginning|outset|launch)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,3}$/.test(text.slice(Math.max(0, d.start - from - 60), d.start - from))) return d;
  return { ...d, form: "since", period: { start: d.period.start, end: iso(pub) } };
}

function toMention(lead: string | undefined, day: Day | [Day, Day] | null, pub: Day | null, start: number, end: number, reason: string): DateMention {
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

function withYear(md: { m: number; d?: number }, year: string | undefined, pub: Day | null): Day | null {
  if (year) return { y: Number(year), ...md };
  if (!pub || pub.m === undefined) return null;
  const later = md.m > pub.m || (md.m === pub.m && md.d !== undefined && pub.d !== undefined && md.d > pub.d);
  return { y: later ? pub.y - 1 : pub.y, ...md };
}

const toDate = (d: Day) => new Date(Date.UTC(d.y, (d.m ?? 1) - 1, d.d ?? 1));
const fromDate = (t: Date): Day => ({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });

function weekday(index: number, pub: Day | null): Day | null {
  if (!pub || pub.m === undefined) return null;
  if (pub.d === undefined) return { y: pub.y, m: pub.m };
  const t = toDate(pub);
  t.setUTCDate(t.getUTCDate() - ((t.getUTCDay() - index + 7) % 7));
  return fromDate(t);
}

function shiftDays(pub: Day | null, days: number): Day | null {
  if (!pub || pub.m === undefined) return null;
  if (pub.d === undefined) return { y: pub.y, m: pub.m };
  const t = toDate(pub);
  t.setUTCDate(t.getUTCDate() + days);
  return fromDate(t);
}

function pastSpan(pub: Day | null, unit: string, count: string | undefined): [Day, Day] | null {
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

function calendarUnit(pub: Day | null, which: string, unit: string): Day | [Day, Day] | null {
  if (!pub) return null;
  if (unit === "year") return { y: which === "last" ? pub.y - 1 : pub.y };
  if (pub.m === undefined) return null;
  if (unit === "month") {
    if (which === "this") return { y: pub.y, m: pub.m };
    return pub.m === 1 ? { y: pub.y - 1, m: 12 } : { y: pub.y, m: pub.m - 1 };
  }
  return pastSpan(pub, "week", which === "last" ? "2" : "1");
}
