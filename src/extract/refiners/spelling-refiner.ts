// A known person keeps the spelling the article gives their name ("Yuri Podoliaka"), with the registry's
// name beside it as `canonical` ("Yuri Podolyaka"): transliterations differ between outlets, and what the
// article wrote is what a reader will search for. Reconciliation merges by the canonical name.
import type { Source } from "../../claims/index.js";
import type { Refiner } from "../article-context.js";
import { editDistance } from "../../places/index.js";

const fold = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f'’]/g, "").toLowerCase();

export function asWritten(source: Source): Source {
  if (source.kind !== "person" || !source.mention || source.canonical) return source;
  const surname = source.name.split(/\s+/).at(-1)!;
  const written = source.mention.match(/[A-Z\u0400-\u042F][\p{L}'’-]+/gu)?.map((w) => w.replace(/['’]s$/, "")).find((w) =>
    fold(w) !== fold(surname) && fold(w).slice(0, 3) === fold(surname).slice(0, 3) && editDistance(fold(w), fold(surname), 2) <= 2);
  if (!written) return source;
  return { ...source, name: source.name.replace(/\S+$/, written), canonical: source.name };
}

export const SpellingRefiner: Refiner = {
  name: "spelling",
  refine: (_ctx, found) => found.map((c) => (c.source ? { ...c, source: asWritten(c.source) } : c)),
};
