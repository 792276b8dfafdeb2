// A place: claims about it in date order, coloured by side, and a chart of each figure's claimed
// values over time (low/best/high band).
import { get } from "../api.js";
import { append, h, route } from "../dom.js";
import { figureChart, figureTable } from "../figure-chart.js";
import { describe, formatClaimValue, formatNumber, plural, sideBadge, stanceBadge, statusBadge } from "../format.js";
import { setTitle } from "../page.js";

function controlLine(control) {
  if (!control) return h("p", { class: "muted" }, "No claim of control recorded.");
  return h("p", {}, "Control: ", h("a", { href: route("propositions", control.proposition) }, control.title), " ", statusBadge(control.status),
    control.time ? h("span", { class: "muted" }, ` (${control.time.end ?? control.time.start})`) : null);
}

function entryItem(e) {
  const c = e.claim;
  const value = formatClaimValue(c);
  return h("li", { class: ["timeline-entry", `side-${c.side ?? "none"}`, `stance-${c.polarity}`] },
    h("span", { class: "date" }, e.date ?? "undated"),
    h("div", { class: "body" },
      h("p", {}, sideBadge(c.side), " ", h("strong", {}, e.title ?? describe({ ...c, place: null })), value ? ` — ${value}` : "", " ", stanceBadge(c.polarity)),
      h("p", { class: "muted" }, `${e.source ?? "unattributed"}`, e.outlet ? `, via ${e.outlet}` : "", c.hedges?.length ? ` (${c.hedges.join(", ")})` : ""),
      h("blockquote", { class: "evidence-short" }, c.evidence.text),
      h("a", { href: route("documents", c.doc, { claim: c.id }) }, "In the article")));
}

function figureSection(series, cleanups) {
  const title = `${describe({ ...series, place: null })}${series.unit && series.unit !== "people" ? ` (${series.unit === "percent" ? "%" : series.unit})` : ""}`;
  const box = h("div", { class: "chart", role: "img", "aria-label": `${title}: ${plural(series.points.length, "claimed value")}` });
  const section = h("section", { class: "figure-series" }, h("h3", {}, title), box,
    h("details", {}, h("summary", {}, "Values"), figureTable(series)));
  queueMicrotask(() => { if (box.isConnected) cleanups.push(figureChart(series, box)); });
  return section;
}

export async function placeView({ main, params: [id], signal }) {
  const t = await get(`/places/${encodeURIComponent(id)}/timeline`, {}, signal);
  const place = t.place;
  setTitle(place.name);
  const cleanups = [];
  append(main, 
    h("p", { class: "crumbs" }, h("a", { href: route("map") }, "Map"), " › ", place.name),
    h("h1", { tabindex: "-1" }, place.name),
    h("p", { class: "muted" }, `${plural(place.claims, "claim")}`, place.lat !== null ? ` · ${formatNumber(place.lat)}, ${formatNumber(place.lon)}` : "", " · ",
      h("a", { href: route("", { place: place.name }) }, "propositions in the ledger")),
    controlLine(place.control),
    h("section", {}, h("h2", {}, "Figures over time"),
      t.figures.length ? h("div", { class: "figures" }, t.figures.map((s) => figureSection(s, cleanups))) : h("p", { class: "muted" }, "No figures claimed for this place.")),
    h("section", {}, h("h2", {}, `Timeline (${t.total ?? t.entries.length})`),
      h("p", { class: "legend" }, h("span", { class: "swatch side-RU" }), " Russia ", h("span", { class: "swatch side-UA" }), " Ukraine ", h("span", { class: "swatch side-none" }), " side not said"),
      h("ol", { class: "timeline" }, t.entries.map(entryItem))),
  );
  return () => cleanups.forEach((f) => f());
}
