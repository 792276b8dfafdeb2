// Plain .txt files: streamed, decoded, normalised; very large ones yielded in ~1 MB parts.
import { stat } from "node:fs/promises";
import { isUnicode, decodedWarning } from "../decode-bytes.js";
import { fileArticle, warn } from "../file-article.js";
import { errorItem, problemItem } from "../read-problem.js";
import type { ReadItem, ReadOptions, Reader } from "../reader.js";
import { profileFile, streamText } from "./stream-file.js";
import { PART_SIZE, splitIntoParts, type TextPart } from "./text-parts.js";

export interface TextReaderOptions {
  /** UTF-16 code units per part of a very large file. Default PART_SIZE (about 1 MB). */
  partSize?: number;
}

/** Reads .txt files. Every part carries the document's id and its offset in the whole text. */
export function createTextReader({ partSize = PART_SIZE }: TextReaderOptions = {}): Reader {
  return {
    name: "TextReader",
    accepts: (input) => /\.txt$/i.test(input),
    read: (input, options) => readTextFile(input, options, partSize),
  };
}

async function* readTextFile(file: string, options: ReadOptions, partSize: number): AsyncGenerator<ReadItem> {
  try {
    if ((await stat(file)).size === 0) return yield problemItem(file, "empty file");
    const verdict = await profileFile(file);
    if (verdict.binary) return yield problemItem(file, "binary file");
    const warnings = isUnicode(verdict.encoding) ? [] : [warn(options, file, decodedWarning(verdict.encoding))];
    const article = (part: TextPart) => ({ article: { ...fileArticle(file, part.text, warnings), offset: part.offset } });
    // A first part of only whitespace is held back: if nothing follows, the file is empty.
    let blankStart: TextPart | null = null;
    let parts = 0;
    for await (const part of splitIntoParts(streamText(file, verdict.encoding), partSize)) {
      if (parts++ === 0 && part.text.trim() === "") blankStart = part;
      else {
        if (blankStart) yield article(blankStart);
        blankStart = null;
        yield article(part);
      }
    }
    if (parts === 0 || blankStart) yield problemItem(file, "empty file");
  } catch (error) {
    yield errorItem(file, error);
  }
}

export const TextReader = createTextReader();
