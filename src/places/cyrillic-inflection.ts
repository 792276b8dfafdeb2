// Russian and Ukrainian case endings of place names, as tables. A gazetteer name is cut into a stem
// and a paradigm by its nominative ending ("Авдіївка" → "авдіївк", noun in -а); a word of the text is
// cut every way its ending allows ("Авдіївки" → "авдіївк" + "и"). A name matches when the stems are
// equal and the name's paradigm has the text's ending. Stems are compared without the soft sign, so
// Ukrainian "Покровськ" and Russian "Покровск" share one.

import { memoise } from "./fold-name.js";

export type Paradigm =
  | "hard" //      Покровск, Бахмут, Яр: consonant stem, masculine
  | "soft" //      Ірпінь, край, область: soft sign or й
  | "a" //         Авдеевка, Одеса, Донеччина
  | "ya" //        Запоріжжя, Росія
  | "o" //         Дніпро, Курахово
  | "e" //         Гуляйполе, Запорожье
  | "adj-n" //     Курахове, Покровське, Покровское: neuter adjectives
  | "plural" //    Суми, Сумы, Чернівці
  | "adj-m" //     Первомайский, Кривий
  | "adj-f" //     Нова, Новая, Донецька, Донецкая
  | "adj-p" //     Великие, Великі
  | "oblique"; //  a stem that only oblique cases use: Харків → Харкова, Ірпінь → Ірпеня, Елец → Ельца

const ADJ_MN = ["ого", "его", "ому", "ему", "ым", "им", "ім", "ом", "ем"];
/** Endings a stem of each paradigm takes in the text (after the soft sign is dropped). */
const ENDINGS: Record<Paradigm, string[]> = {
  hard: ["", "а", "у", "е", "ом", "і", "ові", "ем"],
  soft: ["", "я", "ю", "е", "ем", "єм", "і", "ї", "и", "ею", "ей", "ям", "ях", "ями", "ев", "їв"],
  a: ["а", "и", "ы", "е", "і", "у", "ой", "ою", "ей", "ею"],
  ya: ["я", "и", "і", "ї", "е", "ю", "ей", "ею", "ям", "єю"],
  o: ["о", "а", "у", "е", "ом", "і"],
  e: ["е", "є", "я", "ю", "ем", "і"],
  "adj-n": ["е", "є", "ое", "ее", "і", ...ADJ_MN],
  plural: ["", "и", "ы", "і", "ї", "ам", "ах", "ами", "ям", "ях", "ями", "ов", "ів", "їв"],
  "adj-m": ["ый", "ий", "ій", "ой", "ое", "ее", "е", ...ADJ_MN],
  "adj-f": ["ая", "яя", "а", "я", "ой", "ей", "ую", "юю", "ою", "ею", "ої", "єї", "ій", "у", "ю"],
  "adj-p": ["ые", "ие", "і", "ых", "их", "ым", "им", "ыми", "ими"],
  oblique: ["а", "у", "е", "ом", "і", "ові", "ем", "я", "ю", "єм", "ею"],
};
/** A word before the last of a name ("Часов Яр", "Часів Яр") also takes the possessive-adjective endings. */
const NON_FINAL_EXTRA = ["ого", "ому", "ым", "им", "ім", "ом"];

const ALL_ENDINGS = [...new Set(Object.values(ENDINGS).flat().concat(NON_FINAL_EXTRA))].sort((a, b) => b.length - a.length);
const ENDING_SETS = Object.fromEntries(Object.entries(ENDINGS).map(([p, list]) => [p, new Set(list)])) as Record<Paradigm, Set<string>>;
const NON_FINAL_SET = new Set(NON_FINAL_EXTRA);

export interface NameStem { stem: string; paradigm: Paradigm }
/** One way to cut a word of the text: its stem and ending, `velar` when Ukrainian -ці/-зі/-сі stood for -ка/-га/-ха. */
export interface WordCut { stem: string; ending: string; velar?: boolean }

const VOWELS = "аеиіоуыэюяєїё";
const isVowel = (c: string | undefined) => !!c && VOWELS.includes(c);
export const dropSoftSign = (s: string): string => (s.includes("ь") ? s.replace(/ь/g, "") : s);

/** Nominative endings of a gazetteer word, longest first, and the paradigm each makes. */
const NOMINATIVE: [RegExp, Paradigm, number][] = [
  [/(ый|ий|ій|ой)$/, "adj-m", 2],
  [/(ая|яя)$/, "adj-f", 2],
  [/(ое|ее)$/, "adj-n", 2],
  [/(ые|ие)$/, "adj-p", 2],
  [/[сцз]ька$/, "adj-f", 1],
  [/ье$|ьє$/, "e", 2],
  [/(ськ|цьк|зьк|ов|ев|єв|ин|ін|їн|н)[еє]$/, "adj-n", 1],
  [/[еє]$/, "e", 1],
  [/а$/, "a", 1],
  [/я$/, "ya", 1],
  [/о$/, "o", 1],
  [/[иыі]$/, "plural", 1],
  [/[ьй]$/, "soft", 1],
];

/** Stems and paradigms of one (folded) word of a gazetteer name; `last` is false for "Часов" in "Часов Яр". */
export function nameStems(word: string, last: boolean): NameStem[] {
  let paradigm: Paradigm = "hard";
  let cut = 0;
  for (const [pattern, p, n] of NOMINATIVE) {
    if (pattern.test(word)) {
      paradigm = p;
      cut = n;
      break;
    }
  }
  // "Нова Каховка", "Велика Новосілка": a word in -а before another is an adjective.
  if (!last && paradigm === "a") paradigm = "adj-f";
  // "Вовчанські Хутори", "Великі Копані": a plural word before another is an adjective.
  if (!last && paradigm === "plural") paradigm = "adj-p";
  const stem = dropSoftSign(word.slice(0, word.length - cut));
  const out: NameStem[] = [{ stem, paradigm }];
  if (paradigm === "hard" || paradigm === "soft") for (const alt of obliqueStems(stem)) out.push({ stem: alt, paradigm: "oblique" });
  return out;
}

/**
 * Stems that only oblique cases use: the Ukrainian closed-syllable і/ї (Харків → Харкова, Київ →
 * Києва, Ірпінь → Ірпеня) and the fleeting vowel of -ец/-ок (Елец → Ельца, Городок → Городка).
 */
function obliqueStems(stem: string): string[] {
  const out: string[] = [];
  const m = /([іїо])([^аеиіоуыэюяєїё]+)$/.exec(stem);
  if (m && m[1] !== "о") {
    const head = stem.slice(0, m.index);
    if (m[1] === "і") out.push(`${head}о${m[2]}`, `${head}е${m[2]}`);
    else out.push(`${head}є${m[2]}`);
  }
  const fleeting = /[ео]([цк])$/.exec(stem);
  if (fleeting && stem.length > 4 && !isVowel(stem[stem.length - 3])) out.push(stem.slice(0, -2) + fleeting[1]);
  return out;
}

/** Every way a (folded) text word may be cut into stem and ending (remembered per word; the list is shared, read it only). */
export const wordCuts: (word: string) => readonly WordCut[] = memoise(wordCutsOnce);

function wordCutsOnce(word: string): WordCut[] {
  const w = dropSoftSign(word);
  const cuts: WordCut[] = [];
  for (const ending of ALL_ENDINGS) {
    if (!w.endsWith(ending) || w.length - ending.length < 2) continue;
    const stem = w.slice(0, w.length - ending.length);
    cuts.push({ stem, ending });
    // Ukrainian dative/locative of -ка, -га, -ха: Авдіївка → в Авдіївці, Прага → Празі, Волноваха → Волновасі.
    if (ending === "і" && /[цзс]$/.test(stem)) cuts.push({ stem: stem.slice(0, -1) + { ц: "к", з: "г", с: "х" }[stem.slice(-1)]!, ending, velar: true });
  }
  return cuts;
}

/** Does a name word of `paradigm` take this cut's ending? */
export function takesEnding(paradigm: Paradigm, cut: WordCut, last: boolean): boolean {
  if (cut.velar) return paradigm === "a";
  return ENDING_SETS[paradigm].has(cut.ending) || (!last && (paradigm === "hard" || paradigm === "oblique") && NON_FINAL_SET.has(cut.ending));
}

const ADJECTIVE_ENDINGS = [...new Set([...ENDINGS["adj-m"], ...ENDINGS["adj-f"], ...ENDINGS["adj-n"]])].filter((e) => e.length >= 2).sort((a, b) => b.length - a.length);

/**
 * Noun stems a relational adjective may come from, as in "на Покровском направлении" (Pokrovsk),
 * "Авдеевское" (Авдеевка), "Лиманському" (Лиман), "Гуляйпольском" (Гуляйполе), "Курахівському" (Курахове).
 */
export function adjectiveSources(word: string): string[] {
  // The first source is the adjective's own stem ("покровск"): only a noun may own it (Покровск), not
  // an adjectival name (Покровське), which inflected-index.ts checks.
  const w = dropSoftSign(word);
  const ending = ADJECTIVE_ENDINGS.find((e) => w.endsWith(e));
  if (!ending) return [];
  const stem = w.slice(0, w.length - ending.length);
  if (!/[цсз]к$/.test(stem)) return [];
  // -зьк-: the з is the root's (Запоріжжя → запорізький, Закарпаття → закарпатський has -тськ-).
  const base = stem.endsWith("зк") ? stem.slice(0, -1) : stem.slice(0, -2);
  const out = [stem, base, `${base}к`];
  const m = /і([^аеиіоуыэюяєїё]+)$/.exec(base);
  if (m) out.push(`${base.slice(0, m.index)}о${m[1]}`); //     Курахівський → Курахов(е)
  if (base.endsWith("з")) out.push(`${base.slice(0, -1)}жж`); // Запорізький → Запоріжжя
  return out.filter((s) => s.length >= 4);
}
