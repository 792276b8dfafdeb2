// A Ukrainian settlement name's English and Russian spellings, for the villages that only the
// official catalogue (KATOTTG, data/ua-settlements.json) names: the English one by Ukraine's national
// romanisation (Cabinet of Ministers resolution 55 of 2010), the Russian ones by the regular
// correspondences of place names (Новомихайлівка → Новомихайловка, Водяне → Водяное). Russian usage
// is not always regular (Вовчанськ → Волчанск is, Кіндрашівка → Кондрашовка is not): the Russian
// spellings are keys to find a name in Russian text, never shown.

/** The 2010 table: [letter, at a word's start, elsewhere]. ь and the apostrophe are dropped. */
const ROMAN: Record<string, [string, string]> = {
  а: ["a", "a"], б: ["b", "b"], в: ["v", "v"], г: ["h", "h"], ґ: ["g", "g"], д: ["d", "d"], е: ["e", "e"],
  є: ["ye", "ie"], ж: ["zh", "zh"], з: ["z", "z"], и: ["y", "y"], і: ["i", "i"], ї: ["yi", "i"], й: ["y", "i"],
  к: ["k", "k"], л: ["l", "l"], м: ["m", "m"], н: ["n", "n"], о: ["o", "o"], п: ["p", "p"], р: ["r", "r"],
  с: ["s", "s"], т: ["t", "t"], у: ["u", "u"], ф: ["f", "f"], х: ["kh", "kh"], ц: ["ts", "ts"], ч: ["ch", "ch"],
  ш: ["sh", "sh"], щ: ["shch", "shch"], ю: ["yu", "iu"], я: ["ya", "ia"], ь: ["", ""], "’": ["", ""], "'": ["", ""], "ʼ": ["", ""],
};

/** "Новомихайлівка" → "Novomykhailivka", "Згорани" → "Zghorany", "Ясинувата" → "Yasynuvata", "Мар’їнка" → "Marinka". */
export function romaniseUkrainian(name: string): string {
  let out = "";
  let wordStart = true;
  const chars = [...name];
  chars.forEach((ch, k) => {
    const lower = ch.toLowerCase();
    const row = ROMAN[lower];
    if (!row) {
      out += ch;
      wordStart = !/\p{L}/u.test(ch);
      return;
    }
    // зг is zgh, so that it is not read as ж (Згорани → Zghorany).
    let latin = lower === "г" && chars[k - 1]?.toLowerCase() === "з" ? "gh" : wordStart ? row[0] : row[1];
    if (ch !== lower && latin) latin = latin[0].toUpperCase() + latin.slice(1);
    out += latin;
    if (!"’'ʼ".includes(ch)) wordStart = false;
  });
  return out;
}

type Row = [RegExp, string];

/** Whole words that Russian names otherwise: adjectives of compound names, a few nouns. */
const RUSSIAN_WORDS: Record<string, string> = {
  нова: "новая", нове: "новое", новий: "новый", нові: "новые",
  стара: "старая", старе: "старое", старий: "старый", старі: "старые",
  велика: "великая", велике: "великое", великий: "великий", великі: "великие",
  мала: "малая", мале: "малое", малий: "малый", малі: "малые",
  верхня: "верхняя", верхнє: "верхнее", верхній: "верхний", верхні: "верхние",
  нижня: "нижняя", нижнє: "нижнее", нижній: "нижний", нижні: "нижние",
  середня: "средняя", біла: "белая", біле: "белое", білий: "белый", червона: "червоная", червоне: "червоное",
  зелена: "зеленая", зелений: "зеленый", зелене: "зеленое", суха: "сухая", сухий: "сухой",
  хутори: "хутора", хутір: "хутор", гута: "гута", яр: "яр", балка: "балка", поле: "поле", гай: "гай",
};

/** Stems whose Russian is another word's (вовк → волк, біл → бел, під- → под-), at a word's start. */
const RUSSIAN_ROOTS: Row[] = [
  [/^вовч/, "волч"], [/^вовк/, "волк"], [/^біл/, "бел"], [/^під/, "под"], [/^олександр/, "александр"],
  [/^микол/, "никол"], [/^кам[’'ʼ]ян/, "камен"], [/^вільн/, "вольн"], [/^дібров/, "дубров"], [/^кіндрат/, "кондрат"],
  [/^кіндраш/, "кондраш"], [/^рівн/, "ровн"], [/^гнід/, "гнед"], [/сілк/, "селк"], [/^сіл/, "сел"],
];

/** Suffixes, in order; the last rows are letters. */
const RUSSIAN_ENDINGS: Row[] = [
  [/[’'ʼ]ївка$/, "ьевка"], [/іївка$/, "еевка"], [/([аоуеи])ївка$/, "$1евка"], [/ївка$/, "евка"], [/івка$/, "овка"], [/івське$/, "овское"], [/івськ$/, "овск"],
  [/ські$/, "ские"], [/цькі$/, "цкие"], [/ні$/, "ные"],
  [/ське$/, "ское"], [/цьке$/, "цкое"], [/зьке$/, "зкое"], [/ьке$/, "ькое"],
  [/ська$/, "ская"], [/цька$/, "цкая"],
  [/ський$/, "ский"], [/цький$/, "цкий"], [/ний$/, "ный"],
  [/ськ$/, "ск"], [/цьк$/, "цк"], [/ця$/, "ца"], [/іль$/, "оль"], [/ів$/, "ов"], [/([бвдзлмнпрстф])и$/, "$1ы"],
];
const RUSSIAN_LETTERS: Row[] = [
  [/[’'ʼ]([яюєї])/g, "ь$1"], [/ьї/g, "ьи"], [/ьє/g, "ье"], [/([аеиоуяю])ї/g, "$1и"],
  [/є/g, "е"], [/ї/g, "и"], [/і/g, "и"], [/ґ/g, "г"], [/[’'ʼ]/g, ""],
];

/**
 * Russian spellings of a Ukrainian place name, most likely first: Новомихайлівка → Новомихайловка,
 * Старомайорське → Старомайорское, Вовчанські Хутори → Волчанские Хутора, Нова Кругляківка → Новая
 * Кругляковка, Водяне → Водяное. A neuter name in -ове/-еве/-ине is a possessive (Курахове →
 * Курахово) or an adjective (Степове → Степовое): both are given.
 */
export function russianSpellings(name: string): string[] {
  const words = name.split(" ");
  let variants: string[][] = [[]];
  words.forEach((word, k) => {
    const forms = russianWord(word, k === words.length - 1);
    variants = variants.flatMap((prefix) => forms.map((f) => [...prefix, f]));
  });
  return [...new Set(variants.map((v) => v.join(" ")))].slice(0, 4);
}

function russianWord(word: string, last: boolean): string[] {
  return word.split("-").reduce<string[]>((acc, part, i, parts) => {
    const forms = russianPart(part, last || parts.length > 1);
    return acc.length ? acc.flatMap((a) => forms.map((f) => `${a}-${f}`)) : forms;
  }, []);
}

function russianPart(part: string, last: boolean): string[] {
  if (!part) return [part];
  const capital = part[0] !== part[0].toLowerCase();
  let s = part.toLowerCase();
  const whole = RUSSIAN_WORDS[s];
  const out: string[] = [];
  if (whole) out.push(whole);
  else {
    for (const [from, to] of RUSSIAN_ROOTS) s = s.replace(from, to);
    for (const [from, to] of RUSSIAN_ENDINGS) s = s.replace(from, to);
    const forms = [s];
    // Курахове → Курахово, and the adjective reading Степове → Степовое.
    if (/(ов|ев|єв|ин|ін|їн)е$/.test(s)) forms.splice(0, 1, s.replace(/(ов|ев|єв)е$/, "$1о").replace(/(ин|ін|їн)е$/, "$1о"), s.replace(/е$/, "ое"));
    // A neuter adjective: Водяне → Водяное, Веселе → Веселое (Гуляйполе is a noun).
    else if (last && /[бвгджзклмнпрстфхцчшщ]е$/.test(s) && !/пол[еє]$/.test(s)) forms.splice(0, 1, s.replace(/е$/, "ое"));
    // A feminine adjective before a noun: Нова Кругляківка → Новая, Донецька → Донецкая.
    else if (!last && /(ов|н)а$/.test(s)) forms.push(s.replace(/а$/, "ая"));
    for (let f of forms) {
      for (const [from, to] of RUSSIAN_LETTERS) f = f.replace(from, to);
      out.push(f);
    }
  }
  return [...new Set(out)].map((f) => (capital ? f[0].toUpperCase() + f.slice(1) : f));
}

/** Russian letters in the Latin of English-language reporting (BGN/PCGN without diacritics, as TASS writes). */
const RUSSIAN_ROMAN: Record<string, [string, string]> = {
  а: ["a", "a"], б: ["b", "b"], в: ["v", "v"], г: ["g", "g"], д: ["d", "d"], е: ["ye", "e"], ё: ["yo", "yo"],
  ж: ["zh", "zh"], з: ["z", "z"], и: ["i", "i"], й: ["y", "y"], к: ["k", "k"], л: ["l", "l"], м: ["m", "m"],
  н: ["n", "n"], о: ["o", "o"], п: ["p", "p"], р: ["r", "r"], с: ["s", "s"], т: ["t", "t"], у: ["u", "u"],
  ф: ["f", "f"], х: ["kh", "kh"], ц: ["ts", "ts"], ч: ["ch", "ch"], ш: ["sh", "sh"], щ: ["shch", "shch"],
  ъ: ["", ""], ы: ["y", "y"], ь: ["", ""], э: ["e", "e"], ю: ["yu", "yu"], я: ["ya", "ya"],
};

/** A Russian spelling in Latin letters as English-language reports of Russian sources write it: Новомихайловка → Novomikhaylovka. */
export function romaniseRussian(name: string): string {
  const chars = [...name];
  return chars.map((ch, k) => {
    const lower = ch.toLowerCase();
    const row = RUSSIAN_ROMAN[lower];
    if (!row) return ch;
    const previous = chars[k - 1]?.toLowerCase() ?? "";
    // Initial е, and е after a vowel or a soft sign, is ye (Андреевка → Andreyevka).
    const initial = !/\p{L}/u.test(previous) || (lower === "е" && /[аеёиоуыэюяьъ]/.test(previous));
    const latin = initial ? row[0] : row[1];
    return ch !== lower && latin ? latin[0].toUpperCase() + latin.slice(1) : latin;
  }).join("");
}
