// A place: claims about it in date order, coloured by side, a page of them at a time, and a chart of each
// figure's claimed values over time (points with low–high bars, one chart per figure and scope). The
// address's place goes through the one place lookup (/api/place-lookup): an ambiguous name shows its
// places to choose from, an unknown one its close names.
import { get } from "../api.js";
import { append, h, route } from "../dom.js";
import { figureChart, figureTable } from "../figure-chart.js";
import { describe, formatClaimValue, formatNumber, plural, sideBadge, stanceBadge, statusBadge } from "../format.js";
import { setTitle } from "../page.js";
import { offsetOf, pager } from "../pager.js";

/** Timeline entries on one page: a place with thousands of claims is not one endless page. */
const PAGE = 100;

const PERIOD_SCOPE = { day: "a day's figures", month: "monthly figures", year: "yearly figures", span: "figures over a period" };
const PLACE_SCOPE = { near: "near the place", region: "region-wide", country: "country-wide" };

/** "a day's figures, region-wide": what one figure of the series covers. */
export const scopeText = (scope) => scope ? [PERIOD_SCOPE[scope.period], PLACE_SCOPE[scope.place]].filter(Boolean).join(", ") : "";

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
  const scope = scopeText(series.scope);
  const box = h("div", { class: "chart", role: "group", "aria-label": `${title}${scope ? `, ${scope}` : ""}: ${plural(series.points.length, "claimed value")}` });
  const section = h("section", { class: "figure-series" }, h("h3", {}, title, scope ? h("span", { class: "muted scope" }, ` · ${scope}`) : null), box,
    h("details", {}, h("summary", {}, "Values"), figureTable(series)));
  queueMicrotask(() => { if (box.isConnected) cleanups.push(figureChart(series, box)); });
  return section;
}

/** An ambiguous or unknown name: its places (with region, country, claims) or close names, as links. */
function choosePlace(main, typed, lookup) {
  setTitle(typed);
  const placeLink = (c) => h("li", {}, h("a", { href: route("places", c.id ?? c.name) }, c.label ?? c.name), h("span", { class: "muted" }, c.claims ? ` · ${plural(c.claims, "claim")}` : " · no claims yet"));
  append(main,
    h("p", { class: "crumbs" }, h("a", { href: route("map") }, "Map"), " › ", typed),
    h("h1", { tabindex: "-1" }, typed),
    lookup.status === "ambiguous"
      ? [h("p", { class: "place-note" }, `“${typed}” names ${lookup.candidates.length} places. Which one?`), h("ul", { class: "place-chooser-list" }, lookup.candidates.map(placeLink))]
      : [h("p", { class: "place-note" }, `No place called “${typed}” in the gazetteer or the ledger.`),
        lookup.suggestions.length ? h("p", {}, "Did you mean ", lookup.suggestions.map((n, i) => [i ? " or " : "", h("a", { href: route("places", n) }, n)]), "?") : null]);
}

export async function placeView({ main, params: [id], query, signal }) {
  const lookup = await get("/place-lookup", { place: id }, signal);
  if (lookup.status !== "found") return choosePlace(main, id, lookup);
  const offset = offsetOf(query);
  const t = await get(`/places/${encodeURIComponent(lookup.place.id ?? id)}/timeline`, { limit: PAGE, offset }, signal);
  const place = t.place;
  setTitle(place.name);
  const cleanups = [];
  const pages = () => pager({ total: t.total, offset, limit: PAGE, shown: t.entries.length, noun: "claim", hrefOf: (o) => route("places", id, { offset: o || undefined }) });
  append(main, 
    h("p", { class: "crumbs" }, h("a", { href: route("map") }, "Map"), " › ", place.name),
    h("h1", { tabindex: "-1" }, place.name),
    h("p", { class: "muted" }, `${plural(place.claims, "claim")}`, place.lat !== null ? ` · ${formatNumber(place.lat)}, ${formatNumber(place.lon)}` : "", " · ",
      h("a", { href: route("", { place: place.name }) }, "propositions in the ledger")),
    controlLine(place.control),
    h("section", {}, h("h2", {}, "Figures over time"),
      t.figures.length ? h("div", { class: "figures" }, t.figures.map((s) => figureSection(s, cleanups))) : h("p", { class: "muted" }, "No figures claimed for this place.")),
    h("section", { class: "place-timeline" }, h("h2", {}, `Timeline (${formatNumber(t.total)})`),
      h("p", { class: "legend" }, h("span", { class: "swatch side-RU" }), " Russia ", h("span", { class: "swatch side-UA" }), " Ukraine ", h("span", { class: "swatch side-none" }), " side not said"),
      t.total > PAGE ? pages() : null,
      h("ol", { class: "timeline", start: offset + 1 }, t.entries.map(entryItem)),
      t.total > PAGE ? pages() : null),
  );
  return () => cleanups.forEach((f) => f());
}
