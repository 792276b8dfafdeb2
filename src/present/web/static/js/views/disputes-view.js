// Disputes: contradicting positions side by side. A disputed proposition puts its asserting sources
// against its denying ones (or its low figure against its high one); contradicting propositions
// ("Russia controls X" against "Ukraine controls X") are paired.
import { get } from "../api.js";
import { append, h, route } from "../dom.js";
import { describe, formatFigure, formatPeriod, plural, sideBadge, stanceBadge, statusBadge } from "../format.js";
import { setTitle } from "../page.js";

const sourceList = (sources) =>
  sources.length
    ? h("ul", { class: "plain" }, sources.map((s) => h("li", {}, h("strong", {}, s.name), " ", sideBadge(s.side), " ", stanceBadge(s.stance),
        s.reported_by?.length ? h("span", { class: "muted" }, ` via ${s.reported_by.join(", ")}`) : null)))
    : h("p", { class: "muted" }, "nobody");

const column = (title, ...content) => h("div", { class: "position" }, title ? h("h4", {}, title) : null, ...content);

function disputedCard(p) {
  const asserted = p.primary_sources.filter((s) => s.stance === "asserted");
  const against = p.primary_sources.filter((s) => s.stance !== "asserted");
  const byFigure = !against.length && p.figure;
  return h("article", { class: "dispute" },
    h("h3", {}, h("a", { href: route("propositions", p.id) }, describe(p)), " ", statusBadge(p.status)),
    h("p", { class: "muted" }, `${formatPeriod(p.time)} · ${plural(p.reports, "report")}`),
    h("div", { class: "sides" },
      byFigure
        ? [column(`Low: ${p.figure.low_from ?? "?"}`, h("p", { class: "figure" }, formatFigure({ ...p.figure, best: null, high: p.figure.low }))),
           column(`High: ${p.figure.high_from ?? "?"}`, h("p", { class: "figure" }, formatFigure({ ...p.figure, best: null, low: p.figure.high })))]
        : [column("Asserted by", sourceList(asserted)), column("Denied or not confirmed by", sourceList(against))]),
  );
}

function pairCard(a, b) {
  const side = (p) => column("", h("p", {}, h("a", { href: route("propositions", p.id) }, describe(p)), " ", statusBadge(p.status)),
    h("p", { class: "muted" }, `${formatPeriod(p.time)} · ${plural(p.reports, "report")}`), sourceList(p.primary_sources));
  return h("article", { class: "dispute" },
    h("h3", {}, `${a.place?.name ?? "Contradicting claims"}: contradicting propositions`),
    h("div", { class: "sides" }, side(a), side(b)));
}

/** Each contradicting pair once, from the propositions' `related` lists. */
function contradictingPairs(all) {
  const byId = new Map(all.map((p) => [p.id, p]));
  const seen = new Set();
  const pairs = [];
  for (const p of all) for (const r of p.related ?? []) {
    const q = byId.get(r.id);
    const key = [p.id, r.id].sort().join("|");
    if (r.relation !== "contradicts" || !q || seen.has(key)) continue;
    seen.add(key);
    pairs.push([p, q]);
  }
  return pairs;
}

export async function disputesView({ main, signal }) {
  setTitle("Disputes");
  const [disputed, all] = await Promise.all([
    get("/propositions", { status: "disputed", limit: 1000 }, signal),
    get("/propositions", { limit: 1000 }, signal),
  ]);
  const pairs = contradictingPairs(all.items);
  append(main, 
    h("h1", { tabindex: "-1" }, "Disputes"),
    h("p", { class: "lede" }, "Where primary sources contradict each other, their positions side by side."),
    h("section", {}, h("h2", { class: "section-title" }, `Disputed propositions (${disputed.total})`),
      disputed.items.length ? disputed.items.map(disputedCard) : h("p", { class: "muted" }, "None yet.")),
    h("section", {}, h("h2", { class: "section-title" }, `Contradicting propositions (${pairs.length})`),
      pairs.length ? pairs.map(([a, b]) => pairCard(a, b)) : h("p", { class: "muted" }, "None yet.")),
  );
}
