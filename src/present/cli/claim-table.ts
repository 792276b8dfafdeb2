// Claims as rows for a person at a terminal: aligned columns, the evidence shortened to fit one.
import type { Claim } from "../../claims/index.js";
import { describeClaimFigure } from "../../reconcile/index.js";
import { formatTable } from "../export/index.js";

export const CLAIM_HEADER = ["doc", "kind/measure", "side", "figure", "place", "time", "source", "polarity", "evidence"];

/** The widest each column gets on a terminal before the row is fitted to its width. */
export const CLAIM_WIDTHS = [14, 22, 4, 22, 16, 12, 28, 24, 60];

export function claimRow(c: Claim): string[] {
  const figure = c.value === null && c.low === null && c.high === null ? (c.qualifier === "vague" ? "vague" : "") : describeClaimFigure(c);
  const time = c.time ? (c.time.start === c.time.end ? c.time.start ?? c.time.text : `${c.time.start ?? "…"}–${c.time.end ?? "…"}`) : "";
  const source = c.source ? `${c.source.name}${c.source.side ? ` (${c.source.side})` : ""}` : "(article)";
  const polarity = c.polarity + (c.hedges.length ? ` [${c.hedges.join(", ")}]` : "");
  return [c.doc, `${c.kind}/${c.measure}`, c.side ?? "", figure, c.place?.name ?? "", time ?? "", source, polarity, c.evidence.text];
}

/** A table of claims: fitted to `columns` when given (a terminal), whole cells when not. */
export function claimTable(claims: Claim[], columns: number | undefined, header = true): string {
  const rows = claims.map(claimRow);
  const fit = columns === undefined ? {} : { widths: CLAIM_WIDTHS, columns };
  return formatTable(header ? [CLAIM_HEADER, ...rows] : rows, fit);
}
