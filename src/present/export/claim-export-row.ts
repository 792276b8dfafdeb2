// One claim record as a flat row, ACLED-style: the columns of the CSV export and the properties of the
// per-claim GeoJSON, so that a spreadsheet and a GIS read the same fields. Only layout: every value is
// computed in src/ledger/ (claim-records.ts, claim-dates.ts).
import { ACLED_GEO_PRECISION, ACLED_TIME_PRECISION, type ClaimRecord } from "../../ledger/index.js";

export type ExportValue = string | number | null;

/** Column order of the CSV, with what each holds. */
export const CLAIM_EXPORT_COLUMNS = [
  "claim_id", "proposition_id", "proposition_title", "proposition_status",
  "event_date", "date_from", "date_first", "date_last", "time_start", "time_end", "time_text",
  "time_precision", "time_precision_text",
  "kind", "measure", "side", "value", "low", "high", "qualifier", "unit", "polarity", "hedges",
  "source", "source_kind", "source_side", "primary_source", "primary_source_side",
  "location", "place_id", "admin1", "country", "latitude", "longitude", "geo_precision", "place_precision", "place2",
  "outlet", "url", "title", "published", "lang", "doc", "notes", "evidence_start", "evidence_end",
] as const;

export type ClaimExportColumn = (typeof CLAIM_EXPORT_COLUMNS)[number];
export type ClaimExportRow = Record<ClaimExportColumn, ExportValue>;

export function claimExportRow(r: ClaimRecord): ClaimExportRow {
  const c = r.claim;
  return {
    claim_id: c.id,
    proposition_id: r.proposition?.id ?? null,
    proposition_title: r.proposition?.title ?? null,
    proposition_status: r.proposition?.status ?? null,
    event_date: r.date.date,
    date_from: r.date.from,
    date_first: r.date.first,
    date_last: r.date.last,
    time_start: c.time?.start ?? null,
    time_end: c.time?.end ?? null,
    time_text: c.time?.text || null,
    time_precision: r.date.precision ? ACLED_TIME_PRECISION[r.date.precision] : null,
    time_precision_text: r.date.precision,
    kind: c.kind,
    measure: c.measure,
    side: c.side,
    value: c.value,
    low: c.low,
    high: c.high,
    qualifier: c.qualifier,
    unit: c.unit,
    polarity: c.polarity,
    hedges: c.hedges.length ? c.hedges.join("; ") : null,
    source: c.source?.name ?? null,
    source_kind: c.source?.kind ?? null,
    source_side: c.source?.side ?? null,
    primary_source: r.primarySource?.name ?? null,
    primary_source_side: r.primarySource?.side ?? null,
    location: c.place?.name ?? null,
    place_id: c.place?.id ?? null,
    admin1: c.place?.region ?? null,
    country: c.place?.country ?? null,
    latitude: c.place?.lat ?? null,
    longitude: c.place?.lon ?? null,
    geo_precision: r.placePrecision ? ACLED_GEO_PRECISION[r.placePrecision] : null,
    place_precision: r.placePrecision,
    place2: c.place2?.name ?? null,
    outlet: r.document.outlet,
    url: r.document.url,
    title: r.document.title,
    published: r.document.published,
    lang: c.lang ?? null,
    doc: c.doc,
    notes: c.evidence.text,
    evidence_start: c.evidence.start,
    evidence_end: c.evidence.end,
  };
}
