// Dates as news writes them, resolved against the publication date: "on Monday" is the latest Monday on
// or before publication, "in October" the latest October not after it, "in 2025 alone" the year,
// "since August 2024" and "the past month" ranges, "as of Dec. 1" a point. No publication date: a date
// without a year stays unresolved rather than guessed.

import { ago, applyDateRules, calendarUnit, iso, parseDay, pastSpan, shiftDays, weekday, withYear, type DateMention, type Day, type Rule } from "./date-rules.js";
import { findCyrillicDates } from "./cyrillic-dates.js";

export { iso, parseDay, type DateMention, type Day } from "./date-rules.js";

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const M = "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)";
const LEAD = "(?:(since|as of|until|by|from|through)\\s+)?(?:(?:in|on|during|of)\\s+)?(?:(early|mid-?|late|the end of|the start of|the beginning of|the middle of|end of|start of)\\s*)?";


const RULES: Rule[] = [
  { reason: "month-day", re: new RegExp(`\\b${LEAD}${M}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, "g"),
    read: (m, pub) => withYear({ m: MONTHS[m[3]], d: Number(m[4]) }, m[5], pub) },
  { reason: "day-month", re: new RegExp(`\\b${LEAD}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${M}\\.?(?:,?\\s+(\\d{4})\\b)?`, "g"),
    read: (m, pub) => withYear({ m: MONTHS[m[4]], d: Number(m[3]) }, m[5], pub) },
  { reason: "month-year", re: new RegExp(`\\b${LEAD}${M}\\.?,?\\s+(\\d{4})\\b`, "g"),
    read: (m) => ({ y: Number(m[4]), m: MONTHS[m[3]] }) },
  // "in February of last year", "last year in June": the month of the year before publication.
  { reason: "month-last-year", re: new RegExp(`\\b()(?:(?:in|during|of)\\s+)?(?:(?:early|mid-?|late)\\s+)?${M}\\s+(?:of\\s+)?last\\s+year\\b`, "g"),
    read: (m, pub) => (pub ? { y: pub.y - 1, m: MONTHS[m[2]] } : null) },
  // A month alone needs a preposition ("in May"), so that the verb "may" is not a date.
  { reason: "month", re: new RegExp(`\\b(?:(since|as of|until|by|from|through)\\s+|(?:in|during|of|last|this|early|mid-?|late|the end of|end of|the start of|the beginning of)\\s+)(?:(?:early|mid-?|late)\\s+)?${M}\\b(?!\\s*\\d)`, "g"),
    read: (m, pub) => withYear({ m: MONTHS[m[2]] }, undefined, pub) },
  { reason: "year", re: /\b(?:(since|as of|until|by|from|through)\s+|(?:in|during|of|early|mid-?|late|the end of|end of|spring|summer|autumn|fall|winter)\s+)(?:(?:early|mid-?|late)\s+)?((?:19|20)\d{2})\b/g,
    read: (m) => ({ y: Number(m[2]) }) },
  { reason: "weekday", re: /\b(?:(since|as of|until|by)\s+)?(?:on\s+|last\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/g,
    read: (m, pub) => weekday(WEEKDAYS.indexOf(m[2]), pub) },
  { reason: "relative-day", re: /\b()(yesterday(?: morning| afternoon| evening)?|today|tonight|last night|this morning|this afternoon|this evening|earlier today|later today|overnight)\b/g,
    read: (m, pub) => shiftDays(pub, m[2].startsWith("yesterday") || m[2] === "last night" ? -1 : 0) },
  // "now controls", "currently", "at present": a status as of publication ("now-destroyed" is no date).
  { reason: "now", re: /\b()(now|currently|at present|at the moment|as things stand)\b(?!-)/g,
    read: (_m, pub) => shiftDays(pub, 0) },
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

/**
 * Date mentions in `fold` between `from` and `to`, resolved against `published` (YYYY[-MM[-DD]]).
 * `lang` picks the rows: "en" (the default, and any language without its own), "ru" or "uk" (cyrillic-dates.ts).
 */
export function findDates(fold: string, from: number, to: number, published: string | null, lang: string = "en"): DateMention[] {
  if (lang === "ru" || lang === "uk") return findCyrillicDates(fold, from, to, published);
  const text = fold.slice(from, to).toLowerCase();
  const pub = parseDay(published);
  return applyDateRules(RULES, text, from, pub).map((d) => sinceTheStartOf(text, from, d, pub));
}

// "since the start of the incursion on August 6": a range from that date.
function sinceTheStartOf(text: string, from: number, d: DateMention, pub: Day | null): DateMention {
  if (d.form !== "point") return d;
  if (!/\bsince\s+(?:the\s+)?(?:start|beginning|outset|launch)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,3}$/.test(text.slice(Math.max(0, d.start - from - 60), d.start - from))) return d;
  return { ...d, form: "since", period: { start: d.period.start, end: iso(pub) } };
}
