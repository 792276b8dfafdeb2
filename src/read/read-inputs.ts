// The reading stage's entry point: paths, folders and URLs in, one article or problem at a time out.
import { stat } from "node:fs/promises";
import { readFile, readFolder } from "./folder-reader.js";
import type { Article } from "../claims/index.js";
import { ManifestScope } from "./manifest-scope.js";
import { futureDateWarning, isoDay } from "./parse-published.js";
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
  const today = isoDay((options.now ?? (() => new Date()))());
  for (const input of inputs) {
    for await (const item of readInput(input, options, scope)) yield item.article ? { article: checkDate(item.article, today, options) } : item;
  }
  scope.finish();
}

/** A publication date after today is kept with a warning (once per document, not per part). */
function checkDate(article: Article, today: string, options: ReadOptions): Article {
  const warning = futureDateWarning(article.published, today);
  if (!warning) return article;
  if (!article.offset) options.onWarning?.(article.origin, warning);
  return { ...article, warnings: [...(article.warnings ?? []), warning] };
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
