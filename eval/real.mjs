#!/usr/bin/env node
// npm run eval:real — extracts the real development corpus (eval/real/<lang>/<split>/) and scores it with
// the project's copy of the shared scorer (eval/score.mjs).
//   node eval/real.mjs [--lang en|ru|uk|all] [--split blind|dev|all] [--json] [--verbose]
// Defaults: every language, the blind split first, then dev. The blind split is scored but never read
// for error analysis, so --verbose (per-claim misses and false alarms) is refused for it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const arg = (name, fallback) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : fallback; };
const langs = arg("lang", "all") === "all" ? ["en", "ru", "uk"] : [arg("lang")];
const splits = arg("split", "all") === "all" ? ["blind", "dev"] : [arg("split")];
const verbose = process.argv.includes("--verbose");
const json = process.argv.includes("--json");
if (verbose && splits.includes("blind")) {
  console.error("eval: --verbose is for the dev split only (the blind split is never read for error analysis): add --split dev");
  process.exit(2);
}
const out = path.join(root, "eval", "out");
mkdirSync(out, { recursive: true });
let status = 0;
for (const lang of langs) for (const split of splits) {
  const folder = path.join(root, "eval", "real", lang, split);
  const gold = path.join(folder, "gold.json");
  if (!existsSync(gold) || !readdirSync(folder).some((f) => f.endsWith(".txt"))) { console.log(`${lang}/${split}: no documents yet`); continue; }
  const extract = spawnSync(process.execPath, [path.join(root, "bin", "fogline.js"), "extract", ...readdirSync(folder).filter((f) => f.endsWith(".txt")).sort().map((f) => path.join(folder, f)), "--meta", path.join(folder, "manifest.json")],
    { encoding: "utf8", maxBuffer: 1 << 28 });
  if (extract.status === 2 || extract.error) { console.error(extract.stderr || extract.error?.message); process.exit(2); }
  const pred = path.join(out, `real-${lang}-${split}.claims.jsonl`);
  writeFileSync(pred, extract.stdout);
  if (!json) console.log(`— ${lang}/${split}`);
  const score = spawnSync(process.execPath, [path.join(root, "eval", "score.mjs"), "--gold", gold, "--docs", folder, "--pred", pred,
    ...(json ? ["--json"] : []), ...(verbose ? ["--verbose"] : [])], { stdio: "inherit" });
  if (score.status) status = score.status;
}
process.exit(status);
