// Formats the user reads: report (Markdown, HTML, JSON), claims as CSV and GeoJSON, places as GeoJSON, ClaimReview.
export type { Ledger } from "./ledger.js";
export { renderReportMarkdown } from "./report-markdown.js";
export { renderReportHtml } from "./report-html.js";
export { renderReportJson } from "./report-json.js";
export { buildReport, type ReportModel, type ReportSection, type PropositionView } from "./report-model.js";
export { claimsToCsv, csvField, CSV_COLUMNS } from "./claims-csv.js";
export { claimRecordsToCsv, BOM, type CsvOptions } from "./claims-export-csv.js";
export { claimExportRow, CLAIM_EXPORT_COLUMNS, type ClaimExportRow, type ClaimExportColumn } from "./claim-export-row.js";
export { placesToGeoJson, type PlaceFeatureCollection, type PlaceFeature } from "./places-geojson.js";
export { claimRecordsToGeoJson, type ClaimFeatureCollection, type ClaimFeature } from "./claims-geojson.js";
export { reviewToClaimReview, reviewsToJsonLd, propositionPageUrl, type ClaimReviewOptions } from "./claim-review.js";
export { formatTable, truncate, type TableOptions } from "./format-table.js";
export { escapeHtml } from "./html-escape.js";
export { printable, neutraliseFormula } from "./printable.js";
export { titleOf, formatDate, formatPeriod } from "./wording.js";
export { timelineToCsv, disputesToCsv, TIMELINE_CSV_COLUMNS, DISPUTE_CSV_COLUMNS } from "./listing-csv.js";
export { changesToAtom, nameUuid, type AtomOptions } from "./changes-atom.js";
