// Control of a place, from verbs: captured, taken control of, under the control of (controls);
// advanced into, infiltrated, fighting ongoing (contested). The place itself is attached by PlaceRefiner,
// which drops a control candidate that names no place.
import type { Recogniser } from "../article-context.js";
import { CONTROL_TRIGGERS, PEOPLE_NOUNS } from "../lang/en/lexicon.js";
import { compileTriggers, scanTriggers } from "./trigger-scan.js";

// "took part", "taken place", "captured 200 soldiers", "the occupied territories", "the captured city".
// "taken to a hospital", "took away": moving people or things, not taking a place.
const MOVED_AFTER = /^\s+(?:to|into|away|out|off|up|down|on|aboard|hostage|from)\b/;
// "entered its second year", "took a heavy toll": ordinal and idiom objects, not places.
const IDIOM_AFTER = /^\s+(?:its|a|an|the|their)\s+(?:second|third|fourth|fifth|new|final|next|last)\s+(?:year|phase|stage|month|week|day|round|chapter)\b|^\s+(?:(?:its|a|an|the|their)\s+)?(?:economic|heavy|serious|major|hit|toll|blow|phase|stage|talks|negotiations|service|war|measures|action|decision|steps|look|part|place|office|steps|note|months|weeks|years|days|time|hold|over\s+as|into account|aback|seriously|prisoner|captive|the lives|lives|a toll|shape|aim|advantage|responsibility)\b/;
const PEOPLE_AFTER = new RegExp(`^\\s+(?:more than |over |about |some |at least |nearly |around )?(?:\\d|[a-z-]+ (?:\\w+ )?${PEOPLE_NOUNS})`);
// "the (recently) captured city", "Russian-occupied": the participle describes a noun.
const ADJECTIVE_BEFORE = /\b(?:the|a|an|its|their|his|her)\s+(?:(?:newly|recently|temporarily|illegally|partially|fully)\s+)?$|(?:russian-|ukrainian-|'s)\s+$/;
const PARTICIPLE = /^(?:captured|seized|liberated|occupied|overrun|conquered|retaken|recaptured|taken|freed|regained|capturing|liberating|recapturing|retaking|seizing)$/;
const ADJECTIVE_AFTER = /^\s+(?:territories|territory|areas|area|regions|region|lands|land|parts|part|city|town|village|settlements|cities|towns|villages|crimea|donbas|equipment|weapons|tanks|vehicles|soldiers|troops|servicemen|positions|documents|drones)\b/;

// "killed or captured", "soldiers had been captured": people taken, not a place.
const PEOPLE_BEFORE = new RegExp(`(?:\\b(?:killed|wounded|injured|dead)\\s+(?:or|and)\\s+|${PEOPLE_NOUNS}\\s+(?:\\w+\\s+){0,2}(?:were|was|had been|have been|has been|been|being)\\s+)$`);

const rules = compileTriggers(CONTROL_TRIGGERS, (before, after, words) =>
  (/^(?:took|taken|take)$/.test(words) && MOVED_AFTER.test(after)) || IDIOM_AFTER.test(after) || (PEOPLE_AFTER.test(after) && !/\bby$/.test(words)) || (ADJECTIVE_BEFORE.test(before) && !/^(?:claims?|reports?|statements?|assertions?)\b/.test(words)) || (ADJECTIVE_AFTER.test(after) && PARTICIPLE.test(words)) || PEOPLE_BEFORE.test(before));

export const ControlRecogniser: Recogniser = {
  name: "control",
  find: (ctx) => scanTriggers(ctx, "control", rules, "control"),
};
