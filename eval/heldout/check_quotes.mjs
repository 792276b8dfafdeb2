#!/usr/bin/env node
// Checks that every gold quote is a verbatim substring of its document (NFC, \n line ends),
// that every claim's place names appear in the places table, and that ids are unique.
import fs from 'node:fs';
import path from 'node:path';
const dir = path.dirname(new URL(import.meta.url).pathname);
const gold = JSON.parse(fs.readFileSync(path.join(dir, 'heldout.gold.json'), 'utf8'));
const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
let bad = 0;
const text = {};
for (const id of Object.keys(gold.documents)) {
  text[id] = fs.readFileSync(path.join(dir, id + '.txt'), 'utf8').normalize('NFC').replace(/\r\n?/g, '\n');
  if (!manifest[id]) { console.log(`not in manifest: ${id}`); bad++; }
  const words = text[id].split(/\s+/).filter(Boolean).length;
  console.log(`${id}: ${words} words, ${gold.claims.filter((c) => c.doc === id).length} claims (${gold.claims.filter((c) => c.doc === id && !c.optional).length} required)`);
}
const ids = new Set();
for (const c of gold.claims) {
  if (ids.has(c.id)) { console.log(`duplicate id ${c.id}`); bad++; }
  ids.add(c.id);
  if (!(c.doc in text)) { console.log(`${c.id}: unknown doc ${c.doc}`); bad++; continue; }
  for (const q of c.quotes) if (!text[c.doc].includes(q.normalize('NFC'))) { console.log(`${c.id}: quote not verbatim: ${q}`); bad++; }
  for (const p of [c.place, c.place2]) if (p && p !== '*' && !(p in gold.places)) { console.log(`${c.id}: place ${p} not in places`); bad++; }
}
console.log(bad ? `${bad} problem(s)` : `all ${gold.claims.length} claims OK`);
process.exit(bad ? 1 : 0);
