// People said to be taken prisoner, without a figure: "denied that its soldiers had been captured"
// (rows: CAPTIVE_TRIGGERS).
import type { Recogniser } from "../article-context.js";
import { perLexicon } from "../compile.js";
import { compileTriggers, scanTriggers } from "./trigger-scan.js";

const table = perLexicon((lex) => compileTriggers(lex, lex.CAPTIVE_TRIGGERS));

export const CaptiveRecogniser: Recogniser = {
  name: "captive",
  find: (ctx) => scanTriggers(ctx, "casualties", table(ctx.lexicon), "captive").map((c) => ({ ...c, placeFallback: "focus" as const })),
};
