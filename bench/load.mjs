#!/usr/bin/env node
// Loopback load test of the HTTP API: starts `fogline serve` on 127.0.0.1 over a ledger and drives the
// main routes with autocannon, then prints requests/s and p99 latency per route. Traffic never leaves
// the machine; each route runs for a bounded time.
//
//   node bench/load.mjs [--db bench/out/bench.db] [--seconds 10] [--connections 10]
//
// Without --db (or when the file is missing) it builds a small ledger from examples/seeds first.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import autocannon from "autocannon";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith("--") ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const seconds = Number(args.seconds ?? 10);
const connections = Number(args.connections ?? 10);
let db = args.db ?? path.join(root, "bench", "out", "load-seeds.db");
if (!existsSync(db)) {
  mkdirSync(path.dirname(db), { recursive: true });
  console.log(`building ${db} from examples/seeds`);
  spawnSync(process.execPath, [path.join(root, "bin", "fogline.js"), "ingest", path.join(root, "examples", "seeds"), "--db", db], { stdio: "inherit" });
}

const port = 18000 + Math.floor(Math.random() * 1000);
const server = spawn(process.execPath, [path.join(root, "bin", "fogline.js"), "serve", "--db", db, "--port", String(port)], { stdio: ["ignore", "ignore", "pipe"] });
await new Promise((resolve, reject) => {
  server.stderr.on("data", (d) => { if (String(d).includes("serving")) resolve(); });
  server.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
});
const base = `http://127.0.0.1:${port}`;
const first = await (await fetch(`${base}/api/places`)).json();
const place = (first.places ?? first.items ?? first)[0]?.name ?? "Pokrovsk";
const propositions = await (await fetch(`${base}/api/propositions?limit=1`)).json();
const propositionId = (propositions.propositions ?? propositions.items ?? [])[0]?.id;

const routes = [
  ["propositions by place", `/api/propositions?place=${encodeURIComponent(place)}`],
  ["disputed propositions", "/api/propositions?status=disputed"],
  ["claims by place", `/api/claims?place=${encodeURIComponent(place)}&limit=50`],
  ["places", "/api/places"],
  ["timeline", `/api/places/${encodeURIComponent(place)}/timeline`],
  ...(propositionId ? [["one proposition", `/api/propositions/${propositionId}`]] : []),
];
console.log(`ledger ${db}, ${connections} connections, ${seconds} s per route, place "${place}"`);
console.log("route                      req/s    p50 ms   p99 ms   non-2xx");
for (const [name, url] of routes) {
  const r = await autocannon({ url: base + url, connections, duration: seconds });
  console.log(`${name.padEnd(24)} ${String(Math.round(r.requests.average)).padStart(7)} ${String(r.latency.p50).padStart(9)} ${String(r.latency.p99).padStart(8)} ${String(r.non2xx).padStart(9)}`);
}
server.kill("SIGTERM");
