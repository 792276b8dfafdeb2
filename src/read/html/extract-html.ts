// A page's article: body text (paragraphs split by blank lines), title, byline, outlet, publication date.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { readHtmlMetadata } from "./html-metadata.js";
import { htmlToText, nestingDepth } from "./html-to-text.js";
import { normaliseText } from "../normalise-text.js";
import { parsePublished } from "../parse-published.js";
import { stripBoilerplate } from "./strip-boilerplate.js";

export interface ExtractedPage {
  text: string;
  title: string | null;
  byline: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

const hostOf = (url: string | null) => {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, "") || null : null;
  } catch {
    return null;
  }
};

/** "Town holds | The Daily Example" -> "Town holds" when the outlet is The Daily Example. */
function withoutOutlet(title: string | null, outlet: string | null): string | null {
  if (!title || !outlet) return title;
  const suffix = new RegExp(`\\s+[|\\-–—:·]\\s+${outlet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`, "i");
  return title.replace(suffix, "").trim() || title;
}

/** Parses `html` into a document (linkedom wants an <html> root to give a body). */
export function parseDocument(html: string): Document {
  const wrapped = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(wrapped).document as unknown as Document;
}

/** Text of an HTML fragment (a feed item's content): boilerplate dropped, no Readability guessing. */
export function extractFragmentText(html: string): string {
  const document = parseDocument(html);
  stripBoilerplate(document);
  return normaliseText(document.body ? htmlToText(document.body) : "");
}

/** Extracts the article of a page; `pageUrl` (where it was fetched) gives the outlet when the page names none. */
export function extractHtml(html: string, pageUrl: string | null = null): ExtractedPage {
  const document = parseDocument(html);
  const meta = readHtmlMetadata(document);
  stripBoilerplate(document);
  const bodyText = document.body ? htmlToText(document.body) : "";
  const found = document.body && nestingDepth(document.body, MAX_READABLE_DEPTH) <= MAX_READABLE_DEPTH ? parseReadable(document) : null;
  const text = (found?.content ? htmlToText(found.content) : "") || bodyText;
  const outlet = meta.outlet ?? (found?.siteName?.trim() || hostOf(pageUrl ?? meta.url));
  return {
    text: normaliseText(text),
    title: withoutOutlet(found?.title?.trim() || meta.title, outlet),
    byline: found?.byline?.trim() || meta.byline,
    outlet,
    published: meta.published ?? parsePublished(found?.publishedTime),
    url: pageUrl ?? meta.url,
  };
}

/**
 * Past this nesting Readability is not asked (its scoring walks ancestors per node: 1,500 levels took 47 s);
 * the body's text is used. Real pages nest a few dozen levels.
 */
const MAX_READABLE_DEPTH = 200;

/** Readability, kept from throwing on odd trees: nothing found means the body text is used. */
function parseReadable(document: Document) {
  try {
    return new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch {
    return null;
  }
}
