// Feed files (.xml, .rss, .atom): one article per item, its body stripped by the HTML reader's extraction.
import type { Article } from "../../claims/index.js";
import { idFromFeedItem } from "../article-id.js";
import { extractFragmentText } from "../html/extract-html.js";
import { normaliseText } from "../normalise-text.js";
import { parseFeed } from "./parse-feed.js";
import { parsePublished } from "../parse-published.js";
import { errorItem, problemItem } from "../read-problem.js";
import { readWholeFile } from "../read-whole-file.js";
import type { ReadItem, ReadOptions, Reader } from "../reader.js";

/** The items of a feed as articles (ids unique within the feed), or a problem when it is no feed. */
export function* feedItems(origin: string, xml: string, warnings: string[]): Generator<ReadItem> {
  const feed = parseFeed(xml);
  if (!feed) return yield problemItem(origin, "not an RSS or Atom feed");
  if (feed.items.length === 0) return yield problemItem(origin, "feed has no items");
  const seen = new Map<string, number>();
  for (const item of feed.items) {
    const text = extractFragmentText(item.html);
    const title = item.title ? extractFragmentText(item.title) || null : null;
    const base = idFromFeedItem(title, item.link, text);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const id = count > 1 ? `${base}-${count}` : base;
    if (text.trim() === "") {
      yield problemItem(`${origin}#${id}`, "feed item has no text");
      continue;
    }
    const article: Article = {
      id, text, title, origin,
      outlet: feed.outlet ? normaliseText(feed.outlet) : null,
      published: parsePublished(item.date),
      url: item.link,
    };
    if (warnings.length > 0) article.warnings = [...warnings];
    yield { article };
  }
}

async function* readFeedFile(file: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  try {
    const whole = await readWholeFile(file, options);
    if ("reason" in whole) return yield problemItem(file, whole.reason);
    yield* feedItems(file, whole.text, whole.warnings);
  } catch (error) {
    yield errorItem(file, error);
  }
}

export const FeedReader: Reader = {
  name: "FeedReader",
  accepts: (input) => /\.(xml|rss|atom)$/i.test(input),
  read: readFeedFile,
};
