// "Did you mean Pokrovsk?": nearest canonical names by edit distance on folded keys.
import { foldLoose } from "./fold-name.js";
import type { PlaceRecord } from "./place-index.js";

export function suggestNames(name: string, keys: Map<string, PlaceRecord>, limit = 5): string[] {
  const target = foldLoose(name);
  const maxDistance = Math.max(1, Math.floor(target.length / 3));
  const scored: { name: string; distance: number; population: number }[] = [];
  for (const [key, record] of keys) {
    if (Math.abs(key.length - target.length) > maxDistance) continue;
    const distance = editDistance(target, key, maxDistance);
    if (distance <= maxDistance) scored.push({ name: record.name, distance, population: record.population ?? 1e6 });
  }
  scored.sort((a, b) => a.distance - b.distance || b.population - a.population);
  return [...new Set(scored.map((s) => s.name))].slice(0, limit);
}

/** Levenshtein distance, giving up (returning max + 1) once every cell of a row exceeds max. */
export function editDistance(a: string, b: string, max = Infinity): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}
