// The report as ONE self-contained HTML page: inline CSS, no scripts, no external assets; every piece
// of article text escaped (see html-escape.ts).
import type { Check } from "../../claims/index.js";
import type { PrimarySourceWithNote, TimelineEntry } from "../../reconcile/index.js";
import { html, Html } from "./html-escape.js";
import type { Ledger } from "./ledger.js";
import { groupPositions, whenText, type Position, type PositionGroup } from "./positions.js";
import { REPORT_CSS } from "./report-css.js";
import { buildReport, type PropositionView, type ReportSection } from "./report-model.js";
import { formatDate, formatPeriod, SIDE_WORDS, STANCE_WORDS, STATUS_WORDS, titleOf } from "./wording.js";

export function renderReportHtml(ledger: Ledger): string {
  const model = buildReport(ledger);
  const { counts } = model;
  const anchor = (i: number) => `place-${i}`;
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${model.title}</title>
<style>${new Html(REPORT_CSS)}</style>
</head>
<body>
<header>
<h1>${model.title}</h1>
<p>${counts.propositions} propositions from ${counts.claims} claims in ${counts.articles} articles.
${Object.entries(counts.byStatus).map(([s, n]) => html`<span class="status ${s}">${n} ${STATUS_WORDS[s as keyof typeof STATUS_WORDS] ?? s}</span> `)}</p>
<nav><ul>${model.sections.map((s, i) => html`<li><a href="#${anchor(i)}">${s.place?.name ?? "Other propositions"}</a> (${s.claimCount})</li>`)}</ul></nav>
</header>
<main>
${model.sections.map((s, i) => renderSection(s, anchor(i), ledger))}
</main>
</body>
</html>
`;
  return page.value;
}

function renderSection(section: ReportSection, id: string, ledger: Ledger): Html {
  return html`<section id="${id}">
<h2>${section.place?.name ?? "Other propositions"} <small>(${section.claimCount} claims)</small></h2>
${section.propositions.map((v) => renderProposition(v, ledger))}
${section.timeline.length ? renderTimeline(section.timeline) : ""}
</section>
`;
}

function renderProposition(view: PropositionView, ledger: Ledger): Html {
  const p = view.proposition;
  return html`<article class="prop" id="${p.id}">
<h3>${view.title} <span class="status ${p.status}">${STATUS_WORDS[p.status]}</span></h3>
<dl class="facts">
<dt>Period</dt><dd>${formatPeriod(p.time)}</dd>
<dt>Reports</dt><dd>${p.reports} articles, ${p.claims.length} claims</dd>
${view.figure ? html`<dt>Figure</dt><dd>${view.figure}${view.bounds ? html` — ${view.bounds}` : ""}</dd>` : ""}
${view.statusReason ? html`<dt>Status rule</dt><dd><code>${view.statusReason}</code></dd>` : ""}
</dl>
<table><thead><tr><th>Primary source</th><th>Side</th><th>Stance</th><th>Speakers</th><th>Reported by</th><th>Hedges</th></tr></thead><tbody>
${p.primary_sources.map((s) => html`<tr><td>${s.name}</td><td>${s.side ? SIDE_WORDS[s.side] : "unknown"}</td><td>${STANCE_WORDS[s.stance]}${(s as PrimarySourceWithNote).note ? html` <small>(${(s as PrimarySourceWithNote).note})</small>` : ""}</td><td>${s.speakers.join(", ")}</td><td>${s.reported_by.join(", ")}</td><td>${(s.hedges ?? []).join(", ") || "—"}</td></tr>`)}
</tbody></table>
${view.positions.length ? html`<div class="positions">${groupPositions(view.positions).map(renderGroup)}</div>` : ""}
${view.related.length ? html`<ul>${view.related.map((r) => html`<li>${r.relation}: <a href="#${r.id}">${r.title}</a>${r.status ? html` (${r.status})` : ""}</li>`)}</ul>` : ""}
${p.checks.length ? html`<ul class="checks">${p.checks.map(renderCheck)}</ul>` : ""}
<details><summary>Evidence (${view.claims.length})</summary>
${view.claims.map((c) => html`<blockquote><p>${c.evidence.text}</p><footer>${ledger.outletOf(c.doc) ?? c.doc} · ${c.source?.name ?? "own voice"} · ${c.polarity} · <code>${c.id}</code></footer></blockquote>`)}
</details>
</article>
`;
}

const renderGroup = (g: PositionGroup): Html =>
  html`<div class="position stance-${g.stance}"><div class="says">${g.says}</div>${g.sources.map(renderSource)}</div>`;

const renderSource = (x: Position): Html =>
  html`<div class="source ${x.side ?? "unknown"}"><span class="who">${x.source}</span>${x.side ? html` <small>(${SIDE_WORDS[x.side]})</small>` : ""}<div class="meta">${whenText(x.when)} · ${x.outlets.join(", ")}${x.hedges.length ? html` · ${x.hedges.join(", ")}` : ""}</div></div>`;

const renderCheck = (c: Check): Html => html`<li class="${c.result}">${c.result} (${c.against}): ${c.detail}</li>`;

function renderTimeline(entries: TimelineEntry[]): Html {
  return html`<h3>Control timeline</h3>
<table><thead><tr><th>Date</th><th>What</th><th>Side</th><th>Source</th><th>Outlet</th><th>Stance</th></tr></thead><tbody>
${entries.map((e) => html`<tr><td>${e.date ? formatDate(e.date) : "undated"}</td><td>${titleOf(e.claim)}</td><td>${e.side ? SIDE_WORDS[e.side] : "—"}</td><td>${e.source ?? "—"}</td><td>${e.outlet ?? e.claim.doc}</td><td>${STANCE_WORDS[e.stance]}</td></tr>`)}
</tbody></table>
`;
}
