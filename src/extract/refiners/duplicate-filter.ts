// One claim per proposition per sentence: the same kind, measure, side, place, polarity and speaker said
// twice in one sentence (a trigger verb and a figure, "encircled" twice) is kept once, the one with a figure.
import type { Refiner } from "../article-context.js";
import type { Candidate } from "../candidate.js";

const keyOf = (c: Candidate) =>
  [c.sentence, c.kind, c.measure, c.side, c.place?.id ?? c.place?.name, c.polarity, c.source?.name, c.value ?? c.low ?? ""].join("|");

export const DuplicateFilter: Refiner = {
  name: "duplicate",
  refine(_ctx, found) {
    const withFigure = new Set(found.filter((c) => c.value !== null || c.low !== null).map((c) => keyOf({ ...c, value: null, low: null })));
    const seen = new Set<string>();
    return found.filter((c) => {
      const bare = c.value === null && c.low === null;
      if (bare && withFigure.has(keyOf(c))) return false;
      const key = keyOf(c);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  },
};
