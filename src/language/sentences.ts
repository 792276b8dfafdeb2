// Sentences with their offsets. Pages glue fragments together, so the text is first cut into
// paragraphs (blank lines; single line breaks too, unless the block looks hard-wrapped), then each
// paragraph is split into sentences by wink-nlp's sentence boundary detection.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph the sentence belongs to (for carrying speakers, dates and places over). */
  paragraph: number;
}

type Nlp = ReturnType<typeof winkNLP>;

export interface SentenceSplitter {
  split(text: string): Sentence[];
}

export function createSentenceSplitter(): SentenceSplitter {
  const nlp: Nlp = winkNLP(model, ["sbd"]);
  return { split: (text) => splitSentences(nlp, text) };
}

function splitSentences(nlp: Nlp, text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const [from, to] of paragraphs(text)) {
    const body = text.slice(from, to);
    let cursor = 0;
    const doc = nlp.readDoc(body);
    doc.sentences().each((s: { out(): string }) => {
      const piece = s.out().trim();
      if (!piece) return;
      const at = body.indexOf(piece, cursor);
      if (at < 0) return;
      out.push({ start: from + at, end: from + at + piece.length, paragraph });
      cursor = at + piece.length;
    });
    if (cursor === 0 && body.trim()) {
      const lead = body.length - body.trimStart().length;
      out.push({ start: from + lead, end: from + body.trimEnd().length, paragraph });
    }
    paragraph++;
  }
  return out;
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
