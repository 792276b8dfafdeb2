// Name folding shared by the gazetteer build and lookups: the same fold on both sides makes
// "Kostyantynivka" meet "Kostiantynivka". Three strengths, tried strictest first.

const APOSTROPHES = /['’ʼ`‘′ʹ"”“]/g;
const COMBINING = /[\u0300-\u036f]/g;

/** Lowercase, strip diacritics, drop apostrophes, hyphens and dots to spaces, squeeze spaces. */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(COMBINING, "")
    .toLowerCase()
    .replace(APOSTROPHES, "")
    .replace(/[-‐‑–—.\s]+/g, " ")
    .trim();
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

/** foldName plus conservative romanisation folding (y/i, ya/ia, yu/iu, ye/e, doubled consonants). */
export function foldLoose(name: string): string {
  let s = foldName(name);
  for (const [from, to] of ROMANISATION) s = s.replace(from, to);
  return s;
}

/** A second-chance key: also Russian g → Ukrainian h and kh → h ("Mirnograd" → Myrnohrad). */
export function foldLooser(name: string): string {
  return looserKey(foldLoose(name));
}

/** foldLooser from an already loose-folded key. */
export const looserKey = (key: string): string => key.replace(/kh/g, "h").replace(/g/g, "h");
