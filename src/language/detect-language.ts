// Which language an article is written in, from its letters and its commonest words: Cyrillic text is
// Ukrainian when it has Ukrainian-only letters (і ї є ґ) or function words, Russian when it has
// Russian-only ones (ы э ё ъ); Latin text is English when English function words are frequent.
// Cheap enough to run on every article (one pass over at most the first 20,000 characters).

export interface DetectedLanguage {
  /** ISO 639-1 code ("en", "ru", "uk"), or "und" when undetermined. */
  lang: string;
  /** Share of the evidence for `lang` (0–1); low for short or mixed texts. */
  confidence: number;
}

export const LANGUAGE_NAMES: Record<string, string> = { en: "English", ru: "Russian", uk: "Ukrainian", und: "an undetermined language" };

const SAMPLE = 20_000;
const WORD = /[\p{L}'’ʼ-]+/gu;
const ENGLISH = new Set("the of and to in a is that for on was with said as by at from it has have were are his her their its this an be not".split(" "));
const RUSSIAN = new Set("и в не на что с по как это для от из его о к же но за а также был была были было года которые".split(" "));
const UKRAINIAN = new Set("і й в у не на що з по як це для від із його про до же але за а також був була були було року які та ще".split(" "));

export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.slice(0, SAMPLE);
  let latin = 0, cyrillic = 0, ukLetters = 0, ruLetters = 0;
  for (const ch of sample) {
    const code = ch.charCodeAt(0);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
    else if (code >= 0x0400 && code <= 0x04ff) {
      cyrillic++;
      if ("іїєґІЇЄҐ".includes(ch)) ukLetters++;
      else if ("ыэёъЫЭЁЪ".includes(ch)) ruLetters++;
    }
  }
  const letters = latin + cyrillic;
  if (letters < 20) return { lang: "und", confidence: 0 };
  if (cyrillic > latin) {
    let ukWords = 0, ruWords = 0;
    for (const m of sample.toLowerCase().matchAll(WORD)) {
      if (UKRAINIAN.has(m[0]) && !RUSSIAN.has(m[0])) ukWords++;
      else if (RUSSIAN.has(m[0]) && !UKRAINIAN.has(m[0])) ruWords++;
    }
    const uk = ukLetters + 2 * ukWords, ru = ruLetters + 2 * ruWords;
    // A short Russian post may hold none of the telling letters or words; Ukrainian text without і, ї, є
    // or ґ is rarer still: no Ukrainian letter at all leans Russian, with low confidence.
    if (uk === ru && ukLetters === 0 && cyrillic >= 20) return { lang: "ru", confidence: cyrillic / letters / 2 };
    if (uk === ru) return { lang: "und", confidence: cyrillic / letters / 2 };
    return { lang: uk > ru ? "uk" : "ru", confidence: (cyrillic / letters) * (Math.max(uk, ru) / (uk + ru)) };
  }
  let words = 0, english = 0;
  for (const m of sample.toLowerCase().matchAll(WORD)) {
    words++;
    if (ENGLISH.has(m[0])) english++;
  }
  // English prose runs at 25–40 % function words; other Latin-script languages stay near zero.
  const share = words ? english / words : 0;
  // A few words (a headline, a caption) cannot tell one Latin-script language from another: English.
  if (share >= 0.08 || words < 40) return { lang: "en", confidence: Math.min(1, share / 0.25) * (latin / letters) };
  return { lang: "und", confidence: 1 - share };
}
