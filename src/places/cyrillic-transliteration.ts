// Cyrillic spellings for places GeoNames gives only in Latin letters (Vuhledar, Krynky, and Russian
// villages below the alternate-name threshold: Sudzha): the Ukrainian national romanisation (2010)
// and the BGN/PCGN romanisation of Russian, read backwards. The result may miss a soft sign or
// apostrophe; stems are compared without either (cyrillic-inflection.ts), so "Вугледар" finds
// "Вугледара" and "Суджа" finds "Суджи".

type Row = [RegExp, string];

const UKRAINIAN: Row[] = [
  [/shch/g, "щ"], [/zgh/g, "зг"], [/zh/g, "ж"], [/kh/g, "х"], [/ts/g, "ц"], [/ch/g, "ч"], [/sh/g, "ш"],
  [/(?<![^ -])ye/g, "є"], [/(?<![^ -])yi/g, "ї"], [/(?<![^ -])yu/g, "ю"], [/(?<![^ -])ya/g, "я"],
  [/ii/g, "ії"], // Avdiivka → Авдіївка
  [/([bcdfghklmnprstvzжхцчшщ])ia/g, "$1я"], [/([bcdfghklmnprstvzжхцчшщ])iu/g, "$1ю"], [/([bcdfghklmnprstvzжхцчшщ])ie/g, "$1є"],
  [/([aeiouyяюєї])i(?![aeiouy])/g, "$1й"], // Huliaipole → Гуляйполе, Pervomaisk
  [/a/g, "а"], [/b/g, "б"], [/v/g, "в"], [/h/g, "г"], [/g/g, "ґ"], [/d/g, "д"], [/e/g, "е"], [/z/g, "з"], [/y/g, "и"],
  [/i/g, "і"], [/k/g, "к"], [/l/g, "л"], [/m/g, "м"], [/n/g, "н"], [/o/g, "о"], [/p/g, "п"], [/r/g, "р"], [/s/g, "с"],
  [/t/g, "т"], [/u/g, "у"], [/f/g, "ф"], [/j/g, "й"],
];

const RUSSIAN: Row[] = [
  [/shch/g, "щ"], [/zh/g, "ж"], [/kh/g, "х"], [/ts/g, "ц"], [/ch/g, "ч"], [/sh/g, "ш"],
  [/yu/g, "ю"], [/ya/g, "я"], [/ye/g, "е"], [/yo/g, "е"],
  [/([aeiouy])y/g, "$1й"], // Krasnyy → Красный, Mayskiy → Майский
  [/iy(?![a-z])/g, "ий"],
  [/a/g, "а"], [/b/g, "б"], [/v/g, "в"], [/g/g, "г"], [/d/g, "д"], [/e/g, "е"], [/z/g, "з"], [/y/g, "ы"],
  [/i/g, "и"], [/k/g, "к"], [/l/g, "л"], [/m/g, "м"], [/n/g, "н"], [/o/g, "о"], [/p/g, "п"], [/r/g, "р"], [/s/g, "с"],
  [/t/g, "т"], [/u/g, "у"], [/f/g, "ф"], [/h/g, "х"], [/j/g, "й"],
];

/** A Cyrillic spelling of a Ukrainian ("UA") or Russian ("RU") place's Latin name, or null when it holds other letters. */
export function cyrillicSpelling(name: string, country: string): string | null {
  const rows = country === "UA" ? UKRAINIAN : country === "RU" ? RUSSIAN : null;
  if (!rows) return null;
  let s = name.toLowerCase().replace(/['’ʼ]/g, "");
  if (!/^[a-z -]+$/.test(s)) return null;
  for (const [from, to] of rows) s = s.replace(from, to);
  return /[a-z]/.test(s) ? null : s.replace(/(^|[ -])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * The Russian form Russian reporting gives a Ukrainian village that GeoNames names only in Ukrainian:
 * Соснівка → Сосновка, Андріївка → Андреевка, Курахове → Курахово, Мирне → Мирное, Покровське →
 * Покровское, Вінниця → Винница. Regular suffix pairs only; a name they do not cover is returned unchanged.
 */
const UKRAINIAN_TO_RUSSIAN: Row[] = [
  [/іївка$/, "еевка"], [/([аоуеи])ївка$/, "$1евка"], [/ївка$/, "евка"], [/івка$/, "овка"],
  [/ове$/, "ово"], [/еве$/, "ево"], [/єве$/, "ево"], [/[иі]не$/, "ино"],
  [/ське$/, "ское"], [/цьке$/, "цкое"], [/зьке$/, "зкое"], [/не$/, "ное"],
  [/ський$/, "ский"], [/цький$/, "цкий"], [/ий$/, "ый"],
  [/ськ$/, "ск"], [/цьк$/, "цк"], [/ця$/, "ца"],
  [/є/g, "е"], [/ї/g, "и"], [/і/g, "и"], [/ґ/g, "г"], [/['’ʼ]/g, ""],
];

export function russianFromUkrainian(name: string): string {
  let s = name;
  for (const [from, to] of UKRAINIAN_TO_RUSSIAN) s = s.replace(from, to);
  return s;
}
