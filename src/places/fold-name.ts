// Name folding shared by the gazetteer build and lookups: the same fold on both sides makes
// "Kostyantynivka" meet "Kostiantynivka". Three strengths, tried strictest first.

const APOSTROPHES = /['’ʼ`‘′ʹ"”“]/g;
const COMBINING = /[\u0300-\u036f]/g;
/**
 * Cyrillic letters that NFD splits but that are letters of their own: й (и + breve), ї (і +
 * diaeresis), ў (у + breve). Their mark is kept; ё (е + diaeresis) and stress accents are dropped.
 */
const CYRILLIC_LETTER_MARK = /([ИиІіУу])([\u0306\u0308])/g;
/** Private-use stand-ins that survive the combining-mark strip. */
const KEPT: Record<string, string> = { "\u0306": "\uE000", "\u0308": "\uE001" };
const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * A pure string function remembered: the mention finder folds the same words many times per article
 * and across articles. Cleared when full, so memory stays bounded; answers never change.
 */
export function memoise<T>(fn: (s: string) => T, limit = 50_000): (s: string) => T {
  let seen = new Map<string, T>();
  return (s) => {
    let out = seen.get(s);
    if (out === undefined) {
      if (seen.size >= limit) seen = new Map();
      seen.set(s, (out = fn(s)));
    }
    return out;
  };
}

/** Lowercase, strip diacritics (ё → е, stress marks; й, ї, ў stay), drop apostrophes, hyphens and dots to spaces, squeeze spaces. */
export const foldName: (name: string) => string = memoise(foldNameOnce);

function foldNameOnce(name: string): string {
  let s = name.normalize("NFD");
  const cyrillic = CYRILLIC.test(s);
  if (cyrillic) s = s.replace(CYRILLIC_LETTER_MARK, (_, letter: string, mark: string) => letter + KEPT[mark]);
  s = s.replace(COMBINING, "");
  if (cyrillic) s = s.replace(/\uE000/g, "\u0306").replace(/\uE001/g, "\u0308");
  s = s
    .toLowerCase()
    .replace(APOSTROPHES, "")
    .replace(/[-‐‑–—.\s]+/g, " ")
    .trim();
  return cyrillic ? s.normalize("NFC") : s;
}

// Russian↔Ukrainian romanisation pairs, applied in order to a foldName() result (Latin only).
// Each row folds two spellings that both occur in English-language reporting of one name.
const ROMANISATION: [RegExp, string][] = [
  [/\bye/g, "e"], //            Yenakiieve / Enakievo
  [/y/g, "i"], //                Kostyantynivka / Kostiantynivka, Syrskyi / Syrskii
  [/ii+/g, "i"], //              Syrskyi → syrskii → syrski; Avdiivka / Avdiyivka
  [/([bcdfgjklmnpqrstvwxz])\1/g, "$1"], // Donbass / Donbas, Zaporizhzhia is kept (zh is two letters)
  [/ja/g, "ia"], //              Slovjansk / Sloviansk (Polish/German j)
  [/ju/g, "iu"],
  [/je/g, "e"],
];

/**
 * Russian and Ukrainian spellings of one name, applied to a Cyrillic foldName() result: the hard
 * sign and the double consonant of "Донбасс" / "Донбас". Letters that tell the two languages apart
 * (і, ї, є, ґ, и, ы) are kept: "Покровськ" and "Покровск" meet through the stem index
 * (inflected-index.ts), which drops the soft sign, not through this fold.
 */
const CYRILLIC_SPELLING: [RegExp, string][] = [
  [/ъ/g, ""], //                                   Подъячево / Подячево
  [/([бвгджзклмнпрстфхцчшщ])\1(?![аеиіоуюяєї])/g, "$1"], // Донбасс / Донбас (a final double only: Запоріжжя keeps жж)
];

/** foldName plus conservative romanisation folding (y/i, ya/ia, yu/iu, ye/e, doubled consonants). */
export const foldLoose: (name: string) => string = memoise(foldLooseOnce);

function foldLooseOnce(name: string): string {
  let s = foldName(name);
  const rows = CYRILLIC.test(s) ? CYRILLIC_SPELLING : ROMANISATION;
  for (const [from, to] of rows) s = s.replace(from, to);
  return s;
}

/** A second-chance key: also Russian g → Ukrainian h and kh → h ("Mirnograd" → Myrnohrad); Ukrainian ґ → г. */
export function foldLooser(name: string): string {
  return looserKey(foldLoose(name));
}

/** foldLooser from an already loose-folded key. */
export const looserKey = (key: string): string => key.replace(/kh/g, "h").replace(/g/g, "h").replace(/ґ/g, "г");

/** Does the string hold a Cyrillic letter? (Latin text skips every Cyrillic rule.) */
export const hasCyrillic = (s: string): boolean => CYRILLIC.test(s);
