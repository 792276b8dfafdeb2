// http(s) URLs the user gave: fetched once, within limits, then read as a page, a feed or plain text.
import type { Article } from "../../claims/index.js";
import { idFromUrl } from "../article-id.js";
import { fetchGuarded } from "./fetch-guarded.js";
import { feedItems } from "../feed/feed-reader.js";
import { htmlArticle } from "../html/html-reader.js";
import { normaliseText } from "../normalise-text.js";
import { isFeedText } from "../feed/parse-feed.js";
import { decodeWhole } from "../read-whole-file.js";
import { errorItem, problemItem } from "../read-problem.js";
import type { ReadItem, ReadOptions, Reader } from "../reader.js";

type Kind = "feed" | "html" | "text";

/** What the body is: the Content-Type when it says, else sniffed. */
function kindOf(contentType: string, text: string): Kind | null {
  const type = contentType.split(";")[0].trim().toLowerCase();
  if (/rss|atom/.test(type) || isFeedText(text)) return "feed";
  if (/html/.test(type) || /^\s*<(!doctype html|html|head|body)[\s>]/i.test(text)) return "html";
  if (type === "" || type === "text/plain") return "text";
  return null;
}

async function* readUrl(url: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  if (options.allowFetch === false) return yield problemItem(url, "fetching is turned off (allowFetch: false)");
  try {
    const fetched = await fetchGuarded(url, {
      allowPrivateAddresses: options.allowPrivateAddresses,
      timeoutMs: options.fetchTimeoutMs,
      maxBytes: options.maxFetchBytes,
    });
    const whole = decodeWhole(fetched.body, url, options, fetched.contentType);
    if ("reason" in whole) return yield problemItem(url, whole.reason === "empty file" ? "empty response" : whole.reason);
    const kind = kindOf(fetched.contentType, whole.text);
    if (kind === "feed") return yield* feedItems(url, whole.text, whole.warnings);
    if (kind === "html") {
      const article = htmlArticle(url, whole.text, whole.warnings, fetched.url);
      if (article) article.id = idFromUrl(url);
      return yield article ? { article } : problemItem(url, "no text in page");
    }
    if (kind === "text") return yield { article: textArticle(url, fetched.url, whole.text, whole.warnings) };
    yield problemItem(url, `unsupported content type: ${fetched.contentType}`);
  } catch (error) {
    yield errorItem(url, error);
  }
}

function textArticle(url: string, finalUrl: string, text: string, warnings: string[]): Article {
  const article: Article = { id: idFromUrl(url), text: normaliseText(text), outlet: null, title: null, published: null, url: finalUrl, origin: url };
  if (warnings.length > 0) article.warnings = warnings;
  return article;
}

export const UrlReader: Reader = {
  name: "UrlReader",
  accepts: (input) => /^https?:\/\//i.test(input),
  read: readUrl,
};
