// Which one-word place names are also English words ("Human" is a Polish name of Uman, "Snow" a
// village in Belarus)? Checked at build time against wink-nlp's English lexicon (an npm dependency),
// so that a capitalised common word at a sentence or headline start is not taken for a place.
import { createRequire } from "node:module";
import type { GazetteerRow } from "./gazetteer-file.js";

/** A place this big (or a region or country) keeps its names as a mention even when it is an English word. */
const BIG = 100_000;

export function commonWordKeys(places: GazetteerRow[], keep: Set<string>): string[] {
  const inLexicon = englishLexicon();
  if (!inLexicon) return [];
  const bigPrimary = new Set<string>();
  const single = new Set<string>();
  for (const row of places) {
    const big = row[2] !== "s" || row[7] >= BIG;
    for (const field of [9, 10, 11] as const) {
      for (const key of row[field].split("|")) {
        if (!/^[a-z]{3,}$/.test(key)) continue;
        single.add(key);
        if (big) bigPrimary.add(key);
      }
    }
  }
  const candidates = [...single].filter((k) => !bigPrimary.has(k) && !keep.has(k));
  return inLexicon(candidates);
}

/** A filter keeping the words found in wink's lexicon, or null when wink is not installed. */
function englishLexicon(): ((words: string[]) => string[]) | null {
  try {
    const require = createRequire(import.meta.url);
    const winkNLP = require("wink-nlp");
    const model = require("wink-eng-lite-web-model");
    const nlp = winkNLP(model);
    const its = nlp.its;
    // Words outside the lexicon get ids from its size upwards: a nonsense word shows where that starts.
    const firstUnknown: number = nlp.readDoc("qxzqxzqj").tokens().itemAt(0).out(its.uniqueId);
    return (words) => {
      const tokens = nlp.readDoc(words.join(" ")).tokens();
      const texts: string[] = tokens.out();
      const ids: number[] = tokens.out(its.uniqueId);
      const known = new Set(texts.filter((_, i) => ids[i] < firstUnknown));
      return words.filter((w) => known.has(w));
    };
  } catch {
    return null;
  }
}
