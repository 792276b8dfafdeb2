// Control of a place, from verbs: captured, taken control of, under the control of (controls);
// advanced into, infiltrated, fighting ongoing (contested). Rows: CONTROL_TRIGGERS, set aside by
// CONTROL_REJECTS. The place itself is attached by PlaceRefiner, which drops a control candidate that
// names no place.
import type { Recogniser } from "../article-context.js";
import { perLexicon } from "../compile.js";
import { compileTriggers, scanTriggers } from "./trigger-scan.js";

const table = perLexicon((lex) => compileTriggers(lex, lex.CONTROL_TRIGGERS, lex.CONTROL_REJECTS));

export const ControlRecogniser: Recogniser = {
  name: "control",
  find: (ctx) => scanTriggers(ctx, "control", table(ctx.lexicon), "control"),
};
