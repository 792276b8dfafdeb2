// A job's page -> the full article: fetched through the SSRF guard, read as HTML (or plain text), and the
// feed item's title, date and outlet filling what the page does not say. A feed item whose link leads
// to another feed is refused: it is no article.
import { FoglineError, type Article } from "../claims/index.js";
import { fetchGuarded, htmlArticle, isFeedText, normaliseText, type FetchLimits } from "../read/index.js";
import { decodeWhole } from "../read/read-whole-file.js";
import { idFromUrl } from "../read/article-id.js";
import type { Job } from "./job-queue.js";

export async function fetchArticle(job: Job, limits: FetchLimits = {}): Promise<Article> {
  const fetched = await fetchGuarded(job.url, limits);
  const whole = decodeWhole(fetched.body, job.url, {}, fetched.contentType);
  if ("reason" in whole) throw new FoglineError("no-article", whole.reason === "empty file" ? "empty response" : whole.reason);
  const type = fetched.contentType.split(";")[0].trim().toLowerCase();
  let article: Article | null;
  if (/rss|atom|json/.test(type) || isFeedText(whole.text)) {
    throw new FoglineError("no-article", "the item links to a feed, not an article page");
  } else if (/html/.test(type) || /^\s*<(!doctype html|html|head|body)[\s>]/i.test(whole.text)) {
    article = htmlArticle(job.url, whole.text, whole.warnings, fetched.url);
  } else if (type === "" || type === "text/plain") {
    article = { id: "", text: normaliseText(whole.text), outlet: null, title: null, published: null, url: fetched.url, origin: job.url };
  } else {
    throw new FoglineError("no-article", `unsupported content type: ${fetched.contentType}`);
  }
  if (!article || article.text.trim() === "") throw new FoglineError("no-article", "no text in page");
  return {
    ...article,
    id: idFromUrl(job.url),
    title: article.title ?? job.title,
    published: article.published ?? job.published,
    outlet: article.outlet ?? job.outlet,
  };
}
