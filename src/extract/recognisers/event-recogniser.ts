// Events at a place: a flag raised, a withdrawal, an evacuation, a strike.
import type { Recogniser } from "../article-context.js";
import { EVENT_TRIGGERS } from "../lang/en/lexicon.js";
import { compileTriggers, scanTriggers } from "./trigger-scan.js";

const rules = compileTriggers(EVENT_TRIGGERS, (before) => /(?:\bthe|\ba|\ban)\s+$/.test(before));

export const EventRecogniser: Recogniser = {
  name: "event",
  find: (ctx) => scanTriggers(ctx, "event", rules, "event").map((c) => ({
    ...c,
    placeFallback: c.measure === "flag_raised" ? "previous" : "none",
  })),
};
