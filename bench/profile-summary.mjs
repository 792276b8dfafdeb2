// Summarises a V8 .cpuprofile (node --cpu-prof): top functions by self time, and by total time per source file.
//   node bench/profile-summary.mjs bench/out/prof/CPU.*.cpuprofile [--top 25]
import { readFileSync } from "node:fs";
import { option } from "./lib/common.mjs";

const top = Number(option("top", "25"));
const files = process.argv.slice(2).filter((a) => a.endsWith(".cpuprofile"));
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, "utf8"));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const where = (n) => {
    const f = n.callFrame;
    const url = f.url.replace(/^file:\/\/.*?\/(dist|node_modules|bench)\//, "$1/");
    return `${f.functionName || "(anonymous)"} ${url || "(native)"}:${f.lineNumber + 1}`;
  };
  const selfBy = new Map();
  for (const [id, us] of self) {
    const key = where(byId.get(id));
    selfBy.set(key, (selfBy.get(key) ?? 0) + us);
  }
  // Inclusive time per function: each sample counted once per distinct frame on its stack.
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map();
  for (const [id, us] of self) {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = where(byId.get(at));
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + us);
    }
  }
  const show = (title, m) => {
    console.log(`\n${title}`);
    for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
    }
  };
  console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled`);
  show("self time", selfBy);
  show("inclusive time", inclusive);
}
