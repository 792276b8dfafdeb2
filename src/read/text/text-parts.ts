// Cuts a stream of decoded text into normalised parts of about PART_SIZE, at blank lines where it can.
import { normaliseText } from "../normalise-text.js";

/** UTF-16 code units per part (about 1 MB). */
export const PART_SIZE = 1_000_000;

export interface TextPart {
  text: string;
  /** UTF-16 offset of `text` inside the whole normalised document. */
  offset: number;
}

/**
 * Yields parts whose concatenation is exactly normaliseText(all chunks joined).
 * Normalisation runs on whole lines only: NFC never composes across "\n", and a "\r" at a chunk's
 * end waits for the next chunk in case it is half of "\r\n".
 */
export async function* splitIntoParts(chunks: AsyncIterable<string>, partSize = PART_SIZE): AsyncGenerator<TextPart> {
  let raw = "";
  let ready = "";
  let offset = 0;
  let first = true;
  for await (const chunk of chunks) {
    raw += chunk;
    const end = completeEnd(raw, partSize);
    if (end === 0) continue;
    ready += normalise(raw.slice(0, end), first);
    raw = raw.slice(end);
    first = false;
    while (ready.length >= partSize) {
      const cut = cutPoint(ready, partSize);
      yield { text: ready.slice(0, cut), offset };
      offset += cut;
      ready = ready.slice(cut);
    }
  }
  ready += normalise(raw, first);
  while (ready.length > 0) {
    const cut = ready.length > partSize ? cutPoint(ready, partSize) : ready.length;
    yield { text: ready.slice(0, cut), offset };
    offset += cut;
    ready = ready.slice(cut);
  }
}

/** BOM stripping belongs to the document's start only. */
const normalise = (text: string, atStart: boolean) => (atStart ? normaliseText(text) : normaliseText(" " + text).slice(1));

/** Where the text safe to normalise ends: after the last "\n", or before an ASCII character in an over-long line. */
function completeEnd(raw: string, partSize: number): number {
  const newline = raw.lastIndexOf("\n");
  if (newline >= 0) return newline + 1;
  if (raw.length < 2 * partSize) return 0;
  return asciiBoundary(raw, raw.length - 1);
}

/** The last index at or before `limit` (and after 0) whose character is ASCII other than "\r": no composition starts there. */
function asciiBoundary(text: string, limit: number): number {
  for (let i = limit; i > 0; i--) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && c !== 0x0d && text.charCodeAt(i - 1) !== 0x0d) return i;
  }
  return 0;
}

/** Cut after a blank line in the second half of the part, else after a line end, else at an ASCII boundary. */
function cutPoint(text: string, partSize: number): number {
  const blank = text.lastIndexOf("\n\n", partSize - 2);
  if (blank >= partSize / 2) return endOfBlankRun(text, blank);
  const line = text.lastIndexOf("\n", partSize - 1);
  if (line >= partSize / 2) return line + 1;
  return asciiBoundary(text, partSize) || partSize;
}

/** Past the run of "\n" starting at `at`, so the next part starts with text. */
function endOfBlankRun(text: string, at: number): number {
  let i = at;
  while (i < text.length && text.charCodeAt(i) === 0x0a) i++;
  return i;
}
