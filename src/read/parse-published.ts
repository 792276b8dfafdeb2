// Publication dates at the precision known: YYYY, YYYY-MM or YYYY-MM-DD (see claims/article.ts).

const STRICT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const ISO_PREFIX = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s]|$)/;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** RFC 822 as feeds write it ("Tue, 04 Nov 2025 10:00:00 GMT"): the date as stated, not shifted to UTC. */
const RFC822 = /^\s*(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})/i;

const pad = (n: number) => String(n).padStart(2, "0");

function isValidDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether `value` is exactly YYYY, YYYY-MM or YYYY-MM-DD naming a real date (as a manifest must give it). */
export function isPublished(value: string): boolean {
  const m = STRICT.exec(value);
  if (!m) return false;
  const month = m[2] ? Number(m[2]) : 1;
  if (month < 1 || month > 12) return false;
  return m[3] ? isValidDay(Number(m[1]), month, Number(m[3])) : true;
}

/** Reads a date as pages and feeds write it (ISO 8601, RFC 822) into YYYY-MM-DD; null when unreadable. */
export function parsePublished(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const value = raw.trim();
  if (isPublished(value)) return value;
  const iso = ISO_PREFIX.exec(value);
  if (iso) return isValidDay(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? `${iso[1]}-${iso[2]}-${iso[3]}` : null;
  const rfc = RFC822.exec(value);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2].toLowerCase()) + 1;
    const [year, day] = [Number(rfc[3]), Number(rfc[1])];
    return month > 0 && isValidDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  const date = new Date(ms);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Today as YYYY-MM-DD (UTC), from the clock given. */
export const isoDay = (now: Date): string => now.toISOString().slice(0, 10);

/**
 * The warning for a publication date after `today` (YYYY-MM-DD), compared at the date's own precision
 * ("2099" is after 2026-12-06, "2026-12" is not); null otherwise. Such a date is kept (a clock may be wrong),
 * but every relative date in the article ("on Monday") is resolved against it.
 */
export function futureDateWarning(published: string | null | undefined, today: string): string | null {
  if (!published || !isPublished(published)) return null;
  if (published <= today.slice(0, published.length)) return null;
  return `published ${published} is after today (${today}); relative dates in the text are read against it`;
}
