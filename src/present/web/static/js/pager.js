// Paging for a long list: "Showing 51–100 of 2,000 articles" with Previous / Next links, so that a list
// never stops silently. The page's offset lives in the address (…?offset=50), so a page can be linked.
import { h } from "./dom.js";
import { formatNumber } from "./format.js";

/** A whole number from the address (offset=…), else the fallback. */
export const offsetOf = (query) => (/^\d+$/.test(query?.offset ?? "") ? Number(query.offset) : 0);

/**
 * total: how many in all; exact false when it is a lower bound (the server counts no further than the
 * page). hrefOf(offset) gives the address of another page.
 */
export function pager({ total, exact = true, offset, limit, shown, noun, hrefOf }) {
  const nouns = `${noun}${total === 1 && exact ? "" : "s"}`;
  const range = shown ? `${formatNumber(offset + 1)}–${formatNumber(offset + shown)}` : "none";
  const of = exact ? `of ${formatNumber(total)} ${nouns}` : `of more than ${formatNumber(offset + shown)} ${noun}s`;
  const hasMore = exact ? offset + shown < total : total > offset + shown;
  const text = !exact || total > shown || offset > 0 ? `Showing ${range} ${of}.` : `${formatNumber(total)} ${nouns}.`;
  return h("nav", { class: "pager", "aria-label": `Pages of ${noun}s` },
    h("span", { class: "pager-text", role: "status" }, text),
    offset > 0 ? h("a", { class: "pager-prev", href: hrefOf(Math.max(0, offset - limit)), rel: "prev" }, "← Previous") : null,
    hasMore ? h("a", { class: "pager-next", href: hrefOf(offset + limit), rel: "next" }, "Next →") : null);
}
