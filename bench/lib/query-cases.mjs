// The queries bench/query.mjs times, shared with bench/query-engines.mjs (SQLite beside PostgreSQL).
import { percentiles } from "./common.mjs";

export const SEARCHES = ["Russian forces", "flag", "pre-war population", "encirclement soldiers", "General Staff said"];

/** [name, run(place, i)] for each query; "all" rows fetch every match (what reconcileGroups does). */
export function queryCases(store, limit) {
  const s = (i) => SEARCHES[i % SEARCHES.length];
  return [
    ["claims({place})", (p) => store.claims({ place: p.name, limit })],
    ["claims({place}) all", (p) => store.claims({ place: p.name, limit: Number.MAX_SAFE_INTEGER })],
    ["countClaims({place})", (p) => store.countClaims({ place: p.name })],
    ["claims({place, kind: casualties})", (p) => store.claims({ place: p.name, kind: "casualties", limit })],
    ["propositions({place})", (p) => store.propositions({ place: p.name, limit })],
    ["propositions({place}) all", (p) => store.propositions({ place: p.name, limit: Number.MAX_SAFE_INTEGER })],
    ["propositions({status: disputed, place})", (p) => store.propositions({ status: "disputed", place: p.name, limit })],
    ["claims({search})", (_, i) => store.claims({ search: s(i), limit })],
    ["countClaims({search})", (_, i) => store.countClaims({ search: s(i) })],
    ["claims({search, place})", (p, i) => store.claims({ search: s(i), place: p.name, limit })],
    ["propositions({search})", (_, i) => store.propositions({ search: s(i), limit })],
    ["claims({}) first page", () => store.claims({ limit })],
    ["claims({from, to}) one month", () => store.claims({ from: "2025-03-01", to: "2025-03-31", limit })],
  ];
}

/** Runs one case over the places `repeat` times (bulk ones at most 3), awaiting each call; p50/p95/max ms. */
export async function timeCase(name, run, places, repeat) {
  const samples = [];
  let rows = 0;
  const bulk = name.endsWith(" all");
  for (let r = 0; r < (bulk ? Math.min(repeat, 3) : repeat); r++) {
    for (const [i, p] of places.entries()) {
      const start = performance.now();
      const out = await run(p, i + r);
      samples.push(performance.now() - start);
      rows = Array.isArray(out) ? out.length : out;
    }
  }
  return { name, bulk, rows, ...percentiles(samples) };
}
