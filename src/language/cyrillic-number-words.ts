// Russian and Ukrainian number words in their case forms, scales, fractions, vague amounts and
// qualifiers: the lexicon of the Cyrillic quantity grammar (cyrillic-quantities.ts). Apostrophes are
// folded to "'" before matching (fold-text.ts), so "п’ять" is written "п'ять" here.
import type { QualifierRow } from "./number-words.js";

export interface CyrillicNumberLexicon {
  /** Number words with every case form: "двух", "трьома", "пятисот". */
  words: Record<string, number>;
  /** Scale words in sequences ("пять тысяч", "полтора мільйона"); abbreviations take an optional dot. */
  scales: Record<string, number>;
  /** Scale words that are a figure alone ("тысяча", "миллиона", "сотню"); plurals are vague instead. */
  alone: string[];
  /** Plural scale words that mean one unit after a qualifier: "более тысячи" is over 1,000. */
  singularAfterQualifier: Record<string, number>;
  fractions: Record<string, number>;
  vague: string[];
  before: QualifierRow[];
  after: QualifierRow[];
}

const forms = (value: number, ...words: string[]): Record<string, number> => Object.fromEntries(words.map((w) => [w, value]));

const RU_WORDS: Record<string, number> = {
  ...forms(1, "один", "одна", "одно", "одного", "одной", "одному", "одним", "одну", "одною"),
  ...forms(2, "два", "две", "двух", "двум", "двумя", "двое", "двоих"),
  ...forms(3, "три", "трёх", "трех", "трём", "трем", "тремя", "трое", "троих"),
  ...forms(4, "четыре", "четырёх", "четырех", "четырём", "четырем", "четырьмя", "четверо", "четверых"),
  ...forms(5, "пять", "пяти", "пятью", "пятеро", "пятерых"), ...forms(6, "шесть", "шести", "шестью", "шестеро"),
  ...forms(7, "семь", "семи", "семью", "семеро"), ...forms(8, "восемь", "восьми", "восемью"),
  ...forms(9, "девять", "девяти", "девятью"), ...forms(10, "десять", "десяти", "десятью"),
  ...forms(11, "одиннадцать", "одиннадцати"), ...forms(12, "двенадцать", "двенадцати"), ...forms(13, "тринадцать", "тринадцати"),
  ...forms(14, "четырнадцать", "четырнадцати"), ...forms(15, "пятнадцать", "пятнадцати"), ...forms(16, "шестнадцать", "шестнадцати"),
  ...forms(17, "семнадцать", "семнадцати"), ...forms(18, "восемнадцать", "восемнадцати"), ...forms(19, "девятнадцать", "девятнадцати"),
  ...forms(20, "двадцать", "двадцати"), ...forms(30, "тридцать", "тридцати"), ...forms(40, "сорок", "сорока"),
  ...forms(50, "пятьдесят", "пятидесяти"), ...forms(60, "шестьдесят", "шестидесяти"), ...forms(70, "семьдесят", "семидесяти"),
  ...forms(80, "восемьдесят", "восьмидесяти"), ...forms(90, "девяносто", "девяноста"),
  ...forms(100, "сто", "ста"), ...forms(200, "двести", "двухсот", "двумстам"), ...forms(300, "триста", "трёхсот", "трехсот"),
  ...forms(400, "четыреста", "четырёхсот", "четырехсот"), ...forms(500, "пятьсот", "пятисот", "полтысячи"), ...forms(600, "шестьсот", "шестисот"),
  ...forms(700, "семьсот", "семисот"), ...forms(800, "восемьсот", "восьмисот"), ...forms(900, "девятьсот", "девятисот"),
  ...forms(1.5, "полтора", "полторы", "полутора"),
};

const UK_WORDS: Record<string, number> = {
  ...forms(1, "один", "одна", "одне", "одного", "однієї", "одному", "одній", "одним", "одну", "одною"),
  ...forms(2, "два", "дві", "двох", "двом", "двома", "двоє"),
  ...forms(3, "три", "трьох", "трьом", "трьома", "троє"),
  ...forms(4, "чотири", "чотирьох", "чотирьом", "чотирма", "четверо"),
  ...forms(5, "п'ять", "п'яти", "п'ятьох", "п'ятьма", "п'ятеро"), ...forms(6, "шість", "шести", "шістьох", "шістьма", "шестеро"),
  ...forms(7, "сім", "семи", "сімох", "сімома", "семеро"), ...forms(8, "вісім", "восьми", "вісьмох", "вісьмома"),
  ...forms(9, "дев'ять", "дев'яти", "дев'ятьох", "дев'ятьма"), ...forms(10, "десять", "десяти", "десятьох", "десятьма"),
  ...forms(11, "одинадцять", "одинадцяти"), ...forms(12, "дванадцять", "дванадцяти"), ...forms(13, "тринадцять", "тринадцяти"),
  ...forms(14, "чотирнадцять", "чотирнадцяти"), ...forms(15, "п'ятнадцять", "п'ятнадцяти"), ...forms(16, "шістнадцять", "шістнадцяти"),
  ...forms(17, "сімнадцять", "сімнадцяти"), ...forms(18, "вісімнадцять", "вісімнадцяти"), ...forms(19, "дев'ятнадцять", "дев'ятнадцяти"),
  ...forms(20, "двадцять", "двадцяти"), ...forms(30, "тридцять", "тридцяти"), ...forms(40, "сорок", "сорока"),
  ...forms(50, "п'ятдесят", "п'ятдесяти"), ...forms(60, "шістдесят", "шістдесяти"), ...forms(70, "сімдесят", "сімдесяти"),
  ...forms(80, "вісімдесят", "вісімдесяти"), ...forms(90, "дев'яносто", "дев'яноста"),
  ...forms(100, "сто", "ста"), ...forms(200, "двісті", "двохсот"), ...forms(300, "триста", "трьохсот"),
  ...forms(400, "чотириста", "чотирьохсот"), ...forms(500, "п'ятсот", "п'ятисот", "півтисячі"), ...forms(600, "шістсот", "шестисот"),
  ...forms(700, "сімсот", "семисот"), ...forms(800, "вісімсот", "восьмисот"), ...forms(900, "дев'ятсот", "дев'ятисот"),
  ...forms(1.5, "півтора", "півтори"),
};

const RU_SCALES: Record<string, number> = {
  ...forms(10, "десяток", "десятка", "десятков"),
  ...forms(100, "сотня", "сотни", "сотню", "сотен"),
  ...forms(1_000, "тысяча", "тысячи", "тысячу", "тысяч", "тысячам", "тысячами", "тыс"),
  ...forms(1_000_000, "миллион", "миллиона", "миллионов", "миллионы", "млн"),
  ...forms(1_000_000_000, "миллиард", "миллиарда", "миллиардов", "млрд"),
};

const UK_SCALES: Record<string, number> = {
  ...forms(10, "десяток", "десятка", "десятків"),
  ...forms(100, "сотня", "сотні", "сотню", "сотень"),
  ...forms(1_000, "тисяча", "тисячі", "тисячу", "тисяч", "тисячам", "тисячами", "тис", "тыс"),
  ...forms(1_000_000, "мільйон", "мільйона", "мільйонів", "мільйони", "млн"),
  ...forms(1_000_000_000, "мільярд", "мільярда", "мільярдів", "мільярди", "млрд"),
};

// "четверть" is a quarter, "две трети" two-thirds; "половине" (in the first half of the day) is left out.
const RU_FRACTIONS = { ...forms(1 / 2, "половина", "половину", "половины"), ...forms(1 / 3, "треть", "трети", "третей"), ...forms(1 / 4, "четверть", "четверти") };
const UK_FRACTIONS = { ...forms(1 / 2, "половина", "половину", "половини"), ...forms(1 / 3, "третина", "третину", "третини"), ...forms(1 / 4, "чверть", "чверті") };

const q = (phrase: string, qualifier: QualifierRow["qualifier"], reason: string): QualifierRow => ({ phrase, qualifier, reason });

const RU_BEFORE: QualifierRow[] = [
  q("более чем", "over", "more-than-n"), q("более", "over", "more-than-n"), q("больше чем", "over", "more-than-n"), q("больше", "over", "more-than-n"),
  q("свыше", "over", "over-n"), q("чуть более", "over", "more-than-n"), q("чуть больше", "over", "more-than-n"), q("превысило", "over", "exceeding-n"),
  q("превысили", "over", "exceeding-n"), q("превышает", "over", "exceeding-n"),
  q("около", "about", "about-n"), q("порядка", "about", "around-n"), q("примерно", "about", "roughly-n"), q("приблизительно", "about", "approximately-n"),
  q("ориентировочно", "about", "estimated-n"), q("почти", "nearly", "almost-n"), q("практически", "nearly", "almost-n"),
  q("чуть менее", "nearly", "just-under-n"), q("чуть меньше", "nearly", "just-under-n"), q("без малого", "nearly", "nearly-n"),
  q("не менее чем", "at_least", "no-less-than-n"), q("не менее", "at_least", "no-less-than-n"), q("не меньше", "at_least", "no-less-than-n"),
  q("по меньшей мере", "at_least", "at-least-n"), q("по крайней мере", "at_least", "at-least-n"), q("как минимум", "at_least", "at-least-n"),
  q("минимум", "at_least", "minimum-of-n"),
  q("менее чем", "under", "less-than-n"), q("менее", "under", "less-than-n"), q("меньше чем", "under", "less-than-n"), q("меньше", "under", "less-than-n"),
  q("не более чем", "at_most", "no-more-than-n"), q("не более", "at_most", "no-more-than-n"), q("не больше", "at_most", "no-more-than-n"),
  q("максимум", "at_most", "maximum-of-n"), q("вплоть до", "at_most", "up-to-n"), q("до", "at_most", "up-to-n"),
];

const UK_BEFORE: QualifierRow[] = [
  q("понад", "over", "over-n"), q("більш ніж", "over", "more-than-n"), q("більше ніж", "over", "more-than-n"), q("більше", "over", "more-than-n"),
  q("трохи більше", "over", "more-than-n"), q("перевищила", "over", "exceeding-n"), q("перевищили", "over", "exceeding-n"), q("перевищує", "over", "exceeding-n"),
  q("близько", "about", "about-n"), q("приблизно", "about", "roughly-n"), q("орієнтовно", "about", "estimated-n"), q("порядку", "about", "around-n"),
  q("майже", "nearly", "almost-n"), q("практично", "nearly", "almost-n"), q("трохи менше", "nearly", "just-under-n"),
  q("щонайменше", "at_least", "at-least-n"), q("не менше ніж", "at_least", "no-less-than-n"), q("не менш ніж", "at_least", "no-less-than-n"),
  q("не менше", "at_least", "no-less-than-n"), q("принаймні", "at_least", "at-least-n"), q("як мінімум", "at_least", "at-least-n"), q("мінімум", "at_least", "minimum-of-n"),
  q("менш ніж", "under", "less-than-n"), q("менше ніж", "under", "less-than-n"), q("менше", "under", "less-than-n"),
  q("не більше ніж", "at_most", "no-more-than-n"), q("не більш ніж", "at_most", "no-more-than-n"), q("не більше", "at_most", "no-more-than-n"),
  q("щонайбільше", "at_most", "at-most-n"), q("максимум", "at_most", "maximum-of-n"), q("аж до", "at_most", "up-to-n"), q("до", "at_most", "up-to-n"),
];

const RU_AFTER: QualifierRow[] = [q("с лишним", "over", "n-odd"), q("с небольшим", "over", "n-odd"), q("и более", "at_least", "n-or-more"), q("и больше", "at_least", "n-or-more")];
const UK_AFTER: QualifierRow[] = [q("з гаком", "over", "n-odd"), q("з лишком", "over", "n-odd"), q("і більше", "at_least", "n-or-more"), q("та більше", "at_least", "n-or-more")];

export const CYRILLIC_NUMBERS: Record<"ru" | "uk", CyrillicNumberLexicon> = {
  ru: {
    words: RU_WORDS, scales: RU_SCALES,
    alone: ["десяток", "сотня", "сотню", "тысяча", "тысячу", "миллион", "миллиона", "миллиард", "миллиарда"],
    singularAfterQualifier: { тысячи: 1_000, сотни: 100, десятка: 10 },
    fractions: RU_FRACTIONS,
    vague: ["десятки тысяч", "десятков тысяч", "сотни тысяч", "сотен тысяч", "десятки миллионов", "сотни миллионов",
      "несколько десятков", "несколько сотен", "несколько тысяч", "несколько миллионов",
      "десятки", "десятков", "сотни", "сотен", "тысячи", "тысяч", "тысячами", "миллионы", "миллионов", "сотнями", "десятками"],
    before: RU_BEFORE, after: RU_AFTER,
  },
  uk: {
    words: UK_WORDS, scales: UK_SCALES,
    alone: ["десяток", "сотня", "сотню", "тисяча", "тисячу", "мільйон", "мільйона", "мільярд", "мільярда"],
    singularAfterQualifier: { тисячі: 1_000, сотні: 100, десятка: 10 },
    fractions: UK_FRACTIONS,
    vague: ["десятки тисяч", "десятків тисяч", "сотні тисяч", "сотень тисяч", "десятки мільйонів", "сотні мільйонів",
      "кілька десятків", "кілька сотень", "кілька тисяч", "кілька мільйонів", "кількадесят", "кількасот",
      "десятки", "десятків", "сотні", "сотень", "тисячі", "тисяч", "тисячами", "мільйони", "мільйонів", "сотнями", "десятками"],
    before: UK_BEFORE, after: UK_AFTER,
  },
};
