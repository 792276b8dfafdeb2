// The reading stage's entry point: paths, folders and URLs in, one article or problem at a time out.
import { stat } from "node:fs/promises";
import { readFile, readFolder } from "./folder-reader.js";
import { ManifestScope } from "./manifest-scope.js";
import { errorItem, problemItem } from "./read-problem.js";
import type { ReadItem, ReadOptions } from "./reader.js";
import { UrlReader } from "./url/url-reader.js";

/**
 * Reads each input in turn (a .txt/.html/feed file, a Telegram export, a folder, an http(s) URL) and yields its articles and
 * problems as they come. Never throws: a bad input is a problem item and the next input is read.
 * options.meta names a manifest for all inputs; each folder's own manifest.json fills what it does not give.
 */
export async function* readInputs(inputs: string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const { scope, problem } = await ManifestScope.create(options);
  if (problem) yield problem;
  for (const input of inputs) yield* readInput(input, options, scope);
}

async function* readInput(input: string, options: ReadOptions, scope: ManifestScope): AsyncGenerator<ReadItem> {
  if (input.trim() === "") return yield problemItem(input, "empty input name");
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input) && !UrlReader.accepts(input)) return yield problemItem(input, "unsupported URL scheme (only http and https)");
  if (UrlReader.accepts(input)) {
    for await (const item of UrlReader.read(input, options)) yield item.article ? { article: scope.apply(item.article, null) } : item;
    return;
  }
  try {
    const info = await stat(input);
    if (info.isDirectory()) yield* readFolder(input, options, scope);
    else yield* readFile(input, options, scope);
  } catch (error) {
    yield errorItem(input, error);
  }
}
