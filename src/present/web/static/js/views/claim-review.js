// Reviewing from the proposition page: per claim, who decided it (a person or the machine) and buttons to
// accept or reject it; the keyboard works the queue without the mouse: j/k next/previous claim, a accept,
// r reject (with the reason chosen in its card). Every action is a POST the write guard checks.
import { messageOf, postJson } from "../api.js";
import { h } from "../dom.js";

const REASONS = [["not-a-claim", "not a claim"], ["background", "background"], ["wrong-article", "wrong article"], ["duplicate", "duplicate"]];
const FIELD_WORDS = { speaker: "speaker", speaker_side: "speaker's side", side: "side", place: "place", figure: "figure", period: "period", polarity: "polarity", kind: "kind" };

/** "Decided by ana: speaker, side", or "Machine reading" for a claim no person reviewed. */
export function reviewMark(claim) {
  const r = claim.review;
  if (!r) return h("span", { class: "review-mark machine", title: "read by the extractor, not reviewed" }, "Machine reading");
  const fields = r.status === "accepted" || r.status === "added" ? "all fields" : r.decided.map((f) => FIELD_WORDS[f] ?? f).join(", ");
  const changed = r.machineChanged?.length
    ? h("span", { class: "review-mark machine-changed", title: "the article was stored again and the extractor now reads these fields differently" },
      `Machine reading changed: ${r.machineChanged.map((f) => FIELD_WORDS[f] ?? f).join(", ")}`)
    : null;
  return [h("span", { class: ["review-mark", "person", `review-${r.status}`], title: `${r.status} by ${r.by}, ${r.at}` },
    `${r.status[0].toUpperCase()}${r.status.slice(1)} by ${r.by}: ${fields}`), changed ? [" ", changed] : null];
}

/** The buttons under a claim; `done` runs after the server has the review (to show the page again). */
export function reviewBar(claim, done) {
  const reason = h("select", { "aria-label": "Reason to reject", class: "reject-reason" }, REASONS.map(([v, label]) => h("option", { value: v }, label)));
  const status = h("span", { class: "review-status", role: "status" });
  const send = async (body) => {
    status.textContent = "Saving…";
    try {
      await postJson(`/claims/${encodeURIComponent(claim.id)}/review`, body);
      status.textContent = "Saved";
      await done();
    } catch (e) {
      status.textContent = messageOf(e);
      status.classList.add("error");
    }
  };
  const bar = h("div", { class: "review-bar" },
    reviewMark(claim), " ",
    h("button", { type: "button", class: "accept", "aria-keyshortcuts": "a", on: { click: () => send({ action: "accept" }) } }, "Accept (a)"), " ",
    h("button", { type: "button", class: "reject", "aria-keyshortcuts": "r", on: { click: () => send({ action: "reject", reason: reason.value }) } }, "Reject (r)"), " ",
    reason, " ", status);
  return bar;
}

const typing = (el) => el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

/** j/k/a/r over the claims in `root`; returns the cleanup that removes the listener. */
export function reviewKeys(root) {
  const cards = () => [...root.querySelectorAll("article.claim")];
  let at = -1;
  const select = (i) => {
    const list = cards();
    if (!list.length) return;
    at = Math.max(0, Math.min(list.length - 1, i));
    list.forEach((c, j) => c.classList.toggle("selected", j === at));
    list[at].focus({ preventScroll: true });
    list[at].scrollIntoView({ block: "nearest" });
  };
  const onKey = (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    if (e.key === "j") select(at + 1);
    else if (e.key === "k") select(at - 1);
    else if (e.key === "a" || e.key === "r") {
      const card = cards()[at];
      if (!card) return;
      card.querySelector(e.key === "a" ? "button.accept" : "button.reject")?.click();
    } else return;
    e.preventDefault();
  };
  document.addEventListener("keydown", onKey);
  return () => document.removeEventListener("keydown", onKey);
}

const short = (v) => {
  if (v === null || v === undefined) return "none";
  if (typeof v !== "object") return String(v);
  if (v.name) return v.name;
  if (v.kind && v.measure) return `${v.kind}/${v.measure}`;
  if ("start" in v && "end" in v) return v.start === v.end ? v.start : `${v.start}–${v.end}`;
  if ("low" in v) return v.value ?? `${v.low}–${v.high}`;
  return JSON.stringify(v);
};

function describeEvent(e, undone, done) {
  const what = e.action === "correct" ? `corrected ${FIELD_WORDS[e.field] ?? e.field}: ${short(e.before)} → ${short(e.after)}`
    : e.action === "reject" ? `rejected a claim (${String(e.after).replace(/-/g, " ")})`
      : e.action === "add" ? `added a claim: “${e.after?.evidence?.text ?? ""}”`
        : e.action === "undo" ? `undid ${e.undoes}` : "accepted a claim";
  return h("li", { class: undone.has(e.id) ? "undone" : "" },
    h("time", { datetime: e.at }, e.at.slice(0, 16).replace("T", " ")), " ", h("strong", {}, e.reviewer), " ", what,
    e.note ? h("span", { class: "muted" }, ` — ${e.note}`) : null, " ", h("code", { class: "muted" }, e.id),
    undone.has(e.id) ? h("span", { class: "muted" }, " (undone)") : null,
    e.action !== "undo" && !undone.has(e.id) ? [" ", undoButton(e, done)] : null);
}

function undoButton(e, done) {
  const status = h("span", { class: "review-status", role: "status" });
  const undo = async () => {
    try {
      await postJson(`/reviews/${encodeURIComponent(e.id)}/undo`, {});
      await done();
    } catch (err) {
      status.textContent = messageOf(err);
      status.classList.add("error");
    }
  };
  return [h("button", { type: "button", class: "undo", "aria-label": `Undo ${e.id}`, on: { click: undo } }, "Undo"), " ", status];
}

/** The proposition's review history, oldest first, each event with its undo. */
export function reviewHistory(events, done) {
  const undone = new Set(events.map((e) => e.undoes).filter(Boolean));
  return h("section", { class: "review-history" }, h("h2", {}, `Review history (${events.length})`),
    events.length ? h("ol", {}, events.map((e) => describeEvent(e, undone, done)))
      : h("p", { class: "muted" }, "No person has reviewed these claims yet. Keys: j/k next/previous claim, a accept, r reject."));
}
