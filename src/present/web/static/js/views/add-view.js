// Add articles: paste text, upload .txt/.html files (one request per file, with progress), or give a URL
// (fetched by the server on this request only). New claims are in the ledger as soon as each answer comes.
import { get, getToken, messageOf, postForm, postJson, setToken } from "../api.js";
import { append, h, route } from "../dom.js";
import { plural } from "../format.js";
import { setTitle } from "../page.js";

const field = (label, control, hint) => h("label", { class: "field" }, h("span", {}, label), control, hint ? h("small", { class: "muted" }, hint) : null);
const metaFields = (prefix) => [
  field("Outlet", h("input", { name: "outlet", id: `${prefix}-outlet`, autocomplete: "off" })),
  field("Published", h("input", { name: "published", id: `${prefix}-published`, placeholder: "YYYY-MM-DD", pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?" }), "Relative dates in the text are read against it."),
];

function resultItem(r) {
  return [
    ...r.documents.map((d) => h("li", { class: "ok" }, h("a", { href: route("documents", d.id) }, d.id), ` — ${d.added ? "added" : "already in the ledger"}, ${plural(d.claims, "claim")}`)),
    ...(r.added === 0 && r.duplicates > 0 && !r.documents.length ? [h("li", {}, "Already in the ledger.")] : []),
    ...r.problems.map((p) => h("li", { class: "problem" }, `${p.origin.split("/").pop()}: ${p.reason}`)),
  ];
}

export async function addView({ main, signal }) {
  setTitle("Add articles");
  const status = await get("/status", {}, signal).catch(() => ({ writeNeedsToken: false }));
  const progress = h("progress", { max: 1, hidden: true, "aria-label": "Progress" });
  const message = h("p", { role: "status", "aria-live": "polite", class: "progress-message" });
  const results = h("ul", { class: "results", "aria-label": "Results" });
  const busy = (on, text, value, max) => {
    progress.hidden = !on;
    if (value === undefined) progress.removeAttribute("value"); else { progress.max = max; progress.value = value; }
    message.textContent = text;
  };
  const report = (r) => results.prepend(...resultItem(r));
  const failed = (e) => { busy(false, ""); results.prepend(h("li", { class: "problem", role: "alert" }, messageOf(e))); };

  const paste = h("form", { class: "ingest", id: "paste-form" },
    h("h2", {}, "Paste text"),
    field("Article text", h("textarea", { name: "text", id: "paste-text", rows: 10, required: true })),
    field("Title", h("input", { name: "title", id: "paste-title", autocomplete: "off" })), ...metaFields("paste"),
    h("button", { type: "submit" }, "Add this article"));
  paste.addEventListener("submit", async (e) => {
    e.preventDefault();
    const body = Object.fromEntries([...new FormData(paste)].filter(([, v]) => String(v).trim()));
    busy(true, "Reading the article…");
    try {
      const r = await postJson("/documents", body);
      busy(false, `Done: ${plural(r.claims, "new claim")}.`);
      report(r);
      if (r.added) paste.reset();
    } catch (err) { failed(err); }
  });

  const upload = h("form", { class: "ingest", id: "upload-form" },
    h("h2", {}, "Upload files"),
    field("Files (.txt, .html)", h("input", { type: "file", name: "file", id: "upload-files", multiple: true, accept: ".txt,.html,.htm,text/plain,text/html", required: true })),
    ...metaFields("upload"),
    h("button", { type: "submit" }, "Upload"));
  upload.addEventListener("submit", async (e) => {
    e.preventDefault();
    const files = [...upload.elements.file.files];
    let claims = 0;
    for (const [i, file] of files.entries()) {
      busy(true, `Reading ${file.name} (${i + 1} of ${files.length})…`, i, files.length);
      const form = new FormData();
      form.append("file", file);
      for (const name of ["outlet", "published"]) if (upload.elements[name].value.trim()) form.append(name, upload.elements[name].value.trim());
      try {
        const r = await postForm("/documents", form);
        claims += r.claims;
        report(r);
      } catch (err) { results.prepend(h("li", { class: "problem", role: "alert" }, `${file.name}: ${messageOf(err)}`)); }
    }
    busy(false, `Done: ${plural(files.length, "file")}, ${plural(claims, "new claim")}.`);
    upload.reset();
  });

  const byUrl = h("form", { class: "ingest", id: "url-form" },
    h("h2", {}, "Fetch a URL"),
    field("Address", h("input", { type: "url", name: "url", id: "url-input", required: true, placeholder: "https://…" }), "Fetched once, now, by the fogline server; private and local addresses are refused."),
    h("button", { type: "submit" }, "Fetch and add"));
  byUrl.addEventListener("submit", async (e) => {
    e.preventDefault();
    busy(true, "Fetching…");
    try {
      const r = await postJson("/documents", { url: byUrl.elements.url.value.trim() });
      busy(false, `Done: ${plural(r.claims, "new claim")}.`);
      report(r);
    } catch (err) { failed(err); }
  });

  const token = status.writeNeedsToken
    ? h("form", { class: "token" }, field("Access token (this server needs one to add articles)",
        h("input", { type: "password", id: "token", value: getToken(), autocomplete: "off", on: { change: (e) => setToken(e.target.value.trim()) } })))
    : null;

  append(main, 
    h("h1", { tabindex: "-1" }, "Add articles"),
    h("p", { class: "lede" }, "Claims are read from each article and join the ledger at once."),
    token,
    h("div", { class: "progress", "aria-live": "polite" }, progress, message),
    results,
    h("div", { class: "ingest-forms" }, paste, upload, byUrl),
  );
}
