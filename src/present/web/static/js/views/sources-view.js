// Sources: every primary source, with its stances and its track record on settled propositions (how many of
// its claims held and how many did not, and how early it made them). Each name opens the source's page.
import { get } from "../api.js";
import { append, h, route } from "../dom.js";
import { sideBadge } from "../format.js";
import { setTitle } from "../page.js";

export const leadText = (days) => (days === null || days === undefined ? "—" : `${days > 0 ? "+" : ""}${days} d`);
export const sourceRoute = (s) => route("sources", s.name, s.side ? { side: s.side } : null);

export async function sourcesView({ main, signal }) {
  setTitle("Sources");
  const { items, total } = await get("/sources", { limit: 1000 }, signal);
  const cell = (label, ...content) => h("td", { "data-label": label }, ...content);
  const scored = items.filter((s) => (s.record?.held ?? 0) + (s.record?.failed ?? 0) > 0).length;
  append(main,
    h("h1", { tabindex: "-1" }, "Sources"),
    h("p", { class: "lede" }, `${total} primary source${total === 1 ? "" : "s"}; ${scored} with a track record on settled propositions. `,
      "A claim holds when the proposition it asserts was settled true (or the one it denies, false)."),
    h("div", { class: "table-wrap" }, h("table", { class: "sources-table" },
      h("caption", { class: "visually-hidden" }, "Primary sources and their records"),
      h("thead", {}, h("tr", {}, ["Source", "Side", "Propositions", "Asserts", "Denies", "Not confirmed", "Held", "Did not hold", "Mean lead"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, items.map((s) => h("tr", {},
        cell("Source", h("a", { href: sourceRoute(s) }, s.name)),
        cell("Side", sideBadge(s.side)),
        cell("Propositions", h("span", { class: "count" }, String(s.propositions))),
        cell("Asserts", h("span", { class: "count" }, String(s.stances.asserted))),
        cell("Denies", h("span", { class: "count" }, String(s.stances.denied))),
        cell("Not confirmed", h("span", { class: "count" }, String(s.stances.unconfirmed))),
        cell("Held", h("span", { class: "count held" }, String(s.record?.held ?? 0))),
        cell("Did not hold", h("span", { class: "count failed" }, String(s.record?.failed ?? 0))),
        cell("Mean lead", leadText(s.record?.meanLeadDays)))))))
  );
}
