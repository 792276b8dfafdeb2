// The map: country borders from world-atlas (no tile layer, nothing from the network); each located place
// as a symbol whose shape is the status and whose colour is the side of its leading control proposition
// (chosen in src/ledger/, sent by GET /api/map); names that never overlap; a side panel per clicked place.
import * as L from "/vendor/leaflet/leaflet-src.esm.js";
import { feature } from "/vendor/topojson-client/index.js";
import { get } from "../api.js";
import { append, h, route } from "../dom.js";
import { plural, statusBadge, statusLabel } from "../format.js";
import { setTitle } from "../page.js";
import { declutteredLabels } from "./map-labels.js";
import { showPlacePanel } from "./map-panel.js";
import { controlKey, mapLegend, symbolSize, symbolSvg } from "./map-symbols.js";

const UKRAINE = [[44.2, 22.1], [52.4, 40.3]];
const slug = (s) => s.normalize("NFKD").replace(/[^\w]+/g, "-").toLowerCase();

function controlText(control) {
  if (!control) return "no claim of control";
  return `${control.title} (${statusLabel(control.status)})`;
}

const tooltip = (p) => h("div", {}, h("strong", {}, p.name), h("br"), plural(p.claims, "claim"), h("br"), controlText(p.control));

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
  const panel = h("aside", { class: "map-panel", "aria-live": "polite", hidden: true });
  const list = h("ol", { class: "place-list" });
  append(main, h("h1", { tabindex: "-1" }, "Map"), mapLegend(),
    h("div", { class: "map-layout" }, box, h("div", { class: "map-side", "data-as-of-slot": "" }, panel, h("nav", { "aria-label": "Places" }, h("h2", {}, "Places"), list))));
  const [places, countries] = await Promise.all([get("/map", {}, signal), borders(signal)]);
  if (signal.aborted) return;
  const map = L.map(box, { zoomSnap: 0.25, minZoom: 3, maxZoom: 12, worldCopyJump: false, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Borders: Natural Earth via world-atlas");
  // Settlements are drawn; regions and countries only listed (a symbol at a region's centre would mislead).
  const located = places.items.filter((p) => p.type === "settlement" || p.type === null)
    .map((p) => ({ ...p, size: symbolSize(p.claims), slug: slug(p.name) }))
    .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
  // The view first: layers cannot be placed on a map that has none.
  map.fitBounds(viewOf(located), { maxZoom: 8 });
  L.geoJSON(countries, { style: { color: "#7c8a99", weight: 1, fillColor: "#eef0ea", fillOpacity: 1 }, interactive: false }).addTo(map);
  const open = (p) => showPlacePanel(panel, p, signal);
  located.forEach((p, rank) => {
    const icon = L.divIcon({ html: symbolSvg(p.control, p.size, "place-symbol"), className: `place-marker place-${p.slug} status-${p.status ?? "none"} control-${controlKey(p.control)}`, iconSize: [p.size, p.size] });
    // Fewer claims on top: a small town beside a city (Myrnohrad by Pokrovsk) stays visible and clickable.
    const marker = L.marker([p.lat, p.lon], { icon, zIndexOffset: rank * 1000, keyboard: true, alt: p.name, title: "" });
    marker.bindTooltip(tooltip(p), { direction: "top", offset: [0, -p.size / 2] });
    marker.on("click", () => open(p));
    marker.addTo(map);
    marker.getElement().dataset.place = p.name;
  });
  const placeLabels = declutteredLabels(L, map, located);
  placeLabels();
  map.on("zoomend moveend resize", placeLabels);
  list.append(...places.items.map((p) => h("li", {},
    symbolSvg(p.control, 14, "legend-symbol"), " ",
    h("a", { href: route("places", p.id ?? p.name), on: { click: (e) => { if (p.type === "settlement" || p.type === null) { e.preventDefault(); open(p); } } } }, p.name),
    p.type && p.type !== "settlement" ? h("span", { class: "muted" }, ` (${p.type})`) : null, ` · ${plural(p.claims, "claim")}`,
    p.control ? [" · ", statusBadge(p.control.status)] : null)));
  return () => { map.off("zoomend moveend resize", placeLabels); map.remove(); };
}
