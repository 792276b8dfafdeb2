// One primary source: its stances, the outlets that carried it, and its track record: each settled
// proposition it spoke on, whether its claim held, how early it made it, and its figure against the settled one.
import { get } from "../api.js";
import { append, externalLink, h, route } from "../dom.js";
import { plural, sideBadge, sideName, stanceBadge } from "../format.js";
import { setTitle } from "../page.js";
import { leadText } from "./sources-view.js";

const OUTCOME_WORDS = { held: "held", failed: "did not hold", unscored: "not scored" };
const outcomeBadge = (o) => h("span", { class: ["badge", "outcome", `outcome-${o}`] }, OUTCOME_WORDS[o] ?? o);

function settledText(s) {
  const evidence = s.link ? [" · ", externalLink(s.link, "evidence")] : s.claim ? ` · claim ${s.claim}` : "";
  return [`${s.holds ? "true" : "false"} from ${s.from}`, h("span", { class: "muted" }, ` (${s.basis})`), evidence];
}

function recordTable(record) {
  if (!record.entries.length) return h("p", { class: "muted" }, "No proposition this source spoke on is settled yet: settle one on its page (or with fogline settle).");
  const cell = (label, ...content) => h("td", { "data-label": label }, ...content);
  return h("div", { class: "table-wrap" }, h("table", { class: "record" },
    h("caption", { class: "visually-hidden" }, "Track record"),
    h("thead", {}, h("tr", {}, ["Proposition", "Stance", "Outcome", "Settled", "Said on", "Lead", "Figure"].map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, record.entries.map((e) => h("tr", { class: `outcome-${e.outcome}` },
      cell("Proposition", h("a", { href: route("propositions", e.proposition) }, e.title)),
      cell("Stance", stanceBadge(e.stance)),
      cell("Outcome", outcomeBadge(e.outcome)),
      cell("Settled", settledText(e.settlement)),
      cell("Said on", e.madeOn ?? "undated"),
      cell("Lead", leadText(e.leadDays)),
      cell("Figure", e.ratio === null ? (e.figure === null ? "—" : String(e.figure)) : `${e.figure} against ${e.settlement.figure}: ×${e.ratio}`))))));
}

export async function sourceView({ main, params: [name], query, signal }) {
  const { source, record } = await get(`/sources/${encodeURIComponent(name)}`, { side: query.side }, signal);
  setTitle(source.name, "Sources");
  const scored = record.held + record.failed;
  append(main,
    h("p", { class: "crumbs" }, h("a", { href: route("sources") }, "Sources")),
    h("h1", { tabindex: "-1" }, source.name, " ", sideBadge(source.side)),
    h("dl", { class: "facts" },
      h("dt", {}, "Side"), h("dd", {}, sideName(source.side)),
      h("dt", {}, "Propositions"), h("dd", {}, `${plural(source.propositions, "proposition")}: asserts ${source.stances.asserted}, denies ${source.stances.denied}, does not confirm ${source.stances.unconfirmed}`),
      h("dt", {}, "Carried by"), h("dd", {}, source.outlets.join(", ") || "—"),
      h("dt", {}, "Record"), h("dd", { class: "record-summary" },
        scored ? `${record.held} of ${plural(scored, "settled claim")} held, ${record.failed} did not` : "nothing settled yet",
        record.unscored ? h("span", { class: "muted" }, ` · ${record.unscored} not scored (not confirmed)`) : null),
      h("dt", {}, "Mean lead"), h("dd", {}, record.meanLeadDays === null ? "—" : `${leadText(record.meanLeadDays)} before the settled-from date`)),
    h("section", {}, h("h2", {}, "Track record"), recordTable(record)),
    h("p", {}, h("a", { href: `/api/sources/${encodeURIComponent(source.name)}${source.side ? `?side=${encodeURIComponent(source.side)}` : ""}` }, "JSON")),
  );
}
