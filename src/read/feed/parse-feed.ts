// RSS 2.0, RSS 1.0 (RDF) and Atom feeds into plain items; item links are kept, never fetched.
import { DOMParser } from "linkedom";

export interface FeedItem {
  title: string | null;
  link: string | null;
  /** The date as the feed writes it (RFC 822 or ISO 8601). */
  date: string | null;
  /** HTML (or text) of the item's body. */
  html: string;
}

export interface Feed {
  /** The channel's (or feed's) title. */
  outlet: string | null;
  items: FeedItem[];
}

/** Tag names in order of preference: the fullest body first. */
const FIELDS = {
  body: ["content:encoded", "content", "description", "summary"],
  date: ["pubdate", "published", "dc:date", "updated"],
} as const;

const FEED_ROOT = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*|<\?[^>]*>\s*)*<(rss|feed|rdf:RDF)[\s>]/i;

/** Whether `text` is a feed document (sniffed from its root element). */
export function isFeedText(text: string): boolean {
  return FEED_ROOT.test(text.replace(/^\uFEFF/, "").slice(0, 4096));
}

const children = (el: Element) => Array.from(el.children);
const named = (el: Element, name: string) => children(el).filter((c) => c.tagName.toLowerCase() === name);
const text = (el: Element | undefined) => el?.textContent?.trim() || null;

function firstText(el: Element, names: readonly string[]): string | null {
  for (const name of names) {
    const value = text(named(el, name)[0]);
    if (value) return value;
  }
  return null;
}

/** RSS writes <link>url</link>; Atom writes <link href rel="alternate"/>. */
function linkOf(item: Element): string | null {
  for (const link of named(item, "link")) {
    const href = link.getAttribute("href");
    const rel = link.getAttribute("rel");
    if (href && (!rel || rel === "alternate")) return href.trim();
    if (!href && text(link)) return text(link);
  }
  return null;
}

/** Parses a feed, or null when `xml` has no feed root. */
export function parseFeed(xml: string): Feed | null {
  if (!isFeedText(xml)) return null;
  const document = new DOMParser().parseFromString(xml.replace(/^\uFEFF/, ""), "text/xml") as unknown as Document;
  const root = document.documentElement;
  if (!root) return null;
  const channel = named(root, "channel")[0] ?? root;
  const entries = [...Array.from(document.getElementsByTagName("item")), ...Array.from(document.getElementsByTagName("entry"))];
  return {
    outlet: firstText(channel, ["title"]),
    items: entries.map((item) => ({
      title: firstText(item, ["title"]),
      link: linkOf(item),
      date: firstText(item, FIELDS.date),
      html: firstText(item, FIELDS.body) ?? "",
    })),
  };
}
