// Disputes: contradicting positions side by side. Each disputed proposition, with the propositions that
// contradict it, as columns of what is said ("Russian control of Pokrovsk" / "denies: …" / "cannot
// confirm: …"), each listing who says it, when and through which outlets. Contradicting propositions
// that no dispute covers are paired below.
import { get } from "../api.js";
import { append, h, route } from "../dom.js";
import { formatPeriod, titleOf, plural, sideBadge, stanceBadge, statusBadge } from "../format.js";
import { setTitle } from "../page.js";

const sourceItem = (x) => h("li", {},
  h("strong", {}, x.source), " ", sideBadge(x.side), " ", h("span", { class: "muted" }, x.when ?? "undated"),
  x.outlets.length ? h("span", { class: "muted" }, ` · via ${x.outlets.join(", ")}`) : null,
  x.hedges.length ? h("span", { class: "hedges" }, ` · ${x.hedges.join(", ")}`) : null);

function positionColumn(group, mainId) {
  const own = group.sources[0]?.propositionId;
  return h("div", { class: ["position", `stance-${group.stance}`] },
    h("h4", {}, stanceBadge(group.stance), " ", group.says),
    own && own !== mainId ? h("p", { class: "muted" }, h("a", { href: route("propositions", own) }, "its proposition")) : null,
    h("ul", { class: "plain" }, group.sources.map(sourceItem)));
}

function disputeCard(d) {
  const p = d.proposition;
  return h("article", { class: "dispute" },
    h("h3", {}, h("a", { href: route("propositions", p.id) }, titleOf(p)), " ", statusBadge(p.status)),
    h("p", { class: "muted" }, `${formatPeriod(p.time)} · ${plural(p.reports, "report")}`,
      d.contradicting.length ? ` · contradicted by ${d.contradicting.map(titleOf).join("; ")}` : ""),
    h("div", { class: "sides" }, d.positions.map((g) => positionColumn(g, p.id))));
}

const sourceList = (sources) => h("ul", { class: "plain" }, sources.map((s) => h("li", {}, h("strong", {}, s.name), " ", sideBadge(s.side), " ", stanceBadge(s.stance),
  s.reported_by?.length ? h("span", { class: "muted" }, ` via ${s.reported_by.join(", ")}`) : null)));

function pairCard(a, b) {
  const column = (p) => h("div", { class: "position" },
    h("h4", {}, h("a", { href: route("propositions", p.id) }, titleOf(p)), " ", statusBadge(p.status)),
    h("p", { class: "muted" }, `${formatPeriod(p.time)} · ${plural(p.reports, "report")}`), sourceList(p.primary_sources));
  return h("article", { class: "dispute" }, h("h3", {}, `${a.place?.name ?? "Contradicting claims"}: contradicting propositions`), h("div", { class: "sides" }, column(a), column(b)));
}

/** Contradicting pairs that no dispute already shows, each pair once. */
function otherPairs(all, covered) {
  const byId = new Map(all.map((p) => [p.id, p]));
  const seen = new Set();
  const pairs = [];
  for (const p of all) for (const r of p.related ?? []) {
    const q = byId.get(r.id);
    const key = [p.id, r.id].sort().join("|");
    if (r.relation !== "contradicts" || !q || seen.has(key) || covered.has(p.id) || covered.has(q.id)) continue;
    seen.add(key);
    pairs.push([p, q]);
  }
  return pairs;
}

export async function disputesView({ main, signal }) {
  setTitle("Disputes");
  const [disputes, all] = await Promise.all([get("/disputes", { limit: 1000 }, signal), get("/propositions", { limit: 1000 }, signal)]);
  const covered = new Set(disputes.items.flatMap((d) => [d.proposition.id, ...d.contradicting.map((q) => q.id)]));
  const pairs = otherPairs(all.items, covered);
  append(main,
    h("h1", { tabindex: "-1" }, "Disputes"),
    h("p", { class: "lede" }, "Where primary sources contradict each other: what each says, side by side."),
    h("section", {}, h("h2", { class: "section-title" }, `Disputed propositions (${disputes.total})`),
      disputes.items.length < disputes.total ? h("p", { class: "muted" }, `Showing the first ${disputes.items.length} of ${disputes.total}; filter the ledger by place to see the others.`) : null,
      disputes.items.length ? disputes.items.map(disputeCard) : h("p", { class: "muted" }, "None yet.")),
    h("section", {}, h("h2", { class: "section-title" }, `Other contradicting propositions (${pairs.length})`),
      all.items.length < all.total ? h("p", { class: "muted" }, `Found among the first ${all.items.length} of ${all.total} propositions; filter the ledger by place to see the others.`) : null,
      pairs.length ? pairs.map(([a, b]) => pairCard(a, b)) : h("p", { class: "muted" }, "None.")),
  );
}
