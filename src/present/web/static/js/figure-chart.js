// A figure's claimed values over time: each claim a point with its low–high bar, drawn as SVG. Points are
// never joined by a line (a series holds one kind, measure, side, unit and scope, but even so a line would
// suggest a trend between separate claims). Dates on the axis are ISO (2025-11, 2025-11-03), never "9/25".
// Hovering or focusing a point shows the figure as said ("over 6,500 people"), who said it, when, and the
// evidence; the same values are in the table below each chart.
import { h } from "./dom.js";
import { formatNumber } from "./format.js";

const HEIGHT = 190;
const MARGIN = { top: 12, right: 16, bottom: 26, left: 64 };
const SVG = "http://www.w3.org/2000/svg";
const DAY = 86400;

export const SIDE_COLOURS = { RU: "#c0392b", UA: "#1f6fd1", null: "#6b7280" };

/** "2025", "2025-11", "2025-11-07" -> seconds since the epoch (the middle of a month or year). */
export function isoToSeconds(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m ? m - 1 : 6, d ?? (m ? 15 : 1)) / 1000;
}

/**
 * An axis date in ISO: the day when the axis spans under a quarter, else the month (or the year), never
 * finer than the figures' own dates (a month's figures are labelled 2025-11, not 2025-11-15).
 */
export function isoLabel(seconds, span, finest = 10) {
  const iso = new Date(seconds * 1000).toISOString();
  return iso.slice(0, Math.min(finest, span < 100 * DAY ? 10 : span < 4 * 365 * DAY ? 7 : 4));
}

/** Round tick values from 0 to at least `top`: steps of 1, 2 or 5 times a power of ten. */
export function niceTicks(top, most = 5) {
  if (!(top > 0)) return [0, 1];
  const raw = top / (most - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((st) => st >= raw) ?? 10 * power;
  const ticks = [];
  for (let v = 0; v < top + step / 2; v += step) ticks.push(v);
  return ticks;
}

function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) el.setAttribute(k, String(v));
  for (const c of children.flat()) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

const nums = (xs) => xs.filter((x) => typeof x === "number");

/** Who said it, when, through whom, and what: the hover text of a point. */
export function pointText(p) {
  const who = [p.source ?? "unattributed", p.outlet && p.outlet !== p.source ? `via ${p.outlet}` : null].filter(Boolean).join(", ");
  return { head: `${p.text ?? formatNumber(p.best ?? p.low ?? p.high)} · ${p.period ?? p.date}`, who, evidence: p.evidence ?? "" };
}

function draw(series, container, tip) {
  const width = Math.max(260, container.clientWidth || 600);
  const colour = SIDE_COLOURS[series.side] ?? SIDE_COLOURS.null;
  const xs = series.points.map((p) => isoToSeconds(p.date));
  const [first, last] = [Math.min(...xs), Math.max(...xs)];
  const pad = Math.max(20 * DAY, (last - first) * 0.06);
  const [x0, x1] = [first - pad, last + pad];
  const highest = Math.max(0, ...nums(series.points.flatMap((p) => [p.low, p.best, p.high])));
  const yTicks = niceTicks(highest * 1.05);
  const y1 = yTicks.at(-1);
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const sx = (t) => MARGIN.left + ((t - x0) / (x1 - x0)) * plotW;
  const sy = (v) => MARGIN.top + plotH - (v / y1) * plotH;

  const count = Math.max(2, Math.min(6, Math.floor(plotW / 110)));
  const span = last - first;
  const finest = Math.min(...series.points.map((p) => p.date.length));
  // Ticks spread over the dates, each label once and 80 px at least apart (close dates would print one
  // label on top of another).
  const seen = new Set();
  let lastX = -Infinity;
  const xTicks = (first === last ? [first] : Array.from({ length: count }, (_, i) => first + (span * i) / (count - 1)))
    .map((t) => ({ t, label: isoLabel(t, span, finest) }))
    .filter(({ t, label }) => {
      if (seen.has(label) || sx(t) - lastX < 80) return false;
      seen.add(label);
      lastX = sx(t);
      return true;
    });
  // Claims on one date stand side by side, 10 px apart, rather than hiding one another.
  const onDate = new Map();
  xs.forEach((t, i) => onDate.set(t, [...(onDate.get(t) ?? []), i]));
  const nudge = xs.map((t, i) => { const same = onDate.get(t); return (same.indexOf(i) - (same.length - 1) / 2) * 10; });
  const root = svg("svg", { width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`, class: "figure-svg" },
    yTicks.map((v) => svg("g", { class: "tick y" },
      svg("line", { x1: MARGIN.left, x2: width - MARGIN.right, y1: sy(v), y2: sy(v), stroke: "#e5e7eb" }),
      svg("text", { x: MARGIN.left - 6, y: sy(v) + 4, "text-anchor": "end" }, formatNumber(v)))),
    xTicks.map(({ t, label }) => svg("text", { class: "tick x", x: sx(t), y: HEIGHT - 8, "text-anchor": "middle" }, label)),
    series.points.map((p, i) => {
      const x = sx(xs[i]) + nudge[i];
      const low = p.low ?? p.best ?? p.high;
      const high = p.high ?? p.best ?? p.low;
      const mid = p.best ?? (low !== null && high !== null ? (low + high) / 2 : null);
      if (mid === null) return null;
      const text = pointText(p);
      const g = svg("g", { class: "point", tabindex: "0", role: "img", "data-claim": p.claim, "aria-label": `${text.head}; ${text.who}` },
        svg("title", {}, `${text.head}\n${text.who}\n${text.evidence}`),
        low !== high ? [
          svg("line", { x1: x, x2: x, y1: sy(low), y2: sy(high), stroke: colour, "stroke-width": 2 }),
          svg("line", { x1: x - 4, x2: x + 4, y1: sy(low), y2: sy(low), stroke: colour, "stroke-width": 2 }),
          svg("line", { x1: x - 4, x2: x + 4, y1: sy(high), y2: sy(high), stroke: colour, "stroke-width": 2 })] : null,
        svg("circle", { cx: x, cy: sy(mid), r: 5, fill: p.best === null ? "#fff" : colour, stroke: colour, "stroke-width": 2 }));
      const show = () => {
        tip.replaceChildren(h("strong", {}, text.head), h("br"), text.who, text.evidence ? h("span", { class: "tip-evidence" }, `“${text.evidence}”`) : null);
        tip.hidden = false;
        const left = Math.min(Math.max(0, x - 120), Math.max(0, width - 250));
        tip.style.left = `${left}px`;
        tip.style.top = `${Math.max(0, sy(high ?? mid) - 8)}px`;
      };
      const hide = () => { tip.hidden = true; };
      g.addEventListener("mouseenter", show);
      g.addEventListener("focus", show);
      g.addEventListener("mouseleave", hide);
      g.addEventListener("blur", hide);
      return g;
    }));
  return root;
}

export function figureChart(series, container) {
  const tip = h("div", { class: "chart-tip", role: "tooltip", hidden: true });
  container.classList.add("figure-chart");
  const render = () => container.replaceChildren(draw(series, container, tip), tip);
  render();
  let width = container.clientWidth;
  const resize = new ResizeObserver(() => { if (container.clientWidth !== width) { width = container.clientWidth; render(); } });
  resize.observe(container);
  return () => { resize.disconnect(); container.replaceChildren(); };
}

/** The same values as a table, for screen readers and for copying. */
export const figureTable = (series) =>
  h("table", { class: "compact" },
    h("thead", {}, h("tr", {}, ["Date", "Said", "Low", "Best", "High", "Source", "Outlet"].map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, series.points.map((p) => h("tr", {}, [p.period ?? p.date, p.text ?? "—", formatNumber(p.low), formatNumber(p.best), formatNumber(p.high), p.source ?? "—", p.outlet ?? "—"].map((t) => h("td", {}, t))))));
