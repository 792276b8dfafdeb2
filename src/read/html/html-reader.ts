// .html/.htm files: the article body, title, byline, outlet and date the page gives.
import type { Article } from "../../claims/index.js";
import { extractHtml } from "./extract-html.js";
import { fileArticle } from "../file-article.js";
import { errorItem, problemItem } from "../read-problem.js";
import { readWholeFile } from "../read-whole-file.js";
import type { ReadItem, ReadOptions, Reader } from "../reader.js";

/** The article of an HTML page, or null when the page holds no text. */
export function htmlArticle(origin: string, html: string, warnings: string[], pageUrl: string | null = null): Article | null {
  const page = extractHtml(html, pageUrl);
  if (page.text.trim() === "") return null;
  return { ...fileArticle(origin, page.text, warnings), title: page.title, byline: page.byline, outlet: page.outlet, published: page.published, url: page.url };
}

async function* readHtmlFile(file: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  try {
    const whole = await readWholeFile(file, options);
    if ("reason" in whole) return yield problemItem(file, whole.reason);
    const article = htmlArticle(file, whole.text, whole.warnings);
    yield article ? { article } : problemItem(file, "no text in page");
  } catch (error) {
    yield errorItem(file, error);
  }
}

export const HtmlReader: Reader = {
  name: "HtmlReader",
  accepts: (input) => /\.html?$/i.test(input),
  read: readHtmlFile,
};
