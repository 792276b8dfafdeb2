// Claims as CSV (RFC 4180): one row per claim, nested fields flattened, CRLF line ends.
import { neutraliseFormula } from "./printable.js";
import type { Claim } from "../../claims/index.js";

export const CSV_COLUMNS: { name: string; get: (c: Claim, outletOf?: (doc: string) => string | null) => unknown }[] = [
  { name: "id", get: (c) => c.id },
  { name: "doc", get: (c) => c.doc },
  { name: "outlet", get: (c, outletOf) => outletOf?.(c.doc) ?? null },
  { name: "kind", get: (c) => c.kind },
  { name: "measure", get: (c) => c.measure },
  { name: "side", get: (c) => c.side },
  { name: "value", get: (c) => c.value },
  { name: "low", get: (c) => c.low },
  { name: "high", get: (c) => c.high },
  { name: "qualifier", get: (c) => c.qualifier },
  { name: "unit", get: (c) => c.unit },
  { name: "place", get: (c) => c.place?.name },
  { name: "place_id", get: (c) => c.place?.id },
  { name: "place_lat", get: (c) => c.place?.lat },
  { name: "place_lon", get: (c) => c.place?.lon },
  { name: "place2", get: (c) => c.place2?.name },
  { name: "time_start", get: (c) => c.time?.start },
  { name: "time_end", get: (c) => c.time?.end },
  { name: "time_text", get: (c) => c.time?.text },
  { name: "source", get: (c) => c.source?.name },
  { name: "source_kind", get: (c) => c.source?.kind },
  { name: "source_side", get: (c) => c.source?.side },
  { name: "source_role", get: (c) => c.source?.role },
  { name: "source_institution", get: (c) => c.source?.institution },
  { name: "polarity", get: (c) => c.polarity },
  { name: "hedges", get: (c) => c.hedges.join("; ") },
  { name: "evidence_text", get: (c) => c.evidence.text },
  { name: "evidence_start", get: (c) => c.evidence.start },
  { name: "evidence_end", get: (c) => c.evidence.end },
];

/**
 * A field quoted when it holds a comma, a quote, CR or LF; quotes doubled (RFC 4180 §2.6–2.7). Text that a
 * spreadsheet would run as a formula (= + - @, tab, CR first) starts with an apostrophe; numbers stay numbers.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  const s = typeof value === "number" ? String(value) : neutraliseFormula(String(value));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function claimsToCsv(claims: Claim[], outletOf?: (doc: string) => string | null): string {
  const rows = [CSV_COLUMNS.map((c) => c.name), ...claims.map((claim) => CSV_COLUMNS.map((col) => col.get(claim, outletOf)))];
  return rows.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}
