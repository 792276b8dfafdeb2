// The claims export as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line
// break), one row per claim in CLAIM_EXPORT_COLUMNS; `bom` starts it with U+FEFF, which spreadsheet
// programs need to read UTF-8 (Cyrillic evidence) rather than a local code page.
import type { ClaimRecord } from "../../ledger/index.js";
import { CLAIM_EXPORT_COLUMNS, claimExportRow } from "./claim-export-row.js";
import { csvField } from "./claims-csv.js";

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark (default false). */
  bom?: boolean;
}

export const BOM = "\uFEFF";

export function claimRecordsToCsv(records: ClaimRecord[], options: CsvOptions = {}): string {
  const lines = [CLAIM_EXPORT_COLUMNS.join(",")];
  for (const r of records) {
    const row = claimExportRow(r);
    lines.push(CLAIM_EXPORT_COLUMNS.map((col) => csvField(row[col])).join(","));
  }
  return (options.bom ? BOM : "") + lines.join("\r\n") + "\r\n";
}
