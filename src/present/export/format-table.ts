// Aligned columns for the terminal. The width comes in as a parameter (pass process.stdout.columns):
// no globals. Cells too long for their column end in "…"; control characters are shown as escapes.
import { printable } from "./printable.js";

export interface TableOptions {
  /** Maximum width of each column (characters); missing entries are unlimited. */
  widths?: (number | undefined)[];
  /** Total width available, e.g. process.stdout.columns; undefined = no limit. */
  columns?: number;
  /** Space between columns; default 2. */
  gap?: number;
}

const chars = (s: string): string[] => [...s];

export function truncate(s: string, width: number): string {
  const cs = chars(s);
  if (cs.length <= width) return s;
  return width <= 0 ? "" : cs.slice(0, width - 1).join("") + "…";
}

export function formatTable(rows: string[][], widths?: (number | undefined)[], columns?: number): string;
export function formatTable(rows: string[][], options?: TableOptions): string;
export function formatTable(rows: string[][], a?: (number | undefined)[] | TableOptions, columns?: number): string {
  const options: TableOptions = Array.isArray(a) ? { widths: a, columns } : { ...a, columns: a?.columns ?? columns };
  const gap = options.gap ?? 2;
  const cells = rows.map((r) => r.map((c) => printable((c ?? "").replace(/\s*[\r\n]+\s*/g, " "))));
  const n = Math.max(0, ...cells.map((r) => r.length));
  const width = Array.from({ length: n }, (_, i) => {
    const natural = Math.max(0, ...cells.map((r) => chars(r[i] ?? "").length));
    const cap = options.widths?.[i];
    return cap === undefined ? natural : Math.min(natural, cap);
  });
  if (options.columns !== undefined) shrinkToFit(width, options.columns - gap * Math.max(0, n - 1));
  return cells
    .map((r) =>
      width
        .map((w, i) => {
          const cell = truncate(r[i] ?? "", w);
          return i === n - 1 ? cell : cell + " ".repeat(w - chars(cell).length);
        })
        .join(" ".repeat(gap))
        .trimEnd(),
    )
    .join("\n");
}

/** Take one character at a time from the widest column until the row fits (columns keep at least 1). */
function shrinkToFit(width: number[], available: number): void {
  let total = width.reduce((a, b) => a + b, 0);
  while (total > Math.max(available, width.length)) {
    const widest = width.indexOf(Math.max(...width));
    if (width[widest] <= 1) break;
    width[widest]--;
    total--;
  }
}
