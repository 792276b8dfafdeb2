#!/usr/bin/env node
// Inter-annotator agreement: scores a second annotator's gold against the first's with the project's
// scorer, reading the second annotation as predictions (each claim's first quote is its evidence).
//   node eval/real/agreement.mjs --first eval/real/en/dev/gold.json --second eval/real/agreement/en/second.gold.json --docs eval/real/en/dev
// Only the documents the second annotator covered are scored. Prints the scorer's summary both ways
// (first as gold, then second as gold): detection F1 is the agreement on which claims exist,
// complete F1 the agreement on every field.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : undefined; };
const [firstFile, secondFile, docs] = [arg("first"), arg("second"), arg("docs")];
if (!firstFile || !secondFile || !docs) { console.error("usage: agreement.mjs --first GOLD --second GOLD --docs DIR"); process.exit(2); }
const first = JSON.parse(readFileSync(firstFile, "utf8"));
const second = JSON.parse(readFileSync(secondFile, "utf8"));
const docsCovered = Object.keys(second.documents);
const out = path.join(here, "..", "out", "agreement");
mkdirSync(out, { recursive: true });

const subset = (gold) => ({ ...gold, documents: Object.fromEntries(docsCovered.map((d) => [d, gold.documents[d] ?? second.documents[d]])),
  places: { ...first.places, ...second.places }, claims: gold.claims.filter((c) => docsCovered.includes(c.doc)) });
const asPredictions = (gold) => gold.claims.filter((c) => docsCovered.includes(c.doc) && !c.optional).map((c) => ({
  doc: c.doc, kind: c.kind, measure: c.measure ?? null, side: c.side ?? null,
  value: c.value ?? null, low: c.low ?? null, high: c.high ?? null, qualifier: c.qualifier ?? (c.value !== undefined ? "exact" : null),
  unit: c.unit ?? null,
  place: c.place && c.place !== "*" ? { name: c.place } : null, place2: c.place2 ? { name: c.place2 } : null,
  time: c.time ?? null, source: c.source ? { name: [c.source.key].flat()[0], side: c.source.side } : c.source === null ? null : undefined,
  polarity: c.polarity ?? "asserted", hedges: c.hedged ? ["hedged"] : [], evidence: { text: c.quotes[0] },
}));
for (const [name, gold, pred] of [["first as gold", first, second], ["second as gold", second, first]]) {
  const g = path.join(out, `gold-${name.split(" ")[0]}.json`), p = path.join(out, `pred-${name.split(" ")[0]}.jsonl`);
  writeFileSync(g, JSON.stringify(subset(gold)));
  writeFileSync(p, asPredictions(pred).map((c) => JSON.stringify(c)).join("\n") + "\n");
  console.log(`— ${name} (${docsCovered.length} documents)`);
  spawnSync(process.execPath, [path.join(here, "..", "score.mjs"), "--gold", g, "--docs", docs, "--pred", p, ...(process.argv.includes("--verbose") ? ["--verbose"] : [])], { stdio: "inherit" });
}
