// Settling a proposition from its page: the settlement in force (with Undo), the log, and a form (held or
// not, from which date, on what basis, a link as evidence, a settled figure). Saved through the API's
// write guard; a refusal is shown beside the button and nothing is written.
import { externalLink, h } from "../dom.js";
import { messageOf, postJson } from "../api.js";

const BASES = ["later assessment", "official admission", "geolocated footage"];

function current(s, done) {
  if (!s) return h("p", { class: "muted settlement-state" }, "Not settled.");
  const status = h("span", { class: "review-status", role: "status" });
  const undo = async () => {
    try { await postJson(`/settlements/${encodeURIComponent(s.id)}/undo`, {}); done(); } catch (e) { status.textContent = messageOf(e); status.classList.add("error"); }
  };
  return h("p", { class: ["settlement-state", s.holds ? "settled-true" : "settled-false"] },
    h("strong", {}, s.holds ? "Settled true" : "Settled false"), ` from ${s.from}, on ${s.basis}`,
    s.figure !== null ? ` (figure ${s.figure})` : "", s.link ? [" · ", externalLink(s.link, "evidence")] : s.claim ? ` · claim ${s.claim}` : "",
    h("span", { class: "muted" }, ` — by ${s.reviewer}, ${s.at.slice(0, 10)}`), " ",
    h("button", { type: "button", class: "undo", "aria-label": `Undo settlement ${s.id}`, on: { click: undo } }, "Undo"), " ", status);
}

export function settlementSection(proposition, read, done) {
  const status = h("span", { class: "review-status", role: "status" });
  const field = (label, input) => h("label", {}, h("span", {}, label), input);
  const holds = h("select", { name: "holds" }, h("option", { value: "true" }, "it held (true)"), h("option", { value: "false" }, "it did not (false)"));
  const from = h("input", { name: "from", type: "text", placeholder: "YYYY-MM-DD", required: true, value: proposition.time?.start ?? "" });
  const basis = h("input", { name: "basis", type: "text", list: "settlement-bases", required: true, placeholder: BASES[0] });
  const link = h("input", { name: "link", type: "url", placeholder: "https://…" });
  const figure = h("input", { name: "figure", type: "text", inputmode: "decimal", placeholder: "settled number" });
  const submit = async (e) => {
    e.preventDefault();
    status.textContent = "Saving…";
    status.classList.remove("error");
    const body = { holds: holds.value === "true", from: from.value, basis: basis.value };
    if (link.value.trim()) body.link = link.value.trim();
    if (figure.value.trim()) body.figure = Number(figure.value.trim().replace(/,/g, ""));
    try {
      await postJson(`/propositions/${encodeURIComponent(proposition.id)}/settle`, body);
      status.textContent = "Saved";
      done();
    } catch (err) {
      status.textContent = messageOf(err);
      status.classList.add("error");
    }
  };
  const undone = new Set(read.events.map((e) => e.undoes).filter(Boolean));
  return h("section", { class: "settlement" }, h("h2", {}, "Settlement"),
    current(read.settlement, done),
    h("form", { class: "settle-form", on: { submit } },
      field("Outcome", holds), field("From", from), field("Basis", basis),
      h("datalist", { id: "settlement-bases" }, BASES.map((b) => h("option", { value: b }))),
      field("Evidence link", link),
      proposition.figure ? field("Figure", figure) : null,
      h("button", { type: "submit" }, read.settlement ? "Settle again" : "Settle"), " ", status),
    read.events.length ? h("details", {}, h("summary", {}, `Settlement log (${read.events.length})`),
      h("ol", {}, read.events.map((e) => h("li", {}, e.action === "undo" ? `undo of ${e.undoes}` : `${e.holds ? "true" : "false"} from ${e.from} (${e.basis})`,
        h("span", { class: "muted" }, ` — ${e.reviewer}, ${e.at.slice(0, 16).replace("T", " ")}${undone.has(e.id) ? " (undone)" : ""}`))))) : null);
}
