// fogline extract ARTICLE_OR_FOLDER... [--meta manifest.json] [--format jsonl|json|table|csv] [--wide] [--lang CODE] [--explain]
// Streams: each article's claims are printed as soon as it is read, so memory stays flat.
import type { Claim } from "../../claims/index.js";
import { createPipeline } from "../../pipeline.js";
import type { Io } from "./io.js";
import { oneOf, parse } from "./options.js";
import { UsageError } from "./usage-error.js";
import { claimTable } from "./claim-table.js";
import { claimsToCsv } from "../export/index.js";
import { progressLine } from "./progress.js";
import { language } from "./language-option.js";
import { printable } from "../export/printable.js";
import { assertManifestFile } from "./path-checks.js";

export const EXTRACT_USAGE = `usage: fogline extract ARTICLE_OR_FOLDER... [--meta manifest.json] [--format jsonl|json|table|csv] [--wide] [--lang CODE] [--explain]

Reads articles (.txt, .html, folders of them, feeds, http(s) URLs) and prints their claims.
  --meta FILE      manifest.json giving outlet, published (YYYY[-MM[-DD]]) and title per document id
                   (a folder's own manifest.json is read without this)
  --format F       jsonl (default: one claim per line), json (one array), table (for people), csv
  --wide           never shorten a table's cells (they are shortened only to fit a terminal)
  --lang CODE      read every article as this language (default: detected per article; one in a
                   language without a language pack is skipped with its reason)
  --explain        add each claim's trail: the rules that made it
Exit status: 0 if every input was read, 1 if some were skipped, 2 on usage errors.`;

export async function extractCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    meta: { type: "string" }, format: { type: "string" }, explain: { type: "boolean" }, lang: { type: "string" }, wide: { type: "boolean" },
  }, EXTRACT_USAGE);
  if (values.help) { io.out(EXTRACT_USAGE + "\n"); return 0; }
  const format = oneOf("format", values.format as string | undefined, ["jsonl", "json", "table", "csv"] as const, EXTRACT_USAGE) ?? "jsonl";
  if (!positionals.length) throw new UsageError("no articles given", EXTRACT_USAGE);
  await assertManifestFile(values.meta as string | undefined, "--meta");

  const pipeline = createPipeline({ explain: Boolean(values.explain), language: language(values.lang as string | undefined, EXTRACT_USAGE) });
  let skipped = 0, articles = 0, claims = 0, first = true;
  // A table needs every row to size its columns; jsonl and json stream.
  const table: Claim[] = [];
  const progress = progressLine(io);
  if (format === "json") io.out("[");
  const items = pipeline.extractInputs(positionals, {
    meta: values.meta as string | undefined,
    onWarning: (origin, message) => { progress.clear(); io.err(`fogline: warning: ${printable(origin)}: ${printable(message)}\n`); },
  });
  for await (const item of items) {
    if ("problem" in item) {
      skipped++;
      progress.clear();
      io.err(`fogline: ${printable(item.problem.origin)}: ${printable(item.problem.reason)}\n`);
      continue;
    }
    articles++;
    claims += item.claims.length;
    if (format === "table") table.push(...item.claims);
    else if (format === "csv") {
      // One header, then each article's rows as it is read.
      const text = claimsToCsv(item.claims, () => item.article.outlet ?? null);
      io.out(first ? text : text.slice(text.indexOf("\r\n") + 2));
      first = false;
    } else write(io, format, item.claims, () => { const f = first; first = false; return f; });
    progress.update(`extracted ${articles} article${articles === 1 ? "" : "s"}, ${claims} claims`);
  }
  progress.clear();
  if (format === "json") io.out(first ? "]\n" : "\n]\n");
  if (format === "csv" && first) io.out(claimsToCsv([]));
  if (format === "table") io.out(table.length ? claimTable(table, values.wide ? undefined : io.columns) + "\n" : "no claims found\n");
  return skipped ? 1 : 0;
}

function write(io: Io, format: "jsonl" | "json", claims: Claim[], isFirst: () => boolean): void {
  if (format === "jsonl") for (const c of claims) io.out(JSON.stringify(c) + "\n");
  else for (const c of claims) io.out((isFirst() ? "\n" : ",\n") + JSON.stringify(c));
}
