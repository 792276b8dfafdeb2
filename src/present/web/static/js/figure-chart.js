// A figure's claimed values over time: the best value as a line with points, low-high as a band (uPlot).
import uPlot from "/vendor/uplot/uPlot.esm.js";
import { h } from "./dom.js";
import { formatNumber } from "./format.js";

const HEIGHT = 190;

export const SIDE_COLOURS = { RU: "#c0392b", UA: "#1f6fd1", null: "#6b7280" };

/** "2025", "2025-11", "2025-11-07" -> seconds since the epoch (the middle of a month or year). */
export function isoToSeconds(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m ? m - 1 : 6, d ?? (m ? 15 : 1)) / 1000;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : null; };
const nums = (xs) => xs.filter((x) => typeof x === "number");

/** Points on one date merge: the widest band and the median best value. */
function columns(points) {
  const byX = new Map();
  for (const p of points) byX.set(isoToSeconds(p.date), [...(byX.get(isoToSeconds(p.date)) ?? []), p]);
  const xs = [...byX.keys()].sort((a, b) => a - b);
  const pick = (f) => xs.map((x) => { const v = nums(byX.get(x).map(f)); return v.length ? v : null; });
  return [xs, pick((p) => p.low).map((v) => v && Math.min(...v)), pick((p) => p.best).map((v) => v && median(v)), pick((p) => p.high).map((v) => v && Math.max(...v))];
}

export function figureChart(series, container) {
  const colour = SIDE_COLOURS[series.side] ?? SIDE_COLOURS.null;
  const data = columns(series.points);
  const highest = Math.max(0, ...nums(data.slice(1).flat()));
  const [first, last] = [data[0][0], data[0][data[0].length - 1]];
  const pad = Math.max(20 * 86400, (last - first) * 0.06);
  const opts = {
    width: Math.max(260, container.clientWidth || 600),
    height: HEIGHT,
    scales: {
      x: { time: true, range: [first - pad, last + pad] },
      y: { range: [0, highest ? highest * 1.15 : 1] },
    },
    axes: [{}, { values: (_u, ticks) => ticks.map(formatNumber), size: 70 }],
    series: [
      {},
      { label: "low", stroke: colour, width: 1, dash: [4, 4], points: { show: false } },
      { label: "best", stroke: colour, width: 2, points: { show: true, size: 8, fill: colour } },
      { label: "high", stroke: colour, width: 1, dash: [4, 4], points: { show: false } },
    ],
    bands: [{ series: [3, 1], fill: `${colour}33` }],
    legend: { live: false },
  };
  const chart = new uPlot(opts, data, container);
  const resize = new ResizeObserver(() => chart.setSize({ width: Math.max(260, container.clientWidth), height: HEIGHT }));
  resize.observe(container);
  return () => { resize.disconnect(); chart.destroy(); };
}

/** The same values as a table, for screen readers and for copying. */
export const figureTable = (series) =>
  h("table", { class: "compact" },
    h("thead", {}, h("tr", {}, ["Date", "Low", "Best", "High", "Source", "Outlet"].map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, series.points.map((p) => h("tr", {}, [p.date, formatNumber(p.low), formatNumber(p.best), formatNumber(p.high), p.source ?? "—", p.outlet ?? "—"].map((t) => h("td", {}, t))))));
