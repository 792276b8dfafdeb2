#!/usr/bin/env node
// Checks a gold folder of eval/real/: every document of the manifest exists and is in gold.documents,
// every quote is a verbatim substring of its document, ids are unique, every place is in `places`,
// and fields take the spec's values.   node eval/real/check-gold.mjs eval/real/en/dev [more folders]
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const KINDS = {
  casualties: ["killed", "wounded", "killed_or_wounded", "captured", "missing"],
  forces: ["deployed", "encircled", "at_risk"],
  control: ["controls", "contested"],
  event: ["flag_raised", "withdrawal", "evacuation", "strike"],
  population: ["population"],
  distance: ["distance", "length"],
  area: ["area", "share"],
};
const QUALIFIERS = ["exact", "about", "over", "at_least", "under", "at_most", "nearly", "range", "vague"];
const SIDES = ["RU", "UA", null];
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

let problems = 0;
const problem = (where, what) => { problems++; console.log(`${where}: ${what}`); };

const folders = process.argv.slice(2);
if (!folders.length) { console.error("usage: check-gold.mjs FOLDER..."); process.exit(2); }
for (const folder of folders) {
  const goldFile = path.join(folder, "gold.json");
  const manifestFile = path.join(folder, "manifest.json");
  if (!existsSync(goldFile)) { problem(folder, "no gold.json"); continue; }
  const gold = JSON.parse(readFileSync(goldFile, "utf8"));
  const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, "utf8")) : {};
  const texts = {};
  for (const id of new Set([...Object.keys(gold.documents ?? {}), ...Object.keys(manifest)])) {
    const file = path.join(folder, `${id}.txt`);
    if (!existsSync(file)) { problem(folder, `${id}: no ${id}.txt`); continue; }
    texts[id] = readFileSync(file, "utf8").normalize("NFC").replace(/\r\n?/g, "\n");
    if (!gold.documents?.[id]) problem(folder, `${id}: in manifest but not in gold.documents`);
    if (!manifest[id]) problem(folder, `${id}: in gold.documents but not in manifest.json`);
    const m = manifest[id] ?? gold.documents[id];
    if (m.published !== null && m.published !== undefined && !DATE.test(m.published)) problem(folder, `${id}: published ${m.published} is not YYYY[-MM[-DD]]`);
  }
  const places = new Set(Object.keys(gold.places ?? {}));
  const ids = new Set();
  for (const c of gold.claims ?? []) {
    const at = `${folder} ${c.id}`;
    if (ids.has(c.id)) problem(at, "duplicate id");
    ids.add(c.id);
    if (!texts[c.doc]) { problem(at, `unknown doc ${c.doc}`); continue; }
    if (!KINDS[c.kind]) problem(at, `kind ${c.kind}`);
    else if (c.measure !== undefined && !KINDS[c.kind].includes(c.measure)) problem(at, `measure ${c.measure} for ${c.kind}`);
    if (c.side !== undefined && !SIDES.includes(c.side)) problem(at, `side ${c.side}`);
    if (c.qualifier !== undefined && !QUALIFIERS.includes(c.qualifier)) problem(at, `qualifier ${c.qualifier}`);
    if (c.polarity !== undefined && !["asserted", "denied", "unconfirmed"].includes(c.polarity)) problem(at, `polarity ${c.polarity}`);
    for (const p of [c.place, c.place2]) if (p !== undefined && p !== "*" && !places.has(p)) problem(at, `place ${p} is not in places`);
    if (c.source !== undefined && c.source !== null) {
      if (!c.source.key || ![c.source.key].flat().every((k) => typeof k === "string" && k.trim())) problem(at, "source.key missing");
      if (!["RU", "UA", "independent"].includes(c.source.side)) problem(at, `source.side ${c.source.side}`);
    }
    if (c.time) for (const k of ["start", "end"]) if (c.time[k] !== undefined && !DATE.test(c.time[k])) problem(at, `time.${k} ${c.time[k]}`);
    if (!Array.isArray(c.quotes) || !c.quotes.length) problem(at, "no quotes");
    for (const q of c.quotes ?? []) if (!texts[c.doc].includes(q.normalize("NFC"))) problem(at, `quote not verbatim: ${q.slice(0, 80)}`);
  }
  console.log(`${folder}: ${Object.keys(texts).length} documents, ${(gold.claims ?? []).length} claims (${(gold.claims ?? []).filter((c) => !c.optional).length} required)`);
}
console.log(problems ? `${problems} problem(s)` : "ok");
process.exit(problems ? 1 : 0);
