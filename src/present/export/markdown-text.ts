// Making article text safe inside Markdown: table cells and inline text.

/** One table cell: no line breaks, pipes escaped. */
export const mdCell = (s: string): string =>
  s.replace(/\r?\n|\r/g, " ").replace(/([\\|<>`])/g, "\\$1").trim();

/** Inline text: Markdown punctuation and HTML-looking angle brackets escaped, one line. */
export const mdText = (s: string): string =>
  s.replace(/\r?\n|\r/g, " ").replace(/([\\`*_[\]#<>|])/g, "\\$1");

export function mdTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(mdCell).join(" | ")} |`;
  return [line(header), `|${header.map(() => "---").join("|")}|`, ...rows.map(line)].join("\n");
}
