// Russian and Ukrainian dates, resolved against publication by the same arithmetic as English
// (date-rules.ts): "5 сентября", "11 вересня 2025 року", "в ночь на 5 сентября", "в понедельник",
// "у понеділок", "вчера", "накануне", "в августе", "на прошлой неделе", "минулого тижня",
// "за последние 10 месяцев", "три дня назад", "с начала года", "с 24 февраля 2022 года".
// Our own rows rather than chrono-node's ru/uk locales: chrono parses clock times and future-leaning
// weekdays, English uses no chrono either, and one row per phrasing keeps each reason explainable.
import { ago, applyDateRules, calendarUnit, parseDay, pastSpan, shiftDays, weekday, withYear, type DateMention, type Day, type Rule } from "./date-rules.js";
import { CYRILLIC_NUMBERS } from "./cyrillic-number-words.js";

const forms = (n: number, ...words: string[]) => words.map((w) => [w, n] as const);
const MONTHS: Record<string, number> = Object.fromEntries([
  ...forms(1, "январь", "января", "январе", "січень", "січня", "січні"),
  ...forms(2, "февраль", "февраля", "феврале", "лютий", "лютого", "лютому"),
  ...forms(3, "март", "марта", "марте", "березень", "березня", "березні"),
  ...forms(4, "апрель", "апреля", "апреле", "квітень", "квітня", "квітні"),
  ...forms(5, "май", "мая", "мае", "травень", "травня", "травні"),
  ...forms(6, "июнь", "июня", "июне", "червень", "червня", "червні"),
  ...forms(7, "июль", "июля", "июле", "липень", "липня", "липні"),
  ...forms(8, "август", "августа", "августе", "серпень", "серпня", "серпні"),
  ...forms(9, "сентябрь", "сентября", "сентябре", "вересень", "вересня", "вересні"),
  ...forms(10, "октябрь", "октября", "октябре", "жовтень", "жовтня", "жовтні"),
  ...forms(11, "ноябрь", "ноября", "ноябре", "листопад", "листопада", "листопаді"),
  ...forms(12, "декабрь", "декабря", "декабре", "грудень", "грудня", "грудні"),
]);
const WEEKDAYS: Record<string, number> = Object.fromEntries([
  ...forms(0, "воскресенье", "воскресенья", "неділя", "неділю", "неділі"),
  ...forms(1, "понедельник", "понедельника", "понеділок", "понеділка"),
  ...forms(2, "вторник", "вторника", "вівторок", "вівторка"),
  ...forms(3, "среда", "среду", "среды", "середа", "середу", "середи"),
  ...forms(4, "четверг", "четверга", "четвер"),
  ...forms(5, "пятница", "пятницу", "пятницы", "п'ятниця", "п'ятницю", "п'ятниці"),
  ...forms(6, "суббота", "субботу", "субботы", "субота", "суботу", "суботи"),
]);
const COUNTS: Record<string, number> = { ...CYRILLIC_NUMBERS.uk.words, ...CYRILLIC_NUMBERS.ru.words, одну: 1 };

const alt = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join("|");
const B = "(?<![\\p{L}\\p{N}_'])";
const E = "(?![\\p{L}\\p{N}_'])";
const M = `(${alt(Object.keys(MONTHS))})`;
const W = `(${alt(Object.keys(WEEKDAYS))})`;
const N = `(\\d+|${alt(Object.keys(COUNTS))})`;
const YEAR_WORD = "(?:\\s*(?:года|году|г\\.|гг\\.|року|році|рік|р\\.|-го|-м|-й))?";
const YEAR = `(?:,?\\s+(\\d{4})${E}${YEAR_WORD})?`;
// Leads, mapped onto the English ones that toMention reads ("since", "as of").
const LEADS: Record<string, string> = {
  "с": "since", "со": "since", "з": "since", "із": "since", "від": "since", "начиная с": "since", "починаючи з": "since",
  "с начала": "since", "з початку": "since",
  "по состоянию на": "as of", "станом на": "as of", "на": "as of", "до": "as of", "к": "as of", "по": "as of",
};
const LEAD = `(?:(${alt(Object.keys(LEADS))})\\s+)?`;
const NIGHT = "(?:(?:в|у)\\s+(?:ночь|ніч)\\s+(?:на|проти)\\s+)?";
const IN = "(?:(?:в|во|у|в течение|протягом|упродовж|в конце|в начале|в середине|наприкінці|на початку|в середині|у середині|в кінці|у кінці|до конца|к концу)\\s+)";

const unitOf = (w: string): string =>
  /^(?:час|годин)/u.test(w) ? "hour" : /^(?:д|сут|доб|діб)/u.test(w) ? "day" : /^(?:недел|тиж)/u.test(w) ? "week" : /^(?:месяц|місяц)/u.test(w) ? "month" : "year";
const count = (w: string | undefined): string | undefined => (w === undefined ? undefined : String(Number(w) || COUNTS[w] || 1));
const UNIT = `(сутки|суток|добу|доби|діб|день|дня|дней|дні|днів|часа|часов|час|годину|години|годин|неделю|недели|недель|неделя|тиждень|тижні|тижнів|тижня|месяц|месяца|месяцев|місяць|місяці|місяців|місяця|год|года|лет|рік|роки|років|року)`;

const DIGIT = /\d/;
const MONTH_STEM = /янв|фев|мар|апр|ма[йяе]|июн|июл|авг|сен|окт|ноя|дек|січ|лют|бер|кві|тра|чер|лип|сер|вер|жов|лис|гру/;

const RULES: Rule[] = [
  // "с 5 по 10 августа", "5–10 серпня 2024 року"
  { reason: "day-range", needs: DIGIT, re: new RegExp(`${B}(?:(?:с|со|от|з|із|від)\\s+)?(\\d{1,2})\\s*(?:-|по|до)\\s*(\\d{1,2})\\s+${M}${YEAR}`, "gu"),
    read: (m, pub) => span(withYear({ m: MONTHS[m[3]], d: Number(m[1]) }, m[4], pub), withYear({ m: MONTHS[m[3]], d: Number(m[2]) }, m[4], pub)) },
  { reason: "numeric-date", needs: DIGIT, re: new RegExp(`${B}${LEAD}(\\d{1,2})\\.(\\d{2})\\.(\\d{4})${E}`, "gu"),
    read: (m) => valid(Number(m[4]), Number(m[3]), Number(m[2])) },
  // "5 сентября", "в ночь на 5 сентября", "с 24 февраля 2022 года", "станом на 2 січня 2025"
  { reason: "day-month", needs: DIGIT, re: new RegExp(`${B}${LEAD}${NIGHT}(\\d{1,2})(?:-?(?:го|е))?\\s+${M}${E}${YEAR}`, "gu"),
    read: (m, pub) => withYear({ m: MONTHS[m[3]], d: Number(m[2]) }, m[4], pub) },
  // "7 и 10 августа", "10 та 11 березня": the first day borrows the month (and year) named after the last.
  { reason: "day-month", needs: DIGIT, re: new RegExp(`${B}${LEAD}(\\d{1,2})(?=(?:\\s*(?:,|и|та|і|й)\\s*\\d{1,2})+\\s+${M}${E}${YEAR})`, "gu"),
    read: (m, pub) => withYear({ m: MONTHS[m[3]], d: Number(m[2]) }, m[4], pub) },
  { reason: "since-the-start", needs: /начал|почат/, re: new RegExp(`${B}(с|со|з|із|від)\\s+(?:самого\\s+)?(?:начала|початку)\\s+(?:(?:этого|текущего|цього|поточного)\\s+)?(года|року|месяца|місяця|полномасштабного вторжения|повномасштабного вторгнення|полномасштабной войны|повномасштабної війни|великої війни|вторжения|вторгнення|сво|специальной военной операции|спецоперации)${E}`, "gu"),
    read: (m, pub) => sinceTheStart(m[2], pub) },
  // "в сентябре 2022 года", "у вересні 2022 року", "наприкінці листопада 2024 року", "с августа 2023"
  { reason: "month-year", needs: DIGIT, re: new RegExp(`${B}${LEAD}${IN}?${M}\\s+(\\d{4})${E}${YEAR_WORD}`, "gu"),
    read: (m) => ({ y: Number(m[3]), m: MONTHS[m[2]] }) },
  // A month alone needs a preposition: "в августе", "у серпні", "с августа", "наприкінці серпня".
  { reason: "month", needs: MONTH_STEM, re: new RegExp(`${B}(с|со|з|із|від|до|с начала|з початку)\\s+${IN}?${M}${E}(?!\\s*\\d)`, "gu"),
    read: (m, pub) => withYear({ m: MONTHS[m[2]] }, undefined, pub) },
  { reason: "month", needs: MONTH_STEM, re: new RegExp(`${B}()${IN}${M}${E}(?!\\s*\\d)`, "gu"),
    read: (m, pub) => withYear({ m: MONTHS[m[2]] }, undefined, pub) },
  { reason: "year", needs: DIGIT, re: new RegExp(`${B}(?:(с|со|з|із|від|до|к|по состоянию на|станом на)\\s+|(?:${IN}|(?:за|летом|осенью|зимой|весной|влітку|восени|взимку|навесні|улітку)\\s+))((?:19|20)\\d{2})${E}${YEAR_WORD}`, "gu"),
    read: (m) => ({ y: Number(m[2]) }) },
  // "в понедельник", "у понеділок", "в ночь на субботу", "в минувшую среду": the latest such day on or before publication.
  { reason: "weekday", needs: /понед|вторн|сред|четв|пятн|суббот|воскр|вівт|серед|п'ятн|субот|неділ/, re: new RegExp(`${B}(?:(с|со|з|із|до|к)\\s+)?(?:(?:в|во|у)\\s+(?:ночь|ніч)\\s+(?:на|проти)\\s+|(?:в|во|у|на)\\s+(?:(?:прошлую|прошлый|минувшую|минувший|минулу|минулий|это|эту|этот|цю|цей)\\s+)?|(?:минулого|прошлого)\\s+)${W}${E}`, "gu"),
    read: (m, pub) => weekday(WEEKDAYS[m[2]], pub) },
  { reason: "relative-day", needs: /вчер|вчор|сегодн|сьогодн|ноч|ніч|накан|напер|позав/, re: new RegExp(`${B}()(позавчера|позавчора|вчера|вчора|сегодня|сьогодні|этой ночью|цієї ночі|сегодня ночью|прошлой ночью|минувшей ночью|минулої ночі|вночі|уночі|накануне|напередодні)${E}`, "gu"),
    read: (m, pub) => shiftDays(pub, RELATIVE_DAYS[m[2]] ?? 0) },
  // "сейчас", "в настоящее время", "наразі", "на сьогодні": a status as of publication.
  { reason: "now", needs: /сейчас|настоящ|данный|теперь|зараз|нараз|нині|тепер|сьогодн|сегодняшн/, re: new RegExp(`${B}()(сейчас|в настоящее время|на данный момент|на сегодняшний день|теперь|зараз|наразі|нині|тепер|на сьогодні|на сьогоднішній день)${E}`, "gu"),
    read: (_m, pub) => shiftDays(pub, 0) },
  // "за сутки", "за минулу добу", "минувших суток", "за последние 10 месяцев", "протягом останнього тижня"
  { reason: "past-span", needs: /сут|доб|діб|последн|прошедш|минувш|останн|минул/, re: new RegExp(`${B}()(?:(?:за|в течение|протягом|упродовж|на протяжении)\\s+(?:последн|прошедш|минувш|останн|минул)\\p{L}*\\s+(?:${N}\\s+)?${UNIT}|(?:за|в течение|протягом|упродовж)\\s+(?:сутки|суток|добу|доби)|(?:минувших|прошедших|последних|минулої)\\s+(?:суток|доби))${E}`, "gu"),
    read: (m, pub) => pastSpan(pub, m[3] ? unitOf(m[3]) : "day", count(m[2])) },
  // "на прошлой неделе", "минулого тижня", "в этом году", "цього місяця", "торік"
  { reason: "calendar-unit", needs: /прошл|минувш|минул|эт|ць|текущ|поточн|нинішн|торік/, re: new RegExp(`${B}()(?:(?:на|в|у)\\s+)?(прошл\\p{L}*|минувш\\p{L}*|минул\\p{L}*|эта|этой|этом|этот|эту|этого|цей|цього|цьому|цю|цієї|текущ\\p{L}*|поточн\\p{L}*|нинішн\\p{L}*)\\s+(неделе|неделю|недели|неделя|тижня|тижні|тиждень|месяце|месяца|месяц|місяця|місяці|місяць|году|года|год|року|році|рік)${E}|${B}()(торік)${E}`, "gu"),
    read: (m, pub) => (m[5] ? calendarUnit(pub, "last", "year") : calendarUnit(pub, /^(?:прошл|минувш|минул)/u.test(m[2]) ? "last" : "this", unitOf(m[3]))) },
  // "три дня назад", "неделю назад", "два тижні тому"
  { reason: "ago", needs: /назад|тому/, re: new RegExp(`${B}()(?:${N}\\s+)?(день|дня|дней|дні|днів|неделю|недели|недель|тиждень|тижні|тижнів|месяц|месяца|месяцев|місяць|місяці|місяців|год|года|лет|рік|роки|років)\\s+(?:назад|тому)${E}`, "gu"),
    read: (m, pub) => ago(pub, count(m[2]) ?? "1", unitOf(m[3])) },
];

const RELATIVE_DAYS: Record<string, number> = {
  позавчера: -2, позавчора: -2, вчера: -1, вчора: -1, "прошлой ночью": -1, "минувшей ночью": -1, "минулої ночі": -1, накануне: -1, напередодні: -1,
};

function span(a: Day | null, b: Day | null): [Day, Day] | Day | null {
  if (!a || !b) return a ?? b;
  return [a, b];
}

function valid(y: number, m: number, d: number): Day | null {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? { y, m, d } : null;
}

// "с начала года": the year (or month) of publication; "с начала полномасштабного вторжения": 24 February 2022.
function sinceTheStart(what: string, pub: Day | null): Day | null {
  if (/^(?:года|року)$/u.test(what)) return pub ? { y: pub.y } : null;
  if (/^(?:месяца|місяця)$/u.test(what)) return pub && pub.m !== undefined ? { y: pub.y, m: pub.m } : null;
  return { y: 2022, m: 2, d: 24 };
}

const leadOf = (lead: string | undefined): string | undefined => (lead === undefined ? undefined : LEADS[lead] ?? lead);

export function findCyrillicDates(fold: string, from: number, to: number, published: string | null): DateMention[] {
  return applyDateRules(RULES, fold.slice(from, to).toLowerCase(), from, parseDay(published), leadOf);
}
