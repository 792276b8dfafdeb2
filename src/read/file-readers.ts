// The readers for single files, tried in order; a file none accepts is skipped with a problem.
import { FeedReader } from "./feed/feed-reader.js";
import { HtmlReader } from "./html/html-reader.js";
import type { Reader } from "./reader.js";
import { TelegramReader } from "./telegram/telegram-reader.js";
import { TextReader } from "./text/text-reader.js";

export const FILE_READERS: Reader[] = [TextReader, HtmlReader, FeedReader, TelegramReader];

/** The reason given for a file no reader accepts. */
export const SKIPPED_REASON = "skipped: not a .txt, .html, feed or Telegram export file";

/** The reader for `file`, by its extension (a .json file by its content); undefined when none accepts it. */
export function readerFor(file: string, readers: Reader[] = FILE_READERS): Reader | undefined {
  return readers.find((reader) => reader.accepts(file));
}
