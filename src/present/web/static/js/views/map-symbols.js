// How the map draws a place: the colour is the side of its leading control proposition (chosen by status
// in src/ledger/place-summary.ts, never the latest claim), the shape is that proposition's status, so one
// single-source sentence cannot make a disputed place look held. Built as SVG nodes (no markup parsed).
import { h } from "../dom.js";
import { STATUS_TEXT } from "../format.js";

const SVG = "http://www.w3.org/2000/svg";
export const SIDE_COLOURS = { RU: "#c0392b", UA: "#1f6fd1", contested: "#d97706", none: "#6b7280" };
const DISPUTED = "#7c3aed";

/** Status -> shape and paint. Disputed outranks the side: it is drawn in its own colour. */
export const STATUS_SYMBOLS = {
  corroborated: { shape: "circle", fill: 0.9, words: "corroborated (both sides, or an independent source)" },
  one_sided: { shape: "triangle", fill: 0.55, words: "asserted by one side only" },
  single_source: { shape: "triangle", fill: 0.12, dash: "3 2", words: "single source" },
  disputed: { shape: "diamond", fill: 0.8, colour: DISPUTED, words: "disputed (asserted and denied)" },
  unconfirmed: { shape: "square", fill: 0.1, dash: "2 2", colour: SIDE_COLOURS.none, words: "could not be confirmed" },
  denied: { shape: "cross", fill: 0, colour: SIDE_COLOURS.none, words: "only denied" },
};
const NO_CONTROL = { shape: "dot", fill: 0.35, colour: SIDE_COLOURS.none, words: "no claim of control" };

export const controlKey = (control) => (!control ? "none" : control.measure === "contested" ? "contested" : control.side ?? "none");
export const symbolOf = (control) => (control ? STATUS_SYMBOLS[control.status] ?? NO_CONTROL : NO_CONTROL);
export const colourOf = (control) => symbolOf(control).colour ?? SIDE_COLOURS[controlKey(control)];
/** Pixels across: a little larger with more claims, never so large it covers a neighbour. */
export const symbolSize = (claims) => Math.round(Math.min(22, 12 + 1.5 * Math.sqrt(claims)));

const node = (tag, attrs) => {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, String(v));
  return el;
};
const SHAPES = {
  circle: () => node("circle", { cx: 10, cy: 10, r: 8 }),
  dot: () => node("circle", { cx: 10, cy: 10, r: 5 }),
  triangle: () => node("polygon", { points: "10,2 18.5,17 1.5,17" }),
  diamond: () => node("polygon", { points: "10,1 19,10 10,19 1,10" }),
  square: () => node("rect", { x: 3, y: 3, width: 14, height: 14 }),
  cross: () => node("path", { d: "M4 4 L16 16 M16 4 L4 16" }),
};

/** The symbol as an <svg> element, `size` px across; `className` lets tests and CSS find it. */
export function symbolSvg(control, size, className) {
  const s = symbolOf(control);
  const colour = colourOf(control);
  const svg = node("svg", { viewBox: "0 0 20 20", width: size, height: size, class: className, "aria-hidden": "true" });
  svg.append(Object.entries({ fill: colour, "fill-opacity": s.fill, stroke: colour, "stroke-width": s.shape === "cross" ? 3 : 2, "stroke-dasharray": s.dash })
    .reduce((el, [k, v]) => { if (v !== undefined) el.setAttribute(k, String(v)); return el; }, SHAPES[s.shape]()));
  return svg;
}

export function mapLegend() {
  const row = (control, text, title) => h("li", { title }, symbolSvg(control, 16, "legend-symbol"), ` ${text}`);
  return h("div", { class: "map-legend", "aria-label": "Legend" },
    h("p", {}, "Each place is drawn from the control proposition that speaks for it, chosen by status (a disputed one before a single-source one, however recent), never from the latest claim alone."),
    h("div", { class: "legend-groups" },
      h("section", {}, h("h2", {}, "Shape: status"), h("ul", { class: "legend" },
        Object.entries(STATUS_SYMBOLS).map(([status, s]) => row({ status, side: "RU", measure: "controls" }, s.words, STATUS_TEXT[status])),
        row(null, NO_CONTROL.words))),
      h("section", {}, h("h2", {}, "Colour: side said to control"), h("ul", { class: "legend" },
        row({ status: "corroborated", side: "RU", measure: "controls" }, "Russia"),
        row({ status: "corroborated", side: "UA", measure: "controls" }, "Ukraine"),
        row({ status: "corroborated", side: null, measure: "contested" }, "fighting inside"),
        h("li", {}, "Disputed places are violet whichever side asserts, and unconfirmed or denied ones grey: their side is in the panel.")))));
}
