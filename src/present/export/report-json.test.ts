import { test } from "node:test";
import assert from "node:assert/strict";
import { renderReportJson } from "./report-json.js";
import { sampleLedger } from "./export-fixtures.js";

test("JSON report is { propositions } in the ledger.md shape", () => {
  const parsed = JSON.parse(renderReportJson(sampleLedger()));
  assert.deepEqual(Object.keys(parsed), ["propositions"]);
  const p = parsed.propositions[0];
  assert.deepEqual(Object.keys(p).slice(0, 13), [
    "id", "kind", "measure", "side", "place", "time", "claims", "reports", "primary_sources", "figure", "status", "related", "checks",
  ]);
  assert.equal(typeof p.status_reason, "string");
});
