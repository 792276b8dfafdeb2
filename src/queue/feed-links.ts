// A polled feed's body -> the items to follow: RSS, Atom, JSON Feed, or a plain list of URLs (one a line,
// # comments). Item links are made absolute against the feed and lose their #fragment, so that one page
// linked twice is one job.
import { parseFeed, isFeedText, parsePublished, type Feed } from "../read/index.js";
import type { NewJob } from "./job-queue.js";
import { isJsonFeedText, parseJsonFeed } from "./json-feed.js";

export type FeedLinks = { jobs: NewJob[]; skipped: number } | { reason: string };

/** The page URL to fetch for a link, or null when it is no http(s) URL. */
export function canonicalItemUrl(link: string, base: string | null): string | null {
  try {
    const url = base ? new URL(link, base) : new URL(link);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    url.hash = "";
    return url.href;
  } catch {
    return null;
  }
}

/** The items of `text` read from `feed` (a URL or a file path). */
export function feedLinks(feed: string, text: string): FeedLinks {
  const base = /^https?:\/\//i.test(feed) ? feed : null;
  const parsed: Feed | null = isJsonFeedText(text) ? parseJsonFeed(text) : isFeedText(text) ? parseFeed(text) : null;
  if (!parsed) {
    const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
    const urls = lines.map((l) => canonicalItemUrl(l, null));
    if (lines.length === 0 || urls.some((u) => u === null)) return { reason: "not an RSS, Atom or JSON Feed, nor a list of http(s) URLs" };
    return { jobs: [...new Set(urls as string[])].map((url) => ({ url, feed })), skipped: 0 };
  }
  const seen = new Set<string>();
  const jobs: NewJob[] = [];
  let skipped = 0;
  for (const item of parsed.items) {
    const url = item.link ? canonicalItemUrl(item.link, base) : null;
    if (!url) { skipped++; continue; }
    if (seen.has(url)) continue;
    seen.add(url);
    jobs.push({ url, feed, title: item.title, published: parsePublished(item.date), outlet: parsed.outlet });
  }
  return { jobs, skipped };
}
