// Sentences with their offsets. Pages glue fragments together, so the text is first cut into
// paragraphs (blank lines; single line breaks too, unless the block looks hard-wrapped), then each
// paragraph is cut after ".", "!" or "?" (and any closing quote) where the next sentence starts, except
// after abbreviations and initials ("Gen.", "Dec. 1", "U.S.", "J. Smith"; "г.", "тыс.", "обл.", "т. д.",
// "В. Путин", "В.В. Путин"), and inside a quotation its speaker closes («…», — сказал он).
// This replaced wink-nlp's sentence detection: the same splits on the test sentences and the seed
// articles, at several times the speed (wink tokenised every word to find boundaries; bench/README.md).

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph the sentence belongs to (for carrying speakers, dates and places over). */
  paragraph: number;
}

export interface SentenceSplitter {
  split(text: string): Sentence[];
}

const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "brig",
  "st", "no", "nos", "vol", "pp", "fig", "approx", "est", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "gov", "sen", "rep",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
  "jr", "sr", "mt", "ft", "al", "e.g", "i.e", "a.m", "p.m",
]);
// Russian and Ukrainian abbreviations that never end a sentence (lower-cased, without their dot).
const CYRILLIC_ABBREVIATIONS = new Set([
  "г", "гг", "тыс", "тис", "млн", "млрд", "обл", "р", "рр", "им", "ім", "ул", "вул", "пр", "просп", "пер", "с", "пос", "пгт", "смт",
  "м", "д", "н.п", "п", "ст", "кв", "ген", "полк", "подп", "лейт", "кап", "т.е", "т.к", "т.п", "т.д", "т.н", "др", "см", "напр",
  "р-н", "р-на", "рус", "укр", "англ", "тел", "стр", "гл", "прим", "ред",
]);
// A boundary: terminal punctuation, closing quotes or brackets, white space, then a sentence start.
const BOUNDARY = /([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[A-Z0-9\u0400-\u042F\u0490])/g;
// A quotation closed by its speaker: «…», — сказал он / «…» — заявив він (folded: "…", - сказал).
const CYRILLIC = /[\u0400-\u04FF]/;
const SPEAKER_AFTER_QUOTE = /^[^"\n]{0,400}"\s*,?\s*-\s*[а-яёіїєґ]/;

export function createSentenceSplitter(): SentenceSplitter {
  return { split: splitSentences };
}

function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const [from, to] of paragraphs(text)) {
    const body = text.slice(from, to);
    let start = 0;
    // The Cyrillic rows only for paragraphs in Cyrillic script: English pays one test per paragraph.
    const cyrillic = CYRILLIC.test(body);
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
      if (m[1] === "." && isAbbreviation(body, m.index, cyrillic)) continue;
      if (cyrillic && !m[2] && isInsideAttributedQuote(body, start, m.index)) continue;
      push(out, body, from, start, m.index + m[1].length + m[2].length, paragraph);
      start = m.index + m[0].length;
    }
    push(out, body, from, start, body.length, paragraph);
    paragraph++;
  }
  return out;
}

function push(out: Sentence[], body: string, from: number, start: number, end: number, paragraph: number): void {
  const piece = body.slice(start, end);
  const lead = piece.length - piece.trimStart().length;
  const trimmed = piece.trim();
  if (trimmed) out.push({ start: from + start + lead, end: from + start + lead + trimmed.length, paragraph });
}

// "Gen.", "Dec.", "U.S.", a lone initial "J." — but a sentence may end in "U.S." only if the next word is
// not a name, which cannot be told apart here: such abbreviations never end a sentence.
function isAbbreviation(body: string, dot: number, cyrillic: boolean): boolean {
  const word = /([A-Za-z][A-Za-z.]*)$/.exec(body.slice(Math.max(0, dot - 12), dot))?.[1];
  if (!word) return cyrillic && isCyrillicAbbreviation(body, dot);
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  if (/^[A-Z]$/.test(word)) return true;
  return /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word);
}

// "г.", "обл.", "т. д.", "н.п.", an initial "В." or "В.В.": the word before the dot, in Cyrillic.
function isCyrillicAbbreviation(body: string, dot: number): boolean {
  const before = body.slice(Math.max(0, dot - 12), dot);
  const word = /(?<![\p{L}])([\p{Script=Cyrillic}][\p{Script=Cyrillic}.-]*)$/u.exec(before)?.[1];
  if (!word) return false;
  if (CYRILLIC_ABBREVIATIONS.has(word.toLowerCase())) return true;
  if (/(?<![\p{L}])т\.\s?$/u.test(before.slice(0, before.length - word.length))) return true;
  if (/^\p{Lu}$/u.test(word)) return true;
  return /^(?:\p{Lu}\.)+\p{Lu}$/u.test(word);
}

// Inside a quotation (an odd number of quote marks since the sentence began) that ends in its speaker,
// «…», — сказал он: the quotation and its speaker are one sentence.
function isInsideAttributedQuote(body: string, start: number, at: number): boolean {
  let quotes = 0;
  for (let i = start; i < at; i++) if (body.charCodeAt(i) === 34) quotes++;
  return quotes % 2 === 1 && SPEAKER_AFTER_QUOTE.test(body.slice(at, at + 420));
}

/** [start, end) of each paragraph. */
export function paragraphs(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const block = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = block.exec(text); m; m = block.exec(text)) {
    const lines = m[0].split("\n");
    if (lines.length > 1 && isHardWrapped(lines)) {
      spans.push([m.index, m.index + m[0].length]);
      continue;
    }
    let at = m.index;
    for (const line of lines) {
      if (line.trim()) spans.push([at, at + line.length]);
      at += line.length + 1;
    }
  }
  return spans;
}

// A block whose lines are all of similar width and mostly end without sentence punctuation was wrapped
// by a mail client or a terminal: its line breaks are not boundaries.
function isHardWrapped(lines: string[]): boolean {
  const body = lines.slice(0, -1).filter((l) => l.trim());
  if (body.length < 2) return false;
  const wide = body.filter((l) => l.length >= 50 && l.length <= 100).length;
  const open = body.filter((l) => !/[.!?:"'”’)\]]\s*$/.test(l)).length;
  return wide / body.length > 0.8 && open / body.length > 0.6;
}
