// Writes dist/data/gazetteer.json from GeoNames (npm) and data/*.json. Runs after tsc (npm run build):
// the builder is the compiled src/places/gazetteer-builder.ts, so build and fallback share one code path.
import { mkdirSync, writeFileSync } from "node:fs";

const started = performance.now();
const { buildGazetteer } = await import("../dist/places/gazetteer-builder.js");
const gazetteer = buildGazetteer();
const out = new URL("../dist/data/gazetteer.json", import.meta.url);
mkdirSync(new URL(".", out), { recursive: true });
const json = JSON.stringify(gazetteer);
writeFileSync(out, json);
const ms = Math.round(performance.now() - started);
console.log(`gazetteer: ${gazetteer.places.length} places, ${(json.length / 1e6).toFixed(2)} MB, ${ms} ms -> dist/data/gazetteer.json`);
