// The parts every file reader shares: an Article for a file, and warnings that go two ways.
import type { Article } from "../claims/index.js";
import { idFromPath } from "./article-id.js";
import type { ReadOptions } from "./reader.js";

/** A bare article for `origin`: nothing guessed, metadata null until a manifest or the page gives it. */
export function fileArticle(origin: string, text: string, warnings: string[]): Article {
  const article: Article = { id: idFromPath(origin), text, outlet: null, title: null, published: null, origin };
  if (warnings.length > 0) article.warnings = [...warnings];
  return article;
}

/** Tells options.onWarning and returns the message, to go into article.warnings too. */
export function warn(options: ReadOptions, origin: string, message: string): string {
  options.onWarning?.(origin, message);
  return message;
}
