// A proposition: every claim behind it, grouped by primary source with side and stance, hedges,
// reporting outlets, reference checks, and each claim's evidence highlighted in its article.
import { documentCache, get } from "../api.js";
import { append, h, route } from "../dom.js";
import { figureTextOf, titleOf, formatPeriod, plural, sideBadge, stanceBadge, STATUS_TEXT, statusBadge } from "../format.js";
import { setTitle } from "../page.js";
import { claimCard } from "./claim-evidence.js";
import { reviewBar, reviewHistory, reviewKeys } from "./claim-review.js";
import { settlementSection } from "./settle-form.js";

const STANCE_ORDER = { asserted: 0, denied: 1, unconfirmed: 2 };

function figureSources(f) {
  if (!f || (!f.low_from && !f.high_from)) return null;
  const text = f.low_from === f.high_from ? ` (from ${f.low_from})` : ` (low from ${f.low_from ?? "?"}, high from ${f.high_from ?? "?"})`;
  return h("span", { class: "muted" }, text);
}

function facts(p) {
  const f = p.figure;
  return h("dl", { class: "facts" },
    h("dt", {}, "Status"), h("dd", {}, statusBadge(p.status), " ", h("span", { class: "muted" }, STATUS_TEXT[p.status] ?? "")),
    h("dt", {}, "Period"), h("dd", {}, formatPeriod(p.time)),
    h("dt", {}, "Figure"), h("dd", {}, figureTextOf(p), figureSources(f)),
    h("dt", {}, "Reports"), h("dd", {}, `${plural(p.reports, "article")} ${p.reports === 1 ? "carries" : "carry"} it, from ${plural(p.primary_sources.length, "primary source")}`),
    h("dt", {}, "Place"), h("dd", {}, p.place ? h("a", { href: route("places", p.place.id ?? p.place.name) }, p.place.name) : "—"),
  );
}

function checks(p) {
  if (!p.checks?.length) return null;
  return h("section", { class: "checks" }, h("h2", {}, "Checks against reference data"),
    h("ul", {}, p.checks.map((c) => h("li", { class: `check-${c.result}` }, h("strong", {}, c.result), ` against ${String(c.against).replace(/_/g, " ")}: ${c.detail}`))));
}

function related(detail) {
  if (!detail.related?.length) return null;
  return h("section", {}, h("h2", {}, "Related propositions"),
    h("ul", {}, detail.related.map((r) => h("li", {}, `${r.relation}: `,
      r.proposition ? [h("a", { href: route("propositions", r.id) }, titleOf(r.proposition)), " ", statusBadge(r.proposition.status)] : r.id))));
}

function sourceSection(source, claims, docs, reviewed) {
  return h("section", { class: ["source", `stance-${source.stance}`, `side-${source.side ?? "none"}`] },
    h("h3", {}, h("a", { href: route("sources", source.name, source.side ? { side: source.side } : null), title: "the source's track record" }, source.name), " ", sideBadge(source.side), " ", stanceBadge(source.stance)),
    h("p", { class: "muted" },
      source.speakers?.length ? `Speakers: ${source.speakers.join(", ")}. ` : "",
      source.reported_by?.length ? `Reported by ${source.reported_by.join(", ")}.` : "",
      source.hedges?.length ? ` Hedges: ${source.hedges.join(", ")}.` : ""),
    claims.map((c) => {
      const card = claimCard(c, docs.get(c.doc));
      card.tabIndex = -1;
      card.append(reviewBar(c, reviewed));
      return card;
    }),
  );
}

export async function propositionView({ main, params: [id], signal }) {
  const detail = await get(`/propositions/${encodeURIComponent(id)}`, {}, signal);
  const p = detail.proposition;
  setTitle(titleOf(p));
  const fetchDoc = documentCache(signal);
  const docs = new Map(await Promise.all([...new Set(detail.claims.map((c) => c.doc))].map(async (d) => [d, await fetchDoc(d).catch(() => null)])));
  const byId = new Map(detail.claims.map((c) => [c.id, c]));
  const sources = [...detail.sources].sort((a, b) => (STANCE_ORDER[a.stance] ?? 3) - (STANCE_ORDER[b.stance] ?? 3));
  const [history, settlement] = await Promise.all([get(`/propositions/${encodeURIComponent(id)}/history`, {}, signal),
    get(`/propositions/${encodeURIComponent(id)}/settlement`, {}, signal)]);
  // After a review the page is shown again; a proposition whose claims were all rejected (or whose
  // period moved) is gone under this id, and the ledger is shown instead.
  const reviewed = async () => {
    const still = await get(`/propositions/${encodeURIComponent(id)}`).then(() => true, () => false);
    if (still) window.dispatchEvent(new HashChangeEvent("hashchange"));
    else location.hash = "#/";
  };
  append(main, 
    h("p", { class: "crumbs" }, h("a", { href: route("") }, "Ledger"), p.place ? [" › ", h("a", { href: route("", { place: p.place.name }) }, p.place.name)] : null),
    h("h1", { tabindex: "-1" }, titleOf(p)),
    facts(p),
    checks(p),
    settlementSection(p, settlement, () => window.dispatchEvent(new HashChangeEvent("hashchange"))),
    related(detail),
    h("section", { class: "sources" }, h("h2", {}, `Claims by primary source (${detail.claims.length})`),
      sources.map((s) => sourceSection(s, s.claimIds.map((cid) => byId.get(cid)).filter(Boolean), docs, reviewed))),
    reviewHistory(history.events, reviewed),
    h("p", {}, h("a", { href: `/api/propositions/${encodeURIComponent(p.id)}/claimreview` }, "ClaimReview JSON-LD"), " · ",
      h("a", { href: `/api/propositions/${encodeURIComponent(p.id)}` }, "JSON")),
  );
  return reviewKeys(main);
}
