// Timelines and disputes as CSV (RFC 4180, header row, CRLF): the CLI's `--format csv` of those listings.
import type { Dispute, TitledTimelineEntry } from "../../ledger/index.js";
import { csvField } from "./claims-csv.js";

const csv = (rows: unknown[][]): string => rows.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";

export const TIMELINE_CSV_COLUMNS = ["date", "claim_id", "doc", "title", "kind", "measure", "side", "source", "stance", "outlet", "evidence"];

export const timelineToCsv = (entries: TitledTimelineEntry[]): string =>
  csv([TIMELINE_CSV_COLUMNS, ...entries.map((e) => [e.date, e.claim.id, e.claim.doc, e.title, e.claim.kind, e.claim.measure, e.side, e.source, e.stance, e.outlet, e.claim.evidence.text])]);

export const DISPUTE_CSV_COLUMNS = ["proposition_id", "title", "status", "position", "stance", "source", "side", "when", "reported_by", "hedges", "position_proposition_id"];

export const disputesToCsv = (disputes: Dispute[]): string =>
  csv([DISPUTE_CSV_COLUMNS, ...disputes.flatMap((d) => d.positions.flatMap((g) => g.sources.map((x) => [
    d.proposition.id, d.proposition.title, d.proposition.status, x.says, x.stance, x.source, x.side, x.when, x.outlets.join("; "), x.hedges.join("; "), x.propositionId,
  ])))]);
