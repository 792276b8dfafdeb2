// The report as Markdown: readable in a terminal as it stands, and renders as a page.
import type { Check } from "../../claims/index.js";
import type { PrimarySourceWithNote, TimelineEntry } from "../../reconcile/index.js";
import type { Ledger } from "./ledger.js";
import { mdTable, mdText } from "./markdown-text.js";
import { groupPositions, whoText } from "./positions.js";
import { buildReport, type PropositionView, type ReportSection } from "./report-model.js";
import { formatDate, formatPeriod, SIDE_WORDS, STANCE_WORDS, STATUS_WORDS, titleOf } from "./wording.js";

export function renderReportMarkdown(ledger: Ledger): string {
  const model = buildReport(ledger);
  const { counts } = model;
  const statusLine = Object.entries(counts.byStatus)
    .map(([s, n]) => `${n} ${STATUS_WORDS[s as keyof typeof STATUS_WORDS] ?? s}`)
    .join(", ");
  const out = [
    `# ${mdText(model.title)}`,
    "",
    `${counts.propositions} propositions from ${counts.claims} claims in ${counts.articles} articles${statusLine ? ` (${statusLine})` : ""}.`,
  ];
  for (const section of model.sections) out.push("", ...renderSection(section, ledger));
  return out.join("\n") + "\n";
}

function renderSection(section: ReportSection, ledger: Ledger): string[] {
  const heading = section.place ? mdText(section.place.name) : "Other propositions";
  const out = [`## ${heading} (${section.claimCount} claims)`];
  for (const view of section.propositions) out.push("", ...renderProposition(view, ledger));
  if (section.timeline.length) out.push("", "### Control timeline", "", renderTimeline(section.timeline));
  return out;
}

function renderProposition(view: PropositionView, ledger: Ledger): string[] {
  const p = view.proposition;
  const out = [`### ${mdText(view.title)} — ${STATUS_WORDS[p.status].toUpperCase()}`, ""];
  out.push(`- Period: ${formatPeriod(p.time)}`);
  out.push(`- Reports: ${p.reports} article${p.reports === 1 ? "" : "s"}, ${p.claims.length} claim${p.claims.length === 1 ? "" : "s"}`);
  if (view.figure) out.push(`- Figure: ${mdText(view.figure)}${view.bounds ? ` — ${mdText(view.bounds)}` : ""}`);
  if (view.statusReason) out.push(`- Status rule: \`${view.statusReason}\``);
  out.push(`- Id: \`${p.id}\``, "", "Primary sources:", "");
  out.push(
    mdTable(
      ["Source", "Side", "Stance", "Speakers", "Reported by", "Hedges"],
      p.primary_sources.map((s) => [
        s.name,
        s.side ? SIDE_WORDS[s.side] : "unknown",
        stanceText(s),
        s.speakers.join(", "),
        s.reported_by.join(", "),
        (s.hedges ?? []).join(", ") || "—",
      ]),
    ),
  );
  if (view.positions.length) {
    out.push("", "Positions side by side:", "");
    out.push(
      mdTable(
        ["Says", "Who", "Reported by"],
        groupPositions(view.positions).map((g) => [
          g.says,
          g.sources.map((x) => whoText(x, (s) => SIDE_WORDS[s])).join("; "),
          [...new Set(g.sources.flatMap((x) => x.outlets))].join(", "),
        ]),
      ),
    );
  }
  for (const r of view.related) out.push("", `- ${r.relation}: ${mdText(r.title)}${r.status ? ` (${STATUS_WORDS[r.status as keyof typeof STATUS_WORDS] ?? r.status})` : ""} \`${r.id}\``);
  if (p.checks.length) out.push("", "Reference checks:", "", ...p.checks.map(renderCheck));
  if (view.claims.length) {
    out.push("", "Evidence:", "");
    for (const c of view.claims) {
      out.push(`> ${mdText(c.evidence.text)}  `, `> — ${mdText(ledger.outletOf(c.doc) ?? c.doc)}, ${mdText(c.source?.name ?? "own voice")}, ${c.polarity} (\`${c.id}\`)`, "");
    }
    out.pop();
  }
  return out;
}

const stanceText = (s: PrimarySourceWithNote): string => STANCE_WORDS[s.stance] + (s.note ? ` (${s.note})` : "");

const renderCheck = (c: Check): string =>
  `- ${c.result === "consistent" ? "✔ consistent" : "✘ inconsistent"} (\`${c.against}\`): ${mdText(c.detail)}`;

function renderTimeline(entries: TimelineEntry[]): string {
  return mdTable(
    ["Date", "What", "Side", "Source", "Outlet", "Stance"],
    entries.map((e) => [
      e.date ? formatDate(e.date) : "undated",
      titleOf(e.claim),
      e.side ? SIDE_WORDS[e.side] : "—",
      e.source ?? "—",
      e.outlet ?? e.claim.doc,
      STANCE_WORDS[e.stance],
    ]),
  );
}
