// Documents: every article with its outlet, date and number of claims, a page of them at a time.
import { get } from "../api.js";
import { append, h, route } from "../dom.js";
import { setTitle } from "../page.js";
import { offsetOf, pager } from "../pager.js";

const PAGE = 100;

export async function documentsView({ main, query, signal }) {
  setTitle("Documents");
  const offset = offsetOf(query);
  const { items, total, total_exact: exact } = await get("/documents", { limit: PAGE, offset }, signal);
  const pages = () => pager({ total, exact, offset, limit: PAGE, shown: items.length, noun: "article", hrefOf: (o) => route("documents", { offset: o || undefined }) });
  const cell = (label, ...content) => h("td", { "data-label": label }, ...content);
  append(main, 
    h("h1", { tabindex: "-1" }, "Documents"),
    h("p", { class: "lede" }, exact ? `${total} article${total === 1 ? "" : "s"} in the ledger. ` : `More than ${offset + items.length} articles in the ledger. `, h("a", { href: route("add") }, "Add articles")),
    pages(),
    h("div", { class: "table-wrap" }, h("table", { class: "documents" },
      h("thead", {}, h("tr", {}, ["Title", "Outlet", "Published", "Claims", "Added"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, items.map((d) => h("tr", {},
        cell("Title", h("a", { href: route("documents", d.id) }, d.title || d.id)),
        cell("Outlet", d.outlet ?? "—"),
        cell("Published", d.published ?? "—"),
        cell("Claims", String(d.claimCount)),
        cell("Added", (d.ingestedAt ?? "").slice(0, 16).replace("T", " "))))))),
    items.length > 20 ? pages() : null,
  );
}
