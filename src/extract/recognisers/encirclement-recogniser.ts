// Troops said to be encircled, without a figure: "its forces are encircled", "the garrison was surrounded".
import type { Recogniser } from "../article-context.js";
import { compileTriggers, scanTriggers } from "./trigger-scan.js";
import { FORCE_NOUNS } from "../lang/en/lexicon.js";

const rules = compileTriggers([
  {
    pattern: `(?:${FORCE_NOUNS}|forces|garrison|grouping|group|defenders)\\s+(?:\\w+\\s+){0,3}?(?:are|were|is|was|had been|have been|has been|being|remain|remained)\\s+["']?(?:(?:almost|nearly|virtually|all but|\\w+ly)\\s+)*(?:encircled|surrounded|trapped|blockaded|blocked|cut off)`,
    measure: "encircled", reason: "troops-encircled",
  },
  { pattern: "encirclement of (?:the )?(?:\\w+\\s+){0,2}?(?:forces|troops|units|garrison|grouping)", measure: "encircled", reason: "encirclement-of" },
  // "the town was almost completely encircled": its defenders are.
  { pattern: "(?:city|town|village|garrison|settlement)(?: of [\\w'’-]+(?: [\\w'’-]+)?)?\\s+(?:is|was|has been|had been|were|are|remains|remained)\\s+(?:now\\s+)?(?:(?:almost|nearly|virtually|all but|\\w+ly)\\s+)*(?:encircled|surrounded|cut off|besieged)", measure: "encircled", reason: "town-encircled", side: "defenders" },
]);

export const EncirclementRecogniser: Recogniser = {
  name: "encirclement",
  find: (ctx) => scanTriggers(ctx, "forces", rules, "encirclement").map((c) => ({ ...c, placeFallback: "focus" as const })),
};
