// The map: country borders from world-atlas (no tile layer, nothing from the network), settlements
// with claims as circles (size = claims, colour = the leading control proposition (by status), outline = its status).
import * as L from "/vendor/leaflet/leaflet-src.esm.js";
import { feature } from "/vendor/topojson-client/index.js";
import { get } from "../api.js";
import { append, h, route } from "../dom.js";
import { plural, sideName, statusBadge, statusLabel } from "../format.js";
import { setTitle } from "../page.js";

const CONTROL_COLOURS = { RU: "#c0392b", UA: "#1f6fd1", contested: "#d97706", none: "#6b7280" };
const UKRAINE = [[44.2, 22.1], [52.4, 40.3]];

/** Solid for corroborated, lighter for one source or side, dashed when disputed, hollow when only denied. */
const STATUS_STYLE = {
  corroborated: { fillOpacity: 0.85 },
  one_sided: { fillOpacity: 0.55 },
  single_source: { fillOpacity: 0.55 },
  disputed: { fillOpacity: 0.45, dashArray: "4 3", weight: 3 },
  unconfirmed: { fillOpacity: 0.15, dashArray: "2 3" },
  denied: { fillOpacity: 0.1, dashArray: "2 3" },
};

export const controlKey = (control) => (!control ? "none" : control.measure === "contested" ? "contested" : control.side ?? "none");
const slug = (s) => s.normalize("NFKD").replace(/[^\w]+/g, "-").toLowerCase();
const radius = (claims) => Math.min(24, 5 + 2.5 * Math.sqrt(claims));

/** Names on the map for the most-claimed places, skipping any too near one already named (~15 km). */
function labelsFor(located, limit = 15) {
  const named = [];
  for (const p of located) {
    if (named.length >= limit) break;
    if (named.every((q) => Math.hypot(q.lat - p.lat, (q.lon - p.lon) * 0.66) > 0.14)) named.push(p);
  }
  return new Set(named);
}

function controlText(control) {
  if (!control) return "no claim of control";
  return `${control.title ?? sideName(control.side)} (${statusLabel(control.status)})`;
}

function legend() {
  const swatch = (key, text) => h("li", {}, h("span", { class: `swatch control-${key}` }), ` ${text}`);
  return h("div", { class: "map-legend" },
    h("p", {}, "Colour: the side of the place’s leading control proposition (by status: disputed first, never just the latest claim). Size: number of claims. Dashed: disputed; faint: denied or unconfirmed."),
    h("ul", { class: "inline" }, swatch("RU", "Russia"), swatch("UA", "Ukraine"), swatch("contested", "contested"), swatch("none", "no control claim")));
}

function tooltip(p) {
  return h("div", {}, h("strong", {}, p.name), h("br"), plural(p.claims, "claim"), h("br"), controlText(p.control));
}

/** The places' extent, padded, and never so small that no border is in sight. */
function viewOf(located) {
  if (!located.length) return L.latLngBounds(UKRAINE);
  const bounds = L.latLngBounds(located.map((p) => [p.lat, p.lon])).pad(0.2);
  const c = bounds.getCenter();
  return bounds.extend([[c.lat - 1.2, c.lng - 2], [c.lat + 1.2, c.lng + 2]]);
}

async function borders(signal) {
  const res = await fetch("/data/countries-50m.json", { signal });
  const topology = await res.json();
  return feature(topology, topology.objects.countries);
}

export async function mapView({ main, signal }) {
  setTitle("Map");
  const box = h("div", { class: "map", id: "map", "aria-label": "Map of places with claims; the list beside it has the same places" });
  const list = h("ol", { class: "place-list" });
  append(main, h("h1", { tabindex: "-1" }, "Map"), legend(), h("div", { class: "map-layout" }, box, h("nav", { "aria-label": "Places" }, h("h2", {}, "Places"), list)));
  const [places, countries] = await Promise.all([get("/places", {}, signal), borders(signal)]);
  if (signal.aborted) return;
  const map = L.map(box, { zoomSnap: 0.25, minZoom: 3, maxZoom: 12, worldCopyJump: false, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Borders: Natural Earth via world-atlas");
  // Settlements are drawn; regions and countries only listed (a circle at a region's centre would mislead).
  const located = places.items.filter((p) => p.lat !== null && p.lon !== null && (p.type === "settlement" || p.type === null)).sort((a, b) => b.claims - a.claims);
  // The view first: paths cannot be placed on a map that has none.
  map.fitBounds(viewOf(located), { maxZoom: 8 });
  L.geoJSON(countries, { style: { color: "#7c8a99", weight: 1, fillColor: "#eef0ea", fillOpacity: 1 }, interactive: false }).addTo(map);
  const labelled = labelsFor(located);
  for (const p of located) {
    const key = controlKey(p.control);
    const colour = CONTROL_COLOURS[key];
    const marker = L.circleMarker([p.lat, p.lon], {
      radius: radius(p.claims), color: colour, weight: 2, fillColor: colour, fillOpacity: 0.6,
      ...(p.control ? STATUS_STYLE[p.control.status] : { fillOpacity: 0.3 }),
      className: `place-marker place-${slug(p.name)}`,
    });
    marker.bindTooltip(tooltip(p), { direction: "top" });
    marker.on("click", () => { location.hash = route("places", p.id ?? p.name); });
    marker.addTo(map);
    if (labelled.has(p)) L.tooltip({ permanent: true, direction: "right", offset: [radius(p.claims), 0], className: "place-label", interactive: false })
      .setLatLng([p.lat, p.lon]).setContent(h("span", {}, p.name)).addTo(map);
  }
  list.append(...places.items.map((p) => h("li", {},
    h("span", { class: `swatch control-${controlKey(p.control)}` }), " ",
    h("a", { href: route("places", p.id ?? p.name) }, p.name), p.type && p.type !== "settlement" ? h("span", { class: "muted" }, ` (${p.type})`) : null, ` · ${plural(p.claims, "claim")}`,
    p.control ? [" · ", statusBadge(p.control.status)] : null)));
  return () => map.remove();
}
