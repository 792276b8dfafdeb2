// One article: outlet, date, and its claims marked in the text; the claim list beside it jumps to each mark.
import { get } from "../api.js";
import { append, externalLink, h, route } from "../dom.js";
import { locate, markedText } from "../article-text.js";
import { describe, formatClaimValue, sideBadge, stanceBadge } from "../format.js";
import { setTitle } from "../page.js";
import { claimClass } from "./claim-evidence.js";
import { addClaimForm } from "./add-claim.js";
import { reviewMark } from "./claim-review.js";

function focusClaim(root, id) {
  for (const el of root.querySelectorAll(".claim-mark.current, .claim-item.current")) el.classList.remove("current");
  const marks = [...root.querySelectorAll(".claim-mark")].filter((m) => m.dataset.claim === id);
  for (const m of marks) m.classList.add("current");
  root.querySelector(`#item-${CSS.escape(id)}`)?.classList.add("current");
  marks[0]?.scrollIntoView({ block: "center", behavior: "smooth" });
}

function claimItem(c, onPick) {
  const value = formatClaimValue(c);
  return h("li", { class: ["claim-item", claimClass(c)], id: `item-${c.id}` },
    h("button", { type: "button", class: "link", on: { click: () => onPick(c.id) } }, describe(c), value ? ` — ${value}` : ""),
    " ", stanceBadge(c.polarity), " ", sideBadge(c.side),
    h("span", { class: "muted" }, c.source ? ` ${c.source.name}` : " own voice", c.hedges?.length ? ` (${c.hedges.join(", ")})` : ""),
    c.review ? [" ", reviewMark(c)] : null);
}

export async function documentView({ main, params: [id], query, signal }) {
  const { document: d, claims } = await get(`/documents/${encodeURIComponent(id)}`, {}, signal);
  setTitle(d.title || d.id);
  const marks = claims.map((c) => ({ c, at: locate(d.text, c.evidence, d.offset ?? 0) })).filter((m) => m.at)
    .map(({ c, at }) => ({ ...at, claim: c.id, className: claimClass(c), title: `${describe(c)} ${formatClaimValue(c)} (${c.polarity}${c.source ? `, ${c.source.name}` : ""})` }));
  const pick = (claimId) => focusClaim(main, claimId);
  const textBox = markedText(d.text, marks, pick);
  const add = addClaimForm(d, textBox, async () => window.dispatchEvent(new HashChangeEvent("hashchange")));
  append(main, 
    h("p", { class: "crumbs" }, h("a", { href: route("documents") }, "Documents"), " › ", d.id),
    h("h1", { tabindex: "-1" }, d.title || d.id),
    h("p", { class: "muted" }, d.outlet ?? "outlet unknown", " · ", d.published ?? "date unknown", d.url ? [" · ", externalLink(d.url, "original")] : null),
    h("div", { class: "document-layout" },
      h("section", { "aria-label": "Article text" }, textBox),
      h("aside", { "aria-label": "Claims in this article" }, add.form, h("h2", {}, `Claims (${claims.length})`),
        claims.length ? h("ol", { class: "claim-list" }, claims.map((c) => claimItem(c, pick))) : h("p", { class: "muted" }, "No claims found in this article."))),
  );
  if (query.claim) requestAnimationFrame(() => focusClaim(main, query.claim));
  return add.cleanup;
}
