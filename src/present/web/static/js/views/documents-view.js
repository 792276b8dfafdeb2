// Documents: every article with its outlet, date and number of claims.
import { get } from "../api.js";
import { append, h, route } from "../dom.js";
import { setTitle } from "../page.js";

export async function documentsView({ main, signal }) {
  setTitle("Documents");
  const { items } = await get("/documents", { limit: 1000 }, signal);
  const cell = (label, ...content) => h("td", { "data-label": label }, ...content);
  append(main, 
    h("h1", { tabindex: "-1" }, "Documents"),
    h("p", { class: "lede" }, `${items.length} article${items.length === 1 ? "" : "s"} in the ledger. `, h("a", { href: route("add") }, "Add articles")),
    h("div", { class: "table-wrap" }, h("table", { class: "documents" },
      h("thead", {}, h("tr", {}, ["Title", "Outlet", "Published", "Claims", "Added"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, items.map((d) => h("tr", {},
        cell("Title", h("a", { href: route("documents", d.id) }, d.title || d.id)),
        cell("Outlet", d.outlet ?? "—"),
        cell("Published", d.published ?? "—"),
        cell("Claims", String(d.claimCount)),
        cell("Added", (d.ingestedAt ?? "").slice(0, 16).replace("T", " "))))))),
  );
}
