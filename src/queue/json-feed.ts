// JSON Feed 1.0 / 1.1 (https://www.jsonfeed.org/version/1.1/): the items' links and dates, as the RSS and
// Atom reader gives them (read/feed/parse-feed.ts), so that the poller follows all three the same way.
import type { Feed } from "../read/index.js";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

/** Whether `text` is a JSON Feed (its `version` names jsonfeed.org). */
export function isJsonFeedText(text: string): boolean {
  return /^\s*\{/.test(text) && /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(text.slice(0, 4096));
}

/** The feed, or null when `text` is not a JSON Feed. */
export function parseJsonFeed(text: string): Feed | null {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return null;
  }
  if (!isRecord(json) || !/jsonfeed\.org\/version\//.test(String(json.version ?? "")) || !Array.isArray(json.items)) return null;
  return {
    outlet: str(json.title),
    items: json.items.filter(isRecord).map((item) => ({
      title: str(item.title),
      // `url` is the item's page; `external_url` a page it links to (a link post): the article is the former.
      link: str(item.url) ?? str(item.external_url),
      date: str(item.date_published) ?? str(item.date_modified),
      html: str(item.content_html) ?? str(item.content_text) ?? str(item.summary) ?? "",
    })),
  };
}
