// Troops said to be encircled or at risk of it, without a figure: "its forces are encircled", "the garrison
// was surrounded", "Russian forces are trying to encircle X" (rows: ENCIRCLEMENT_TRIGGERS).
import type { Recogniser } from "../article-context.js";
import { perLexicon } from "../compile.js";
import { compileTriggers, scanTriggers } from "./trigger-scan.js";

const table = perLexicon((lex) => compileTriggers(lex, lex.ENCIRCLEMENT_TRIGGERS));

export const EncirclementRecogniser: Recogniser = {
  name: "encirclement",
  find: (ctx) => scanTriggers(ctx, "forces", table(ctx.lexicon), "encirclement").map((c) => ({ ...c, placeFallback: "focus" as const })),
};
