// Adding a claim the extractor missed, from the article view: the reader selects its words in the text
// (the selection is the evidence), picks its kind and what it says, and the server checks the span is
// the article's text verbatim (POST /api/documents/:id/claims).
import { messageOf, postJson } from "../api.js";
import { h } from "../dom.js";

const KIND_MEASURES = {
  casualties: ["killed", "wounded", "killed_or_wounded", "captured", "missing"], forces: ["deployed", "encircled", "at_risk"],
  control: ["controls", "contested"], event: ["flag_raised", "withdrawal", "evacuation", "strike"], population: ["population"],
  distance: ["distance", "length"], area: ["area", "share"],
};

/** Where `selected` sits in the article: of its occurrences, the one nearest the selection's place on screen. */
function spanOf(text, selected, near) {
  let best = -1;
  for (let at = text.indexOf(selected); at >= 0; at = text.indexOf(selected, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best < 0 ? null : { start: best, end: best + selected.length };
}

export function addClaimForm(doc, textBox, done) {
  let span = null;
  const preview = h("q", { class: "selection-preview" });
  const hint = h("p", { class: "muted" }, "Select the claim's words in the article, then say what it claims.");
  const field = (label, el) => h("label", {}, label, " ", el);
  const kind = h("select", { name: "kind" }, Object.entries(KIND_MEASURES).flatMap(([k, ms]) => ms.map((m) => h("option", { value: `${k}/${m}` }, `${k} — ${m.replace(/_/g, " ")}`))));
  const inputs = {
    place: h("input", { name: "place", placeholder: "e.g. Pokrovsk" }),
    speaker: h("input", { name: "speaker", placeholder: "who says it (empty: the article's own voice)" }),
    side: h("select", { name: "side" }, [["", "—"], ["russia", "Russia"], ["ukraine", "Ukraine"]].map(([v, t]) => h("option", { value: v }, t))),
    figure: h("input", { name: "figure", placeholder: "e.g. 1200 or 1000-1500", inputmode: "decimal" }),
    period: h("input", { name: "period", placeholder: "e.g. 2025-11-02" }),
  };
  const status = h("span", { class: "review-status", role: "status" });
  const submit = h("button", { type: "submit", disabled: true }, "Add claim");

  const readSelection = () => {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed || !textBox.contains(sel.anchorNode) || !textBox.contains(sel.focusNode)) return;
    const range = sel.getRangeAt(0);
    const before = document.createRange();
    before.setStart(textBox, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const base = doc.offset ?? 0;
    const found = spanOf(doc.text, sel.toString(), before.toString().length);
    span = found ? { start: base + found.start, end: base + found.end, text: sel.toString() } : null;
    preview.textContent = span ? span.text : "";
    hint.textContent = span ? "Evidence:" : "The selection is not the article's text as stored: select plain words.";
    submit.disabled = !span;
  };
  document.addEventListener("selectionchange", readSelection);

  const send = async (e) => {
    e.preventDefault();
    if (!span) return;
    const fields = { kind: kind.value };
    for (const [name, el] of Object.entries(inputs)) if (el.value.trim()) fields[name] = el.value.trim();
    status.textContent = "Saving…";
    status.classList.remove("error");
    try {
      await postJson(`/documents/${encodeURIComponent(doc.id)}/claims`, { start: span.start, end: span.end, text: span.text, fields });
      status.textContent = "Added";
      await done();
    } catch (err) {
      status.textContent = messageOf(err);
      status.classList.add("error");
    }
  };
  const form = h("form", { class: "add-claim", "aria-label": "Add a missed claim", on: { submit: send } },
    h("h2", {}, "Add a missed claim"), hint, h("p", {}, preview),
    h("div", { class: "add-claim-fields" }, field("Kind", kind), field("Place", inputs.place), field("Speaker", inputs.speaker),
      field("Side", inputs.side), field("Figure", inputs.figure), field("Period", inputs.period)),
    h("p", {}, submit, " ", status));
  return { form, cleanup: () => document.removeEventListener("selectionchange", readSelection) };
}
