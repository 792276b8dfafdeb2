// One claim as the proposition and place pages show it: figure, stance, hedges, who reported it,
// and its evidence highlighted inside the paragraph of the article it came from.
import { h, route } from "../dom.js";
import { locate, markedText, paragraphAround } from "../article-text.js";
import { formatClaimValue, formatPeriod, sideBadge, stanceBadge } from "../format.js";

export const claimClass = (c) => [`side-${c.side ?? "none"}`, `stance-${c.polarity}`].join(" ");

/** The evidence inside its paragraph; the quoted span alone when the article text is not at hand. */
export function evidenceExcerpt(claim, doc) {
  const text = doc?.document?.text;
  const at = text ? locate(text, claim.evidence, doc.document.offset ?? 0) : null;
  if (!at) return h("blockquote", { class: "evidence" }, h("mark", { class: ["claim-mark", claimClass(claim)] }, claim.evidence.text));
  const { from, to, cutBefore, cutAfter } = paragraphAround(text, at.start, at.end);
  const mark = { start: at.start - from, end: at.end - from, claim: claim.id, className: claimClass(claim) };
  const box = markedText(text.slice(from, to), [mark]);
  box.classList.add("evidence");
  if (cutBefore) box.prepend("… ");
  if (cutAfter) box.append(" …");
  return box;
}

export function claimCard(claim, doc) {
  const d = doc?.document;
  const value = formatClaimValue(claim);
  return h("article", { class: ["claim", claimClass(claim)], id: `claim-${claim.id}` },
    h("header", {},
      stanceBadge(claim.polarity), " ", sideBadge(claim.side), " ",
      value ? h("strong", { class: "figure" }, value) : null, " ",
      h("span", { class: "muted" }, formatPeriod(claim.time)),
      claim.source ? h("span", { class: "speaker" }, ` — ${claim.source.name}${claim.source.role ? ` (${claim.source.role})` : ""}`) : h("span", { class: "speaker muted" }, " — the article's own voice"),
    ),
    claim.hedges?.length ? h("p", { class: "hedges" }, "Hedged: ", claim.hedges.map((x, i) => [i ? ", " : "", h("q", {}, x)])) : null,
    evidenceExcerpt(claim, doc),
    h("p", { class: "reported" }, "Reported by ",
      h("a", { href: route("documents", claim.doc, { claim: claim.id }) }, d?.outlet ?? claim.doc),
      d?.published ? `, ${d.published}` : "", d?.title ? h("span", { class: "muted" }, ` — ${d.title}`) : null),
  );
}
