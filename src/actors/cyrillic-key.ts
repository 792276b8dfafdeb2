// Keys for Cyrillic speaker names in any case: Russian and Ukrainian spellings folded together
// (ы/і/ї→и, є/э/ё→е, ґ→г, no ь or apostrophe), then one case ending cut from each word, so
// "Зеленский", "Зеленского", "Зеленським" and "Зеленського" share the key "зеленск".
// Applied alike to aliases and phrases; abbreviations in capitals ("ВСУ", "ТАСС") are not cut.

export const hasCyrillic = (s: string): boolean => /[\u0400-\u04ff]/.test(s);

/** Case endings, longest first (written after folding: "ым" is "им", "ій" is "ий"). */
const ENDINGS = ["ием", "ого", "его", "ому", "ему", "ими", "ами", "ями", "ий", "ой", "ей", "ои", "ом", "ем", "им", "ам", "ям", "ах", "ях", "их", "ую", "юю",
  "ия", "ию", "ии", "ая", "яя", "ое", "ее", "ие", "ою", "ею", "а", "я", "у", "ю", "е", "и", "о", "й"];
const MIN_STEM = 3;

export function foldCyrillic(word: string): string {
  return word.toLowerCase().replace(/[ыії]/g, "и").replace(/[єэё]/g, "е").replace(/ґ/g, "г").replace(/[ь'’ʼ`]/g, "");
}

const isAbbreviation = (word: string): boolean => word.length >= 2 && word.length <= 5 && word === word.toUpperCase() && /\p{Lu}/u.test(word);

/** One word's key: folded, one ending cut (a hyphenated word is cut at its last part only). */
export function stemWord(word: string): string {
  if (isAbbreviation(word)) return word.toLowerCase().replace(/ё/g, "е").replace(/[ыії]/g, "и").replace(/[єэ]/g, "е");
  const w = foldCyrillic(word);
  if (!hasCyrillic(w)) return w;
  for (const e of ENDINGS) if (w.endsWith(e) && w.length - e.length >= MIN_STEM) return w.slice(0, -e.length);
  return w;
}

/** Words of a phrase with their offsets; quotes and punctuation are not words. */
export function cyrillicWords(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’ʼ.-]*/gu)].map((m) => {
    const word = m[0].replace(/[.-]+$/, "");
    return { word, start: m.index!, end: m.index! + word.length };
  });
}

/** "uk" with і/ї/є/ґ, "ru" with ы/э/ё/ъ, else null: bare "Міністерство оборони" is Kyiv's, "Министерство обороны" Moscow's. */
export function cyrillicScript(s: string): "ru" | "uk" | null {
  return /[іїєґ]/i.test(s) ? "uk" : /[ыэёъ]/i.test(s) ? "ru" : null;
}

/** Key of a whole phrase: each word's key, single spaces. */
export const cyrillicKey = (phrase: string): string => cyrillicWords(phrase).map((w) => stemWord(w.word)).join(" ");
