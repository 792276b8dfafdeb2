// Writes data/ua-settlements.json, fogline's compact copy of Ukraine's official settlement catalogue
// (KATOTTG, the Codifier of administrative-territorial units and territories of territorial
// communities, order of 2024-01-19), from the index-based `data/kattog.json` of the npm package
// ua-geo-set (MIT). Run by hand when the catalogue changes; the build reads only the output.
//   node scripts/build-ua-settlements.mjs [path/to/kattog.json]
// Without a path it reads the file from a local git mirror of github.com/0G3RA/ua-geo-set.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const MIRROR = "/work/.mirror/0G3RA+ua-geo-set/repo";
const path = process.argv[2];
const raw = path ? readFileSync(path, "utf8") : execFileSync("git", ["-C", MIRROR, "show", "HEAD:data/kattog.json"], { encoding: "utf8", maxBuffer: 1 << 26 });
const { orderDate, items, indexToCode } = JSON.parse(raw);
/** Settlement categories: M city, T urban-type settlement, X selyshche, C village. */
const SETTLEMENT = new Set(["M", "T", "X", "C"]);

const oblasts = [];
const oblastAt = new Map();
const raions = [];
const raionAt = new Map();
const hromadas = new Map(); // 7-digit code prefix (oblast, raion, hromada) → row
const up = (i, kind) => { let j = i; while (j !== undefined && items[j].k !== kind) j = items[j].p; return j; };

items.forEach((item, i) => {
  if (!SETTLEMENT.has(item.k)) return;
  const o = up(i, "O"), r = up(i, "P");
  if (o === undefined || r === undefined) return; // Kyiv and Sevastopol (special status) are in GeoNames
  if (!oblastAt.has(o)) { oblastAt.set(o, oblasts.length); oblasts.push(items[o].n); }
  if (!raionAt.has(r)) { raionAt.set(r, raions.length); raions.push([items[r].n, oblastAt.get(o)]); }
  const code = indexToCode[i];
  if (!/^UA\d{17}$/.test(code)) throw new Error(`unexpected KATOTTG code ${code} for ${item.n}`);
  const prefix = code.slice(2, 9);
  let row = hromadas.get(prefix);
  if (!row) {
    const h = up(i, "H");
    row = [h !== undefined ? items[h].n : "", raionAt.get(r), prefix, []];
    hromadas.set(prefix, row);
  }
  row[3].push(`${item.k}${code.slice(9)}${item.n.replace(/['ʼ]/g, "’")}`);
});
// A city heads its hromada: the hromada's name comes from the row the villages brought.
for (const row of hromadas.values()) {
  if (!row[0]) row[0] = items.find((x, i) => x.k === "H" && indexToCode[i].slice(2, 9) === row[2])?.n ?? "";
}
const rows = [...hromadas.values()].map(([name, raion, prefix, list]) => [name, raion, prefix, list.join("|")]);
const count = rows.reduce((n, r) => n + r[3].split("|").length, 0);
const out = {
  source: `KATOTTG (Кодифікатор адміністративно-територіальних одиниць та територій територіальних громад), order of ${orderDate}, Ministry for Communities and Territories Development of Ukraine; via npm ua-geo-set (data/kattog.json, MIT, Oleh Herasymenko), built from github.com/kaminarifox/katottg-json`,
  licence: "MIT (ua-geo-set); the codifier itself is an official act of Ukraine",
  orderDate,
  format: "hromadas: [hromada name, raion index, code digits 3-9 (oblast, raion, hromada), settlements]; settlements '|'-joined, each category letter (M city, T urban-type, X selyshche, C village) + code digits 10-19 + Ukrainian name; a settlement's KATOTTG code is 'UA' + the hromada's digits + its own. raions: [name, oblast index]",
  count,
  oblasts,
  raions,
  hromadas: rows,
};
writeFileSync(new URL("../data/ua-settlements.json", import.meta.url), JSON.stringify(out).replace(/\],\[/g, "],\n[") + "\n");
console.log(`ua-settlements: ${count} settlements, ${oblasts.length} oblasts, ${raions.length} raions, ${rows.length} hromadas -> data/ua-settlements.json`);
