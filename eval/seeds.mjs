#!/usr/bin/env node
// npm run eval:seeds — extracts the seed articles and scores them with the shared scorer.
// Extra arguments go to the scorer (e.g. --verbose, --json). Floors: detection F1 >= 0.85, complete F1 >= 0.65.
//   node eval/seeds.mjs --set heldout [--only h04,h05,h06]   scores a set of eval/, or some of its documents
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// The seed articles, their gold and the scorer ship with the project (examples/seeds/, eval/seeds/,
// eval/score.mjs: copies of ../shared), so this runs in a fresh clone without ../shared.
const docs = path.join(root, "examples", "seeds");
const gold = path.join(root, "eval", "seeds", "seeds.gold.json");
const argv = [...process.argv];
const onlyAt = argv.indexOf("--only");
const only = onlyAt > 0 ? argv.splice(onlyAt, 2)[1].split(",") : null;
const [setGold, docsDir, extra] = argv[2] === "--set"
  ? [path.join(root, "eval", argv[3], `${argv[3]}.gold.json`), path.join(root, "eval", argv[3]), argv.slice(4)]
  : [gold, docs, argv.slice(2)];
let goldFile = setGold;
if (!existsSync(goldFile)) {
  console.error(`eval: no gold file at ${goldFile}`);
  process.exit(2);
}
const out = path.join(root, "eval", "out");
mkdirSync(out, { recursive: true });
if (only) {
  const all = JSON.parse(readFileSync(goldFile, "utf8"));
  const keep = (id) => only.some((prefix) => id.startsWith(prefix));
  const subset = { ...all, documents: Object.fromEntries(Object.entries(all.documents).filter(([id]) => keep(id))), claims: all.claims.filter((c) => keep(c.doc)) };
  goldFile = path.join(out, `subset-${only.join("_")}.gold.json`);
  writeFileSync(goldFile, JSON.stringify(subset));
}
const pred = path.join(out, path.basename(docsDir) + ".claims.jsonl");
const extract = spawnSync(process.execPath, [path.join(root, "bin", "fogline.js"), "extract", docsDir], { encoding: "utf8", maxBuffer: 1 << 28 });
if (extract.status === 2 || extract.error) {
  console.error(extract.stderr || extract.error?.message);
  process.exit(2);
}
writeFileSync(pred, extract.stdout);
const scorerScript = path.join(root, "eval", "score.mjs");
const score = spawnSync(process.execPath, [scorerScript, "--gold", goldFile, "--docs", docsDir, "--pred", pred,
  "--min-detection", "0.85", "--min-complete", "0.65", ...extra], { stdio: "inherit" });
process.exit(score.status ?? 1);
