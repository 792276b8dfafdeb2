// People said to be taken prisoner, without a figure: "denied that its soldiers had been captured".
import type { Recogniser } from "../article-context.js";
import { compileTriggers, scanTriggers } from "./trigger-scan.js";
import { FORCE_NOUNS } from "../lang/en/lexicon.js";

const rules = compileTriggers([
  {
    pattern: `(?:its|their|our|the|ukrainian|russian)\\s+(?:\\w+\\s+)?(?:${FORCE_NOUNS}|defenders|garrison)\\s+(?:had been|have been|were|was|has been|being)\\s+(?:\\w+ly\\s+)?(?:captured|taken prisoner|taken captive)`,
    measure: "captured", reason: "troops-captured",
  },
]);

export const CaptiveRecogniser: Recogniser = {
  name: "captive",
  find: (ctx) => scanTriggers(ctx, "casualties", rules, "captive").map((c) => ({ ...c, placeFallback: "focus" as const })),
};
