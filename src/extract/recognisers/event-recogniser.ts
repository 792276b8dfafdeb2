// Events at a place: a flag raised, a withdrawal, an evacuation, a strike (rows: EVENT_TRIGGERS, set
// aside by EVENT_REJECTS).
import type { Recogniser } from "../article-context.js";
import { perLexicon } from "../compile.js";
import { compileTriggers, scanTriggers } from "./trigger-scan.js";

const table = perLexicon((lex) => compileTriggers(lex, lex.EVENT_TRIGGERS, lex.EVENT_REJECTS));

export const EventRecogniser: Recogniser = {
  name: "event",
  find: (ctx) => scanTriggers(ctx, "event", table(ctx.lexicon), "event").map((c) => ({
    ...c,
    placeFallback: c.measure === "flag_raised" ? "previous" : "none",
  })),
};
