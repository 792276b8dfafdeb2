// One claim per proposition per sentence: the same kind, measure, side, place, polarity and speaker said
// twice in one sentence (a trigger verb and a figure, "encircled" twice) is kept once, the one with a figure.
import type { Refiner } from "../article-context.js";
import type { Candidate } from "../candidate.js";

const keyOf = (c: Candidate) =>
  [c.sentence, c.kind, c.measure, c.side, c.place?.id ?? c.place?.name, c.polarity, c.source?.name, c.value ?? c.low ?? ""].join("|");

const sameValue = (a: Candidate, b: Candidate) => {
  const x = a.value ?? a.low, y = b.value ?? b.low;
  return x !== null && y !== null && Math.abs(x - y) <= 0.02 * Math.max(Math.abs(x), Math.abs(y), 1);
};

export const DuplicateFilter: Refiner = {
  name: "duplicate",
  refine(ctx, found) {
    // "recaptured nearly half of the territory": the share figure is the claim; the verb adds nothing.
    // "More than 90% of Luhansk oblast is occupied by Russia": likewise when the share comes first.
    found = found.filter((c) => !(c.kind === "control" && c.value === null &&
      found.some((f) => f.sentence === c.sentence && f.kind === "area" && (
        (f.at >= c.end && f.at - c.end < 20 && !/[,;]/.test(ctx.lower.slice(c.end, f.at))) ||
        (f.end <= c.at && c.at - f.end < 60 && !/[,;]/.test(ctx.lower.slice(f.end, c.at)) && f.place?.name === c.place?.name)))));
    // "51,000 square miles (132,000 sq km)": the same figure given again in other units, in brackets.
    found = found.filter((c) => !found.some((f) => f !== c && f.sentence === c.sentence && f.kind === c.kind && f.measure === c.measure &&
      f.unit === c.unit && f.end <= c.at && c.at - f.end < 12 && ctx.lower.slice(f.end, c.at).includes("(") && sameValue(f, c)));
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
