// The map's side panel: a clicked place's control propositions (leading first, as GET /api/map/places/:id
// orders them), each with its status and primary sources, linking to the proposition pages.
import { get, messageOf } from "../api.js";
import { append, clear, h, link } from "../dom.js";
import { formatPeriod, plural, sideName, stanceBadge, statusBadge } from "../format.js";
import { symbolSvg } from "./map-symbols.js";

function sourceItem(s) {
  return h("li", {}, h("span", { class: "source-name" }, s.name), ` (${sideName(s.side)}) `, stanceBadge(s.stance));
}

function propositionItem(p, leading) {
  const period = p.time ? formatPeriod(p.time) : "";
  return h("li", { class: ["control-proposition", leading ? "leading" : null], "data-status": p.status },
    h("div", {}, symbolSvg(p, 14, "legend-symbol"), " ", link(["propositions", p.id], p.title), " ", statusBadge(p.status)),
    h("div", { class: "muted" }, [leading ? "colours the map" : null, period, plural(p.reports, "report")].filter(Boolean).join(" · ")),
    p.primary_sources.length ? h("ul", { class: "sources" }, p.primary_sources.map(sourceItem)) : h("p", { class: "muted" }, "no primary source named"));
}

/** Fills `panel` with the place's propositions; a later call replaces an earlier one still loading. */
export async function showPlacePanel(panel, place, signal) {
  const ticket = Symbol("load");
  panel.ticket = ticket;
  append(clear(panel), h("h2", { tabindex: "-1" }, place.name), h("p", { class: "muted" }, "Loading…"));
  panel.hidden = false;
  let body;
  try {
    body = await get(`/map/places/${encodeURIComponent(place.id ?? place.name)}`, {}, signal);
  } catch (e) {
    if (panel.ticket === ticket && !signal.aborted) panel.querySelector("p").textContent = messageOf(e);
    return;
  }
  if (panel.ticket !== ticket || signal.aborted) return;
  const items = body.propositions;
  append(clear(panel),
    h("h2", { tabindex: "-1" }, place.name),
    h("p", {}, link(["places", place.id ?? place.name], `Place page: timeline and ${plural(place.claims, "claim")}`)),
    items.length
      ? [h("h3", {}, plural(items.length, "control proposition")), h("ol", { class: "control-propositions" }, items.map((p, i) => propositionItem(p, i === 0)))]
      : h("p", { class: "muted" }, "No claim of control about this place."));
  panel.querySelector("h2").focus(); // on a phone the panel is below the map: bring it into view
}
