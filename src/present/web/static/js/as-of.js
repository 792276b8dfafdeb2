// The day the interface looks back to: ?as_of=YYYY-MM-DD in the address (so a link shows the same), sent
// with every API read, kept on every internal link, and chosen with the "as of" control on the ledger,
// place pages and the map (a date field, and a slider over the days articles were published).
import { h } from "./dom.js";
import { asOfDay, parseHash } from "./page.js";

export { asOfDay };
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Go to the same view as of another day ("" for today's ledger). */
export function setAsOf(day) {
  const { path, query } = parseHash();
  const next = { ...query, as_of: day || undefined };
  const qs = new URLSearchParams(Object.entries(next).filter(([, v]) => v !== undefined && v !== "")).toString();
  location.hash = `#${path}${qs ? `?${qs}` : ""}`;
}

const longDate = (day) => new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** Publication days as calendar days ("2025-12" counts from 1 December), sorted, each once. */
export const publicationDays = (documents) => [...new Set(documents.map((d) => d.published).filter(Boolean)
  .map((p) => (p.length === 4 ? `${p}-01-01` : p.length === 7 ? `${p}-01` : p.slice(0, 10))))].sort();

/**
 * The "as of" control: a date field, a slider whose stops are the publication days (the ledger changes
 * only on those), and a button back to today. `days` are the publication days of the whole ledger.
 */
export function asOfControl(days) {
  const day = asOfDay();
  const input = h("input", { type: "date", id: "as-of-day", name: "as_of", value: day, min: days[0] ?? "", max: days.at(-1) ?? "" });
  const stops = days.length;
  const at = day ? days.filter((d) => d <= day).length - 1 : stops - 1;
  const slider = h("input", { type: "range", id: "as-of-slider", min: "0", max: String(Math.max(0, stops - 1)), step: "1", value: String(Math.max(0, at)), "aria-label": "As of: publication day", disabled: stops < 2 });
  const shown = h("output", { for: "as-of-slider", class: "as-of-shown" }, day ? longDate(day) : "today");
  input.addEventListener("change", () => { if (input.value === "" || DAY.test(input.value)) setAsOf(input.value); });
  slider.addEventListener("input", () => { shown.textContent = longDate(days[Number(slider.value)]); });
  slider.addEventListener("change", () => setAsOf(Number(slider.value) === stops - 1 && !day ? "" : days[Number(slider.value)]));
  const today = h("button", { type: "button", class: "as-of-today", disabled: !day }, "Today");
  today.addEventListener("click", () => setAsOf(""));
  return h("div", { class: `as-of${day ? " is-past" : ""}`, role: "group", "aria-label": "As of" },
    h("label", { for: "as-of-day" }, "As of"), input, slider, shown, today,
    day ? h("p", { class: "as-of-note", role: "status" }, `The ledger as it stood on ${longDate(day)}: only articles published by then, statuses from their claims alone.`) : null);
}
