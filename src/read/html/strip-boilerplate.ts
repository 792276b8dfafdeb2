// Drops what is not the article before Readability looks: navigation, donation boxes, forms, comments, related links.

/** Class or id words that mark boilerplate (matched as words inside names like "site-nav" or "comments_list"). */
export const BOILERPLATE_NAMES = ["donate", "donation", "newsletter", "subscribe", "subscription", "comment", "comments",
  "related", "share", "sharing", "social", "promo", "promotion", "footer", "nav", "navbar", "navigation", "menu", "cookie", "advert", "ad", "ads", "sidebar"];
/** Elements that are boilerplate whatever their class. */
export const BOILERPLATE_TAGS = ["nav", "footer", "form", "aside", "script", "style", "noscript", "iframe", "template"];
/** Never dropped: they hold the article even when a CMS tags them "comments-open". */
const KEEP_TAGS = new Set(["html", "head", "body", "main", "article"]);
/** An element holding more than this share of the page's text is the page, not a box on it. */
const MAX_TEXT_SHARE = 0.5;

const NAME_PATTERN = new RegExp(`(?:^|[^a-z0-9])(?:${BOILERPLATE_NAMES.join("|")})(?:$|[^a-z0-9])`, "i");

/** Whether a class or id value names boilerplate ("newsletter-signup", "related_posts"; not "shadow" or "canvas"). */
export function isBoilerplateName(name: string): boolean {
  return NAME_PATTERN.test(name.replace(/([a-z])([A-Z])/g, "$1-$2"));
}

/** Removes boilerplate elements from `document` in place. */
export function stripBoilerplate(document: Document): void {
  const body = document.body;
  if (!body) return;
  const pageLength = (body.textContent ?? "").length;
  for (const tag of BOILERPLATE_TAGS) for (const el of Array.from(body.querySelectorAll(tag))) el.remove();
  for (const el of Array.from(body.querySelectorAll("[class], [id]"))) {
    if (!el.isConnected || KEEP_TAGS.has(el.localName.toLowerCase())) continue;
    const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
    if (!names.split(/\s+/).some(isBoilerplateName)) continue;
    if ((el.textContent ?? "").length > pageLength * MAX_TEXT_SHARE) continue;
    el.remove();
  }
}
