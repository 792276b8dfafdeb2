// Events at a place: a flag raised, a withdrawal, an evacuation, a strike.
import type { Recogniser } from "../article-context.js";
import { EVENT_TRIGGERS } from "../lang/en/lexicon.js";
import { compileTriggers, scanTriggers } from "./trigger-scan.js";

// "the evacuation" is background unless someone announces or orders it; units "pulled from the front"
// are moved elsewhere, not withdrawn from a place.
const rules = compileTriggers(EVENT_TRIGGERS, (before, after, words) =>
  (/(?:\bthe|\ba|\ban)\s+$/.test(before) && !/(?:attack|strike|shelling|bombardment|barrage|raid)/.test(words) &&
    !/\b(?:announced|ordered|began|started|completed|declared|launched|organi[sz]ed)\s+(?:\w+\s+){0,3}?(?:the|a|an)\s+$/.test(before)) ||
  /^\s*(?:the\s+)?(?:front|front line|frontline|reserves?|other (?:sectors|directions|areas))\b/.test(after));

export const EventRecogniser: Recogniser = {
  name: "event",
  find: (ctx) => scanTriggers(ctx, "event", rules, "event").map((c) => ({
    ...c,
    placeFallback: c.measure === "flag_raised" ? "previous" : "none",
  })),
};
