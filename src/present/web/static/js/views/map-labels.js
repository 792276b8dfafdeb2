// Place names that never overlap: labels are placed in priority order (most contested status, then most
// claims), each at the first of right, left, above or below its symbol that collides with no symbol and no
// label already placed, and hidden when none is free; placed again after every zoom and pan.
import { h } from "../dom.js";

const SIDES = ["right", "left", "above", "below"];
const GAP = 3;
const overlaps = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function candidate(side, pt, r, w, hgt) {
  if (side === "right") return { x: pt.x + r + GAP, y: pt.y - hgt / 2, w, h: hgt };
  if (side === "left") return { x: pt.x - r - GAP - w, y: pt.y - hgt / 2, w, h: hgt };
  if (side === "above") return { x: pt.x - w / 2, y: pt.y - r - GAP - hgt, w, h: hgt };
  return { x: pt.x - w / 2, y: pt.y + r + GAP, w, h: hgt };
}

/**
 * places: [{ name, lat, lon, size, slug }] in priority order. Adds a pane of labels to `map` and returns
 * a function that places them again (called on zoomend/moveend).
 */
export function declutteredLabels(L, map, places) {
  const pane = map.createPane("place-labels");
  pane.classList.add("leaflet-zoom-hide");
  const labels = places.map((p) => {
    const el = h("span", { class: `place-label label-${p.slug}`, "data-place": p.name }, p.name);
    pane.append(el);
    return { p, el, w: el.offsetWidth, h: el.offsetHeight };
  });
  function place() {
    const size = map.getSize();
    const origin = map.containerPointToLayerPoint([0, 0]);
    const view = { x: origin.x, y: origin.y, w: size.x, h: size.y };
    const points = new Map(places.map((p) => [p, map.latLngToLayerPoint([p.lat, p.lon])]));
    const taken = places.map((p) => {
      const pt = points.get(p);
      return { x: pt.x - p.size / 2, y: pt.y - p.size / 2, w: p.size, h: p.size };
    });
    for (const label of labels) {
      const pt = points.get(label.p);
      const free = SIDES.map((side) => candidate(side, pt, label.p.size / 2, label.w, label.h))
        .find((box) => box.x >= view.x && box.y >= view.y && box.x + box.w <= view.x + view.w && box.y + box.h <= view.y + view.h
          && taken.every((t) => !overlaps(box, t)));
      label.el.classList.toggle("is-hidden", !free);
      if (!free) continue;
      taken.push(free);
      L.DomUtil.setPosition(label.el, L.point(Math.round(free.x), Math.round(free.y)));
    }
  }
  return place;
}
