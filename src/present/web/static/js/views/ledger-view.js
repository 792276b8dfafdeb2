// The ledger: propositions as a filterable, sortable table. Filters and sort live in the URL.
import { get } from "../api.js";
import { append, h, route } from "../dom.js";
import { figureTextOf, formatPeriod, titleOf, KINDS, plural, sideBadge, STATUSES, statusBadge, statusLabel } from "../format.js";
import { replaceQuery, setTitle } from "../page.js";

// place_id picks one of an ambiguous name's places (the server's one place lookup: ledger/place-lookup.ts).
const SERVER_FILTERS = ["place", "place_id", "kind", "side", "status", "q"];

const COLUMNS = [
  { key: "proposition", label: "Proposition", value: (p) => titleOf(p) },
  { key: "place", label: "Place", value: (p) => p.place?.name ?? "" },
  { key: "side", label: "Side", value: (p) => p.side ?? "" },
  { key: "status", label: "Status", value: (p) => STATUSES.indexOf(p.status) },
  { key: "period", label: "Period", value: (p) => p.time?.start ?? p.time?.end ?? "" },
  { key: "figure", label: "Figure", value: (p) => p.figure?.best ?? p.figure?.low ?? p.figure?.high ?? -1 },
  { key: "reports", label: "Reports", value: (p) => p.reports * 1000 + p.primary_sources.length },
  { key: "sources", label: "Sources", value: (p) => p.primary_sources.length * 1000 + p.reports },
];

/** Propositions fetched per request; "Load more" fetches the next ones, so the table never stops silently. */
const PAGE = 1000;

/** A From/To box's value: YYYY, YYYY-MM or YYYY-MM-DD with a real month and day. */
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const isDateBound = (v) => !v || DATE.test(v);

/** Whether the proposition's period overlaps [from, to] (prefix comparison: 2025 ⊇ 2025-11). */
function inPeriod(p, from, to) {
  if (!from && !to) return true;
  const start = p.time?.start ?? p.time?.end;
  const end = p.time?.end ?? p.time?.start;
  if (!start) return false;
  if (from && end < from && !from.startsWith(end)) return false;
  if (to && start > to && !start.startsWith(to)) return false;
  return true;
}

function sorted(items, sort, dir) {
  const col = COLUMNS.find((c) => c.key === sort);
  if (!col) return items;
  const sign = dir === "desc" ? -1 : 1;
  return [...items].sort((a, b) => {
    const [x, y] = [col.value(a), col.value(b)];
    return sign * (typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y)));
  });
}

const select = (name, label, options, value) =>
  h("label", {}, label, h("select", { name, "aria-label": label }, h("option", { value: "" }, "any"), options.map(([v, text]) => h("option", { value: v, selected: v === value }, text))));

const input = (name, label, value, props = {}) => h("label", {}, label, h("input", { name, "aria-label": label, value: value ?? "", ...props }));

function filterForm(query, places) {
  return h("form", { class: "filters", role: "search", "aria-label": "Filter propositions" },
    input("place", "Place", query.place, { list: "place-names", autocomplete: "off", placeholder: "e.g. Pokrovsk" }),
    h("datalist", { id: "place-names" }, places.map((p) => h("option", { value: p.name }))),
    select("kind", "Kind", KINDS.map((k) => [k, k]), query.kind),
    select("side", "Side", [["RU", "Russia"], ["UA", "Ukraine"]], query.side),
    select("status", "Status", STATUSES.map((s) => [s, statusLabel(s)]), query.status),
    input("from", "From", query.from, { placeholder: "YYYY-MM", pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?", size: 8 }),
    input("to", "To", query.to, { placeholder: "YYYY-MM", pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?", size: 8 }),
    input("q", "Text", query.q, { type: "search", placeholder: "source, kind, place…" }),
    // The column headers sort on a wide screen; a phone shows rows as cards, without headers.
    h("label", { class: "phone-only" }, "Sort by", h("select", { name: "sort", "aria-label": "Sort by" }, COLUMNS.map((c) => h("option", { value: c.key, selected: c.key === query.sort }, c.label)))),
    h("label", { class: "phone-only" }, "Order", h("select", { name: "dir", "aria-label": "Order" }, h("option", { value: "asc", selected: query.dir === "asc" }, "ascending"), h("option", { value: "desc", selected: query.dir !== "asc" }, "descending"))),
    h("button", { type: "reset", class: "secondary" }, "Clear"),
  );
}

/**
 * What the server made of the typed place: the place it found ("Krasnoarmeysk" → Pokrovsk), that it has
 * no claims yet, a chooser among an ambiguous name's places, or close names for an unknown one.
 */
function placeNote(state, lookup, pick) {
  if (!lookup) return [];
  const { place } = lookup;
  const chip = (label, extra, onClick) => h("button", { type: "button", class: "secondary place-choice", on: { click: onClick } }, label, extra);
  if (lookup.status === "ambiguous") {
    return [h("fieldset", { class: "place-chooser" },
      h("legend", {}, `“${state.place}” names ${lookup.candidates.length} places: which one?`),
      lookup.candidates.map((c) => chip(c.label, h("span", { class: "muted" }, c.claims ? ` · ${plural(c.claims, "claim")}` : " · no claims yet"), () => pick(state.place, c.id))))];
  }
  if (lookup.status === "unknown") {
    const names = lookup.suggestions;
    return [h("p", { class: "place-note" }, `No place called “${state.place}”.`, names.length ? " Did you mean " : "", names.map((n) => chip(n, "", () => pick(n))), names.length ? "?" : "")];
  }
  const named = state.place && state.place.toLowerCase() !== place.name.toLowerCase() ? `“${state.place}” is ${place.label}` : place.label;
  return [h("p", { class: "place-note" }, place.claims ? `${named}.` : `${named}: no claims about it yet.`,
    state.place_id ? [" ", chip("another place of this name", "", () => pick(state.place))] : [])];
}

/** What the free text named as a place: its propositions are shown too, or an ambiguous name's places to pick. */
function textPlaceNote(typed, lookup, pick) {
  if (!lookup || lookup.status === "unknown") return [];
  if (lookup.status === "ambiguous") {
    return [h("p", { class: "place-note" }, `“${typed}” also names ${lookup.candidates.length} places: `,
      lookup.candidates.map((c) => h("button", { type: "button", class: "secondary place-choice", on: { click: () => pick(typed, c.id, true) } }, c.label)))];
  }
  const { place } = lookup;
  const named = typed.toLowerCase() !== place.name.toLowerCase() ? `“${typed}” is ${place.label}` : place.label;
  return [h("p", { class: "place-note text-place" }, `${named}: ${place.claims ? "the propositions about it are shown too." : "no claims about it yet."}`)];
}

/** A proposition held against reference data: a tick when consistent, a warning when not. */
function checkMark(checks) {
  if (!checks?.length) return null;
  const bad = checks.filter((c) => c.result === "inconsistent");
  return h("span", { class: ["check-mark", bad.length ? "check-inconsistent" : "check-consistent"], title: checks.map((c) => `${c.result}: ${c.detail}`).join("\n") },
    bad.length ? " ⚠ check" : " ✓ check");
}

function row(p) {
  const cell = (label, ...content) => h("td", { "data-label": label }, ...content);
  return h("tr", {},
    cell("Proposition", h("a", { href: route("propositions", p.id) }, titleOf(p))),
    cell("Place", p.place ? h("a", { href: route("places", p.place.id ?? p.place.name) }, p.place.name) : "—"),
    cell("Side", sideBadge(p.side)),
    cell("Status", statusBadge(p.status), checkMark(p.checks)),
    cell("Period", formatPeriod(p.time)),
    cell("Figure", h("span", { class: "figure" }, figureTextOf(p))),
    cell("Reports", h("span", { class: "count", title: `${plural(p.reports, "article")} ${p.reports === 1 ? "carries" : "carry"} it` }, String(p.reports))),
    cell("Sources", h("span", { class: "count", title: `${plural(p.primary_sources.length, "primary source")} said it: ${p.primary_sources.map((s) => s.name).join("; ")}` }, String(p.primary_sources.length))),
  );
}

function headerRow(state, onSort) {
  return h("tr", {}, COLUMNS.map((c) => {
    const active = state.sort === c.key;
    return h("th", { scope: "col", "aria-sort": active ? (state.dir === "desc" ? "descending" : "ascending") : "none" },
      h("button", { type: "button", class: "sort", on: { click: () => onSort(c.key) } }, c.label, active ? (state.dir === "desc" ? " ▼" : " ▲") : ""));
  }));
}

export async function ledgerView({ main, query, signal }) {
  setTitle("Ledger");
  const state = { ...query, sort: query.sort ?? "reports", dir: query.dir ?? "desc" };
  const places = await get("/places", {}, signal).then((r) => r.items).catch(() => []);
  const form = filterForm(state, places);
  const summary = h("p", { class: "summary", role: "status" });
  const note = h("div", { class: "place-answer", "aria-live": "polite" });
  const table = h("table", { class: "ledger" }, h("caption", { class: "visually-hidden" }, "Propositions"), h("thead"), h("tbody"));
  append(main, 
    h("h1", { tabindex: "-1" }, "Ledger"),
    h("p", { class: "lede" }, "Each row is a proposition: what several claims are about, who made them, and how it stands. Reports: articles that carry it; sources: who originally said it."),
    form, note, summary, h("div", { class: "table-wrap" }, table),
  );
  let items = [];
  let total = 0;
  let viaPlace = [];
  const dateNote = h("p", { class: "date-problem", role: "alert", hidden: true });
  const more = h("button", { type: "button", class: "secondary load-more", hidden: true, on: { click: () => loadMore().catch(showError) } });
  summary.after(dateNote);
  table.closest(".table-wrap").after(more);
  const draw = () => {
    // A bad date is said, and left out of the filter, rather than silently matching nothing.
    const bad = ["from", "to"].filter((k) => !isDateBound(state[k]));
    for (const k of ["from", "to"]) form.elements[k].setAttribute("aria-invalid", bad.includes(k) ? "true" : "false");
    dateNote.hidden = !bad.length;
    dateNote.textContent = bad.map((k) => `${k === "from" ? "From" : "To"} “${state[k]}” is not a date: type YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-11.`).join(" ") + (bad.length ? " It is not applied." : "");
    const [from, to] = [bad.includes("from") ? undefined : state.from, bad.includes("to") ? undefined : state.to];
    const byId = new Map([...items, ...viaPlace].map((p) => [p.id, p]));
    const shown = sorted([...byId.values()].filter((p) => inPeriod(p, from, to)), state.sort, state.dir);
    table.tHead.replaceChildren(headerRow(state, (key) => {
      state.dir = state.sort === key && state.dir === "asc" ? "desc" : "asc";
      state.sort = key;
      form.elements.sort.value = state.sort;
      form.elements.dir.value = state.dir;
      replaceQuery(state);
      draw();
    }));
    table.tBodies[0].replaceChildren(...shown.map(row));
    summary.textContent = `${plural(shown.length, "proposition")} shown${total > items.length ? ` (the first ${items.length} of ${total} loaded)` : ""}.`;
    more.hidden = !(total > items.length);
    more.textContent = `Load ${Math.min(PAGE, total - items.length)} more (${items.length} of ${total} loaded)`;
    if (!shown.length) table.tBodies[0].append(h("tr", {}, h("td", { colspan: COLUMNS.length, class: "empty" }, "No proposition matches these filters.")));
  };
  const pick = (name, id, fromText) => {
    state.place = name;
    state.place_id = id;
    form.elements.place.value = name;
    if (fromText) { state.q = undefined; form.elements.q.value = ""; }
    replaceQuery(state);
    load().catch(showError);
  };
  const load = async () => {
    const filters = Object.fromEntries(SERVER_FILTERS.map((k) => [k, state[k]]));
    // The typed place is looked up first (always a 200): an ambiguous or unknown name shows a chooser, not an error.
    const lookup = state.place || state.place_id ? await get("/place-lookup", { place: state.place, place_id: state.place_id }, signal) : null;
    note.replaceChildren(...placeNote(state, lookup, pick));
    // The free text goes through the same lookup: "Krasnoarmeysk" also finds the propositions about Pokrovsk.
    const textPlace = state.q && !state.place && !state.place_id ? await get("/place-lookup", { place: state.q }, signal).catch(() => null) : null;
    note.append(...textPlaceNote(state.q, textPlace, pick));
    viaPlace = [];
    if (lookup && lookup.status !== "found") {
      items = [];
      total = 0;
    } else {
      const place = lookup?.place.id ? { place: undefined, place_id: lookup.place.id } : {};
      listed = { ...filters, ...place };
      const page = await get("/propositions", { ...listed, limit: PAGE }, signal);
      items = page.items;
      total = page.total;
      if (textPlace?.status === "found") {
        const found = textPlace.place.id ? { place_id: textPlace.place.id } : { place: textPlace.place.name };
        viaPlace = (await get("/propositions", { ...filters, q: undefined, ...found, limit: PAGE }, signal)).items;
      }
    }
    draw();
  };
  let listed = {};
  const loadMore = async () => {
    const page = await get("/propositions", { ...listed, limit: PAGE, offset: items.length }, signal);
    items = [...items, ...page.items];
    total = page.total;
    draw();
  };
  const showError = (e) => { if (!signal.aborted) summary.textContent = e.message; };
  let timer = 0;
  const update = (immediate) => {
    for (const el of form.elements) if (el.name) state[el.name] = el.value.trim() || undefined;
    state.sort ??= "reports";
    state.dir ??= "desc";
    replaceQuery(state);
    clearTimeout(timer);
    timer = setTimeout(() => load().catch(showError), immediate ? 0 : 250);
  };
  form.addEventListener("input", (e) => {
    if (e.target.name === "place") state.place_id = undefined;
    update(e.target.tagName === "SELECT");
  });
  form.addEventListener("reset", () => { state.place_id = undefined; });
  form.addEventListener("submit", (e) => { e.preventDefault(); update(true); });
  form.addEventListener("reset", () => setTimeout(() => update(true), 0));
  await load();
  return () => clearTimeout(timer);
}
