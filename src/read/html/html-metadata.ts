// What a page says about itself: title, byline, outlet and publication date, from meta tags, JSON-LD and <time>.
import { parsePublished } from "../parse-published.js";

export interface HtmlMetadata {
  title: string | null;
  byline: string | null;
  outlet: string | null;
  published: string | null;
  /** The page's own address (canonical link or og:url), when it gives one. */
  url: string | null;
}

/** Where each field is looked for, first match wins. */
const META = {
  title: ['meta[property="og:title"]', 'meta[name="twitter:title"]'],
  byline: ['meta[name="author"]', 'meta[property="article:author"]'],
  outlet: ['meta[property="og:site_name"]', 'meta[name="application-name"]'],
  published: [
    'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]', 'meta[name="date"]', 'meta[name="dc.date"]', 'meta[property="og:published_time"]',
  ],
  url: ['link[rel="canonical"]', 'meta[property="og:url"]'],
} as const;

const attribute = (el: Element) => el.getAttribute("content") ?? el.getAttribute("href") ?? el.getAttribute("datetime");
const clean = (value: string | null | undefined) => value?.replace(/\s+/g, " ").trim() || null;

function firstOf(document: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    for (const el of Array.from(document.querySelectorAll(selector))) {
      const value = clean(attribute(el));
      if (value) return value;
    }
  }
  return null;
}

/** JSON-LD objects of the page, flattened through arrays and @graph. */
function jsonLd(document: Document): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") {
      found.push(node as Record<string, unknown>);
      visit((node as Record<string, unknown>)["@graph"]);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // a broken JSON-LD block says nothing
    }
  }
  return found;
}

function jsonLdDate(document: Document): string | null {
  const value = jsonLd(document).map((o) => o.datePublished).find((d) => typeof d === "string");
  return typeof value === "string" ? value : null;
}

function timeDate(document: Document): string | null {
  const time = document.querySelector("time[datetime][itemprop=datePublished], time[datetime][pubdate], time[datetime]");
  return time ? clean(time.getAttribute("datetime")) : null;
}

/** Reads the metadata of `document` (before Readability, which changes the tree). */
export function readHtmlMetadata(document: Document): HtmlMetadata {
  const rawDate = firstOf(document, META.published) ?? jsonLdDate(document) ?? timeDate(document);
  return {
    title: firstOf(document, META.title) ?? clean(document.querySelector("title")?.textContent),
    byline: firstOf(document, META.byline),
    outlet: firstOf(document, META.outlet),
    published: parsePublished(rawDate),
    url: firstOf(document, META.url),
  };
}
