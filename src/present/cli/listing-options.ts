// The options every listing command (claims, disputes, timeline) shares (issue 13): one spelling, one
// validation message and one meaning each. A bad value is a usage error naming the values allowed.
import { STATUSES, type PropositionStatus, type SourceSide } from "../../claims/index.js";
import type { TableOptions } from "../export/index.js";
import type { Io } from "./io.js";
import { oneOf, positiveInt, type OptionSpec } from "./options.js";
import { UsageError } from "./usage-error.js";
import { asOfOption } from "./ledger-access.js";
import type { AsOf } from "../../history/index.js";

export const LISTING_FORMATS = ["table", "json", "jsonl", "csv"] as const;
export type ListingFormat = (typeof LISTING_FORMATS)[number];

/** The speaker's side as claims record it (claim.source.side, a primary source's side). */
export const SPEAKER_SIDES: readonly SourceSide[] = ["RU", "UA", "independent"];

export const LISTING_OPTIONS: OptionSpec = {
  format: { type: "string" }, limit: { type: "string" }, offset: { type: "string" }, outlet: { type: "string" },
  "speaker-side": { type: "string" }, status: { type: "string" }, wide: { type: "boolean" }, db: { type: "string" },
  "as-of": { type: "string" }, "as-of-ingested": { type: "boolean" },
};

/** The synopsis of the shared options, for each command's usage line. */
export const LISTING_SYNOPSIS = "[--outlet NAME] [--speaker-side RU|UA|independent] [--status S] [--limit N] [--offset N]\n" +
  "          [--format table|json|jsonl|csv] [--wide] [--as-of YYYY-MM-DD [--as-of-ingested]] [--db FILE]";

/** What the shared options mean, for each command's --help. */
export const LISTING_HELP = `
Options of every listing command (claims, disputes, timeline):
  --outlet NAME       only what this outlet published or carried (a part of its name, any case)
  --speaker-side S    only what speakers of this side say: ${SPEAKER_SIDES.join(", ")}
  --status S          only propositions of this status: ${STATUSES.join(", ")}
  --limit N, --offset N   a page of the rows; when rows are left out, stderr says how many there are
  --format F          table (for people), json (one object with total, limit, offset, items), jsonl, csv
  --wide              never shorten a cell (cells are shortened only to fit a terminal)
  --as-of DAY         the ledger as it stood on that day (YYYY-MM-DD): only the articles published by then,
                      statuses reconciled from their claims alone; --as-of-ingested: stored by then instead`;

export interface Listing {
  format: ListingFormat;
  limit: number;
  offset: number;
  outlet?: string;
  speakerSide?: SourceSide;
  status?: PropositionStatus;
  wide: boolean;
  asOf?: AsOf;
}

export function listingOptions(values: Record<string, string | boolean | undefined>, usage: string, defaultLimit: number): Listing {
  const v = values as Record<string, string | undefined>;
  if (v.outlet !== undefined && v.outlet.trim() === "") throw new UsageError("--outlet needs a name, e.g. --outlet \"Moscow Times\"", usage);
  return {
    format: oneOf("format", v.format, LISTING_FORMATS, usage) ?? "table",
    limit: positiveInt("limit", v.limit, usage) ?? defaultLimit,
    offset: wholeNumber("offset", v.offset, usage) ?? 0,
    outlet: v.outlet,
    speakerSide: speakerSideOption(v["speaker-side"], usage),
    status: statusOption(v.status, usage),
    wide: Boolean(values.wide),
    ...optional("asOf", asOfOption(values, usage)),
  };
}

const optional = <K extends string, T>(key: K, value: T | undefined): { [k in K]?: T } => (value === undefined ? {} : ({ [key]: value } as { [k in K]: T }));

/** RU, UA or independent, in any case. */
export function speakerSideOption(value: string | undefined, usage: string): SourceSide | undefined {
  if (value === undefined) return undefined;
  const found = SPEAKER_SIDES.find((s) => s.toLowerCase() === value.trim().toLowerCase());
  return found ?? oneOf("speaker-side", value, SPEAKER_SIDES, usage);
}

/** A proposition status as the ledger words it; "single-source" and "one sided" are read as single_source, one_sided. */
export function statusOption(value: string | undefined, usage: string): PropositionStatus | undefined {
  if (value === undefined) return undefined;
  const key = value.trim().toLowerCase().replace(/[\s-]+/g, "_");
  return (STATUSES as string[]).includes(key) ? (key as PropositionStatus) : oneOf("status", value, STATUSES, usage);
}

export function wholeNumber(name: string, value: string | undefined, usage: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`bad --${name} "${value}": use a whole number (0 or more)`, usage);
  return Number(value);
}

/**
 * How a table fits its output: shortened to the terminal's width on a terminal (each column within
 * `widths` first), whole cells when stdout is a pipe or a file, or with --wide.
 */
export function tableFit(io: Io, wide: boolean, widths: number[]): Pick<TableOptions, "widths" | "columns"> {
  return io.columns === undefined || wide ? {} : { widths, columns: io.columns };
}

const count = (n: number): string => n.toLocaleString("en-US");

/** Says on stderr that a page left rows out: "showing 50 of 2,113 claims; use --limit/--offset for more". */
export function notePage(io: Io, page: { shown: number; offset: number; total: number }, noun: string): void {
  const { shown, offset, total } = page;
  if (shown === 0 || offset + shown >= total && offset === 0) return;
  const range = offset === 0 ? count(shown) : `${count(offset + 1)}–${count(offset + shown)}`;
  io.err(`fogline: showing ${range} of ${count(total)} ${noun}; use --limit/--offset for ${offset + shown < total ? "more" : "others"}\n`);
}
