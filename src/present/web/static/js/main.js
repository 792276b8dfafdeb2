// The router: every view is a hash route (#/propositions/<id>, #/places/<id>, #/?place=Pokrovsk), so any
// view can be shared as a URL. A view renders into <main>; leaving it aborts its requests.
import { h, clear } from "./dom.js";
import { messageOf } from "./api.js";
import { parseHash, setTitle, withAsOf } from "./page.js";
import { asOfControl, publicationDays } from "./as-of.js";
import { get } from "./api.js";
import { ledgerView } from "./views/ledger-view.js";
import { propositionView } from "./views/proposition-view.js";
import { disputesView } from "./views/disputes-view.js";
import { placeView } from "./views/place-view.js";
import { mapView } from "./views/map-view.js";
import { documentsView } from "./views/documents-view.js";
import { documentView } from "./views/document-view.js";
import { addView } from "./views/add-view.js";
import { sourcesView } from "./views/sources-view.js";
import { sourceView } from "./views/source-view.js";

// The fourth column: whether the view has the "as of" control (every view reads as of the address's day).
const ROUTES = [
  [/^\/?$/, ledgerView, "ledger", true],
  [/^\/propositions\/([^/]+)$/, propositionView, "ledger"],
  [/^\/disputes$/, disputesView, "disputes"],
  [/^\/places\/([^/]+)$/, placeView, "map", true],
  [/^\/map$/, mapView, "map", true],
  [/^\/documents$/, documentsView, "documents"],
  [/^\/documents\/([^/]+)$/, documentView, "documents"],
  [/^\/add$/, addView, "add"],
  [/^\/sources$/, sourcesView, "sources"],
  [/^\/sources\/([^/]+)$/, sourceView, "sources"],
];

const main = document.getElementById("main");
let current = { controller: null, cleanup: null };
let firstRender = true;

/** The publication days of the whole ledger, for the as-of slider: read once per page load. */
let days = null;
const ledgerDays = () => (days ??= get("/documents", { limit: 1000, as_of: "" }).then((page) => publicationDays(page.items)).catch(() => []));

/** Where the control goes: a view's slot for it (the map's side column), else after its filters, else after its heading. */
function placeAsOf(control) {
  const slot = main.querySelector("[data-as-of-slot]");
  if (slot) slot.prepend(control);
  else (main.querySelector("form.filters") ?? main.querySelector("h1"))?.after(control);
}

function markNav(section) {
  for (const a of document.querySelectorAll("[data-nav], a.brand")) {
    a.dataset.href ??= a.getAttribute("href");
    a.setAttribute("href", withAsOf(a.dataset.href));
    if (a.dataset.nav === section) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
}

async function render() {
  const { path, query } = parseHash();
  if (!path.startsWith("/")) return;
  current.controller?.abort();
  try { current.cleanup?.(); } catch { /* a view's cleanup must not stop the next view */ }
  const controller = new AbortController();
  current = { controller, cleanup: null };
  const match = ROUTES.map(([re, view, section, asOf]) => ({ m: re.exec(path), view, section, asOf })).find((r) => r.m);
  clear(main);
  main.removeAttribute("aria-busy");
  if (!match) {
    markNav(null);
    setTitle("Not found");
    main.append(h("h1", { tabindex: "-1" }, "Not found"), h("p", {}, "No view at this address. ", h("a", { href: "#/" }, "Back to the ledger")));
    return;
  }
  markNav(match.section);
  const params = match.m.slice(1).map((s) => decodeURIComponent(s));
  main.setAttribute("aria-busy", "true");
  try {
    const control = match.asOf ? asOfControl(await ledgerDays()) : null;
    current.cleanup = (await match.view({ main, params, query, signal: controller.signal })) ?? null;
    if (control && !controller.signal.aborted) placeAsOf(control);
  } catch (e) {
    if (controller.signal.aborted) return;
    clear(main);
    setTitle(e?.status === 404 ? "Not found" : "Error");
    main.append(
      h("h1", { tabindex: "-1" }, e?.status === 404 ? "Not found" : "Something went wrong"),
      h("p", { class: "error", role: "alert" }, messageOf(e)),
      h("p", {}, h("a", { href: "#/" }, "Back to the ledger")));
  } finally {
    if (!controller.signal.aborted) main.removeAttribute("aria-busy");
  }
  if (!firstRender && !controller.signal.aborted) main.querySelector("h1")?.focus({ preventScroll: false });
  firstRender = false;
}

document.querySelector(".skip-link")?.addEventListener("click", (e) => {
  e.preventDefault();
  main.focus();
});
window.addEventListener("hashchange", render);
render();
