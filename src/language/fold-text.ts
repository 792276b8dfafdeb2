// A copy of the text for matching, the same length as the original, so every offset found in it is an
// offset of the original: curly quotes, dashes and unusual spaces become ASCII, and Cyrillic look-alike
// letters inside Latin words ("сompletely") become Latin. Evidence is always cut from the original.

const SAME_LENGTH: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u02BC": "'", "\u2032": "'", "`": "'",
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u201F": '"', "\u00AB": '"', "\u00BB": '"', "\u2033": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
  "\u00A0": " ", "\u2007": " ", "\u2009": " ", "\u200A": " ", "\u202F": " ", "\u2002": " ", "\u2003": " ",
  "\u00AD": "-",
};

// Cyrillic letters that look like Latin ones; replaced only next to a Latin letter.
const LOOK_ALIKES: Record<string, string> = {
  "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
  "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X", "І": "I",
};

const SPECIAL = /[\u2018\u2019\u201A\u201B\u02BC\u2032`\u201C-\u201F\u00AB\u00BB\u2033\u2010-\u2015\u2212\u00A0\u2007\u2009\u200A\u202F\u2002\u2003\u00AD]/g;
const LATIN = /[A-Za-z]/;

export function foldForMatching(text: string): string {
  let folded = text.replace(SPECIAL, (c) => SAME_LENGTH[c] ?? c);
  if (/[а-яА-ЯіІјѕ]/.test(folded)) folded = replaceLookAlikes(folded);
  return folded;
}

function replaceLookAlikes(text: string): string {
  const chars = text.split("");
  for (let i = 0; i < chars.length; i++) {
    const latin = LOOK_ALIKES[chars[i]];
    if (!latin) continue;
    const before = chars[i - 1] ?? "";
    const after = chars[i + 1] ?? "";
    if (LATIN.test(before) || LATIN.test(after)) chars[i] = latin;
  }
  return chars.join("");
}
