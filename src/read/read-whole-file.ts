// Small structured files (HTML, feeds) read whole: checked for emptiness, binary content and encoding.
import { readFile, stat } from "node:fs/promises";
import { declaredCharset, decodeBytes } from "./decode-bytes.js";
import { warn } from "./file-article.js";
import type { ReadOptions } from "./reader.js";

/** Pages and feeds larger than this are refused (a .txt of any size is streamed instead). */
export const MAX_WHOLE_FILE_BYTES = 20 * 1024 * 1024;

export type WholeFile = { text: string; warnings: string[] } | { reason: string };

/** Reads and decodes `file` (not yet normalised), or says in one line why not. Throws on I/O errors. */
export async function readWholeFile(file: string, options: ReadOptions, maxBytes = MAX_WHOLE_FILE_BYTES): Promise<WholeFile> {
  const { size } = await stat(file);
  if (size === 0) return { reason: "empty file" };
  if (size > maxBytes) return { reason: `file too large (over ${Math.round(maxBytes / 1024 / 1024)} MB)` };
  return decodeWhole(await readFile(file), file, options);
}

/** Decodes bytes already read (a file or a fetched body). */
export function decodeWhole(bytes: Uint8Array, origin: string, options: ReadOptions, contentType = ""): WholeFile {
  if (bytes.length === 0) return { reason: "empty file" };
  const decoded = decodeBytes(bytes, declaredCharset(bytes, contentType));
  if ("binary" in decoded) return { reason: "binary file" };
  if (decoded.text.trim() === "") return { reason: "empty file" };
  return { text: decoded.text, warnings: decoded.warning ? [warn(options, origin, decoded.warning)] : [] };
}
