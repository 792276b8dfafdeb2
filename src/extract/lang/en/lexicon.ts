// English word lists of the extractor, as typed rows: a new phrasing is one row and one test.
// Patterns are regular-expression sources matched against lower-cased, folded text (straight quotes,
// ASCII dashes), so "’" is written "'" here.
import type { Side } from "../../../claims/index.js";

import type { HedgeRow, MeasureRow, NationalityRow, RejectRow, Row, TimeWords } from "../../lexicon.js";
export type { HedgeRow, MeasureRow, NationalityRow, RejectRow, Row, SideRule } from "../../lexicon.js";

/** Nouns for people counted in casualty and force figures. */
export const PEOPLE_NOUNS =
  "(?:soldiers|troops|servicemen|servicemembers|service members|personnel|military personnel|fighters|men|people|civilians|" +
  "mercenaries|marines|paratroopers|conscripts|infantrymen|defenders|combatants|ukrainians|russians|prisoners|pows|residents|children|" +
  "person|persons|woman|women|man|boy|boys|girl|girls|child|teenager|teenagers|others|" +
  "militants|nationalists|nazis|neo-nazis|gunmen|insurgents|militiamen|occupiers|invaders|orcs|volunteers)";
export const FORCE_NOUNS = "(?:soldiers|troops|servicemen|service members|personnel|fighters|men|mercenaries|marines|paratroopers|conscripts|infantry|reservists|units|militants|nationalists|gunmen|militiamen)";

/** Things counted that are not people: a figure before them is no casualty or force count. */
export const EQUIPMENT_NOUNS = "vehicles?|tanks?|ifvs?|apcs?|armou?red personnel carriers?|drones?|uavs?|guns?|howitzers?|artillery systems?|systems?|boats?|ships?|aircraft|planes?|helicopters?|missiles?|rockets?|shells?|trucks?|cars?";

/** What each side's officials call the other side's fighters: the speaker's enemy. */
export const ENEMY_WORDS = "enemy|enemy's|militants|nationalists|nazis|neo-nazis|kyiv regime|kiev regime|occupiers|invaders|orcs|rashists|russists";

/** Words that may stand between a figure and what happened to its people ("6,500 Ukrainian servicemen had reportedly been killed"). */
export const FIGURE_FILLER_WORDS =
  "of|the|their|its|his|ukrainian|russian|ukraine's|russia's|military|civilian|active-duty|regular|more|additional|other|enemy|" +
  "were|was|have|has|had|been|being|are|is|reportedly|allegedly|reported|confirmed|estimated|believed|to|already|also|as|in|total|all|so|far|now|officially|some|" +
  "permanent|irrecoverable|irretrievable|combat|likely|probably";

/** What happened to the people of a figure, when the words follow it ("… were killed"). */
export const CASUALTY_OUTCOMES: MeasureRow[] = [
  { pattern: "killed (?:or|and) (?:wounded|injured)|dead (?:or|and) (?:wounded|injured)|killed, wounded", measure: "killed_or_wounded", reason: "killed-or-wounded" },
  { pattern: "casualties|losses|killed or injured|put out of action", measure: "killed_or_wounded", reason: "casualties" },
  { pattern: "killed|dead|died|deaths|fatalities|slain|lost their lives|eliminated|killed in action", measure: "killed", reason: "killed" },
  // "447 bodies were exhumed", "the remains of 11 people": the dead, counted by what is found of them.
  { pattern: "bodies|corpses|(?:sets of )?remains", measure: "killed", reason: "bodies" },
  { pattern: "wounded|injured|hurt|injuries|injured people", measure: "wounded", reason: "wounded" },
  { pattern: "taken prisoner|captured|taken captive|surrendered|surrendering|laid down (?:their|its) arms|taken into captivity", measure: "captured", reason: "captured-people" },
  { pattern: "missing|missing in action", measure: "missing", reason: "missing" },
];

/** Verbs that come before a casualty figure ("its forces killed 1,200 …", "and wounded 300"). */
export const CASUALTY_VERBS: MeasureRow[] = [
  { pattern: "killed (?:or|and) wounded", measure: "killed_or_wounded", reason: "verb-killed-or-wounded" },
  { pattern: "killed|kills|kill|killing|eliminated|eliminating", measure: "killed", reason: "verb-killed" },
  // "lost 2,000 troops": losses, which count the wounded too.
  { pattern: "lost|loses|losing|lose", measure: "killed_or_wounded", reason: "verb-lost" },
  { pattern: "wounded|injured|wounding|injuring", measure: "wounded", reason: "verb-wounded" },
  { pattern: "captured|took prisoner|taken prisoner", measure: "captured", reason: "verb-captured" },
];

/** Nouns before a casualty figure ("losses …: 392,000", "a death toll of 40"). */
export const CASUALTY_NOUNS_BEFORE: MeasureRow[] = [
  { pattern: "losses|casualties|casualty (?:figure|toll|count)", measure: "killed_or_wounded", reason: "losses-of-n" },
  { pattern: "death toll|death rate|toll|dead|deaths|fatalities|number of (?:dead|killed|victims)|bodies of|(?:the )?remains of", measure: "killed", reason: "toll-of-n" },
];

/** Encirclement of troops, and the risk of it. */
export const ENCIRCLED = "encircled|surrounded|trapped|blocked|blockaded|in (?:a |the )?(?:cauldron|pocket|kettle)|cut off";
export const AT_RISK = "risk(?:s|ing)? (?:of )?(?:encirclement|being (?:encircled|surrounded|trapped))|threat of encirclement|face encirclement|threatened with encirclement|could be (?:encircled|surrounded|trapped)";

/** Encirclement without a figure: troops or a town encircled, and the threat of it (EncirclementRecogniser). */
export const ENCIRCLEMENT_TRIGGERS: MeasureRow[] = [
  {
    pattern: `(?:${FORCE_NOUNS}|forces|garrison|grouping|group|defenders|unit|brigades?|battalions?|regiments?|divisions?|company|companies)\\s+(?:\\w+\\s+){0,3}?(?:are|were|is|was|(?:had|have|has)(?:\\s+\\w+ly)?\\s+been|being|remain|remained)\\s+["']?(?:(?:almost|nearly|virtually|all but|also|still|now|already|effectively|\\w+ly)\\s+)*(?:encircled|surrounded|trapped|blockaded|blocked|cut off)`,
    measure: "encircled", reason: "troops-encircled",
  },
  // "Ukrainian troops reportedly encircled in the town of X": a reduced relative clause.
  { pattern: `(?:${FORCE_NOUNS}|forces|garrison|units|brigades?|defenders)\\s+(?:\\w+ly\\s+)?(?:encircled|surrounded|trapped|blockaded|cut off)\\s+(?=in|near|at|around|on)`, measure: "encircled", reason: "troops-encircled-in" },
  { pattern: "(?:encirclement|blockade|encircling|surrounding)[\"'”’]? of (?:the )?(?:\\w+\\s+){0,2}?(?:forces|troops|units|garrison|grouping)", measure: "encircled", reason: "encirclement-of" },
  // "the town was almost completely encircled": its defenders are.
  { pattern: "(?:city|town|village|garrison|settlement)(?: of [\\w'’-]+(?: [\\w'’-]+)?)?\\s+(?:is|was|has been|had been|were|are|remains|remained)\\s+(?:now\\s+)?(?:(?:almost|nearly|virtually|all but|\\w+ly)\\s+)*(?:encircled|surrounded|cut off|besieged)", measure: "encircled", reason: "town-encircled", side: "defenders" },
  // "Russian forces are trying to encircle X", "the threat of encirclement of X": X's defenders are at risk.
  { pattern: "(?:attempting|trying|seeking|aiming|threatening|working|moving|pushing|advancing) to (?:encircle|surround|envelop|cut off|close the (?:pocket|ring) (?:around|on))|(?:threat|risk|danger) of (?:an? )?(?:encirclement|being (?:encircled|surrounded|cut off))(?: (?:of|around|for))?|threatened with encirclement|(?:semi|half|operational)[- ]encirclement(?: of| around)?|encirclement (?:is|was) (?:looming|threatening|imminent)", measure: "at_risk", reason: "encirclement-threat", side: "defenders" },
  // "no encirclement or blockade of X", "the alleged encirclement of X": X's defenders (denied or hedged elsewhere).
  { pattern: "(?:encirclement|encircling|surrounding|blockade|blockading|encirclement or blockade|blockade or encirclement)[\"'”’]?(?: of| in| around)(?=\\s)", measure: "encircled", reason: "encirclement-noun", side: "defenders" },
];

/** Deployment words around a troop figure. */
export const DEPLOYED = "deployed|concentrated|amassed|massed|redeployed|sent|stationed|committed|gathered|assembled|required|numbers?|numbering|comprises?|has|have|is|are|of";

export const SENT_VERBS = "deployed|sent|stationed|amassed|massed|concentrated|redeployed|dispatched|transferred|moved";

/** Population figures. */
export const POPULATION_BEFORE = "population(?: \\w+)? (?:of|was|is|stood at|had been|has|had|numbered|to)|home to|inhabitants|residents|(?:city|town|village|settlement|community|district|region) of";
export const POPULATION_AFTER = "(?:residents|inhabitants|people (?:lived|live|living|remain|remained|still live)|(?:civilians|residents|people|inhabitants)(?: \\w+){0,4}? (?:remain|remained|remaining|still live|are left|were left|stayed|still lived))";
export const POPULATION_CLAUSE = "\\bpopulation\\b";

/** A share of a territory: "18 percent of the region", "a third of Donetsk". */
export const TERRITORY_NOUNS = "(?:the )?(?:region|oblast|province|territory|country|land|area|republic|donbas|donbass)";

/** Control of a place, as verbs. Nominal forms ("the capture of") are background, not claims. */
export const CONTROL_TRIGGERS: MeasureRow[] = [
  { pattern: "(?:taken|took|takes|gained|established|seized|assumed|regained|retaken|retook) (?:full |complete |total |tactical |partial |effective )?control (?:of|over)", measure: "controls", reason: "took-control" },
  { pattern: "(?:is|was|are|were|remains?|remained|now|been|be|being)? ?(?:\"|')?(?:completely |fully |entirely |largely |firmly )?under (?:the )?(?:full |complete |total )?control of", measure: "controls", reason: "under-control-of" },
  { pattern: "under (?:russian|ukrainian|russia's|ukraine's|moscow's|kyiv's|its|their|our) (?:full |complete )?control", measure: "controls", reason: "under-x-control", side: "in-trigger" },
  // "most of X is controlled by the Russians", "the other part is controlled by Ukraine".
  { pattern: "(?:is|are|was|were|remains?|remained|being|been)\\s+(?:\\w+ly\\s+|still\\s+|now\\s+)?(?:controlled|held|occupied)\\s+by", measure: "controls", reason: "controlled-by" },
  // "Russia's claims of occupying X", "reports of the capture of X": a control claim told as a noun.
  { pattern: "(?:claims?|reports?|statements?|assertions?) (?:of|about|that it had) (?:capturing|occupying|seizing|taking|liberating|taking control of|the (?:capture|occupation|seizure|fall|liberation) of)", measure: "controls", reason: "claims-of-capture" },
  { pattern: "(?:is|was|are|were|remains?|remained|now|firmly|back) (?:\\w+ )?in (?:russian|ukrainian|russia's|ukraine's|enemy) hands", measure: "controls", reason: "in-x-hands", side: "in-trigger" },
  { pattern: "(?:gained|secured|won|established) (?:a |another )?(?:foothold|bridgehead|toehold)s? (?:in|on|near|across)", measure: "contested", reason: "foothold" },
  { pattern: "captured|seized|liberated|occupied|overran|overrun|conquered|retook|retaken|recaptured|took|taken|freed|regained", measure: "controls", reason: "captured" },
  // "congratulated troops on capturing X", "videos showing soldiers liberating the town of X", "after
  // retaking X" — a gerund told as done; "the goal of capturing X" is not (no such word before it).
  { pattern: "(?:on|after|upon|since|showing|shows|showed|as well as)\\s+(?:[a-z'-]+\\s+){0,2}?(?:capturing|liberating|recapturing|retaking|seizing)", measure: "controls", reason: "capturing" },
  // "Russia claimed to fully capture X": a claim told with an infinitive is still a claim of the capture.
  { pattern: "(?:claimed|claims|claim|said|says) to (?:have )?(?:fully |completely )?(?:capture|seize|take|liberate|control)", measure: "controls", reason: "claimed-to-capture" },
  // "Ukrainian forces continue to hold parts of X", "had taken over large parts of X", "the city had changed hands".
  { pattern: "(?:continue|continues|continued|continuing) to (?:hold|control)|(?:taken|took|take|takes) over (?:(?:large|most|much|the rest|the remainder|parts?|part|all) (?:parts )?of )?", measure: "controls", reason: "continue-to-hold" },
  { pattern: "(?:had |has |have )?changed hands", measure: "controls", reason: "changed-hands", side: "attackers" },
  // "Kherson is ours": the speaker's side holds it.
  { pattern: "(?:is|are|was|remains?) ours|(?:is|are|was) (?:back )?under ukrainian flag|returned to ukrainian control", measure: "controls", reason: "is-ours" },
  { pattern: "fell to|has fallen|had fallen|have fallen", measure: "controls", reason: "fell" },
  { pattern: "advanced into|advancing into|advance into|entered|broke into|broken into|infiltrated|stormed|storming|pushed into|moved into", measure: "contested", reason: "advanced-into" },
  // "advanced in central Toretsk": fighting inside the town ("advanced near X" says nothing of X itself).
  { pattern: "advanced (?:in|inside|within) (?:the )?(?:(?:central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern) |the (?:center|centre|outskirts) of )?", measure: "contested", reason: "advanced-in" },
  { pattern: "(?:fighting|battles?|clashes|combat|hostilities|assaults?|assault operations|offensive operations|attacks) (?:in|for|inside|within|on) .{0,60}?(?:is|was|were|are|remains|remained|continues|continued|has been|had been) (?:still )?(?:ongoing|continuing|under way|underway|raging)|(?:fighting|battles?|clashes|combat|hostilities|assaults|assault operations|offensive operations) (?:is|was|were|are|remains|remained|has been|had been)? ?(?:still )?(?:ongoing|continuing|continues|continued|raging|under way)", measure: "contested", reason: "fighting-ongoing" },
  { pattern: "(?:were|are|was|is|remain|remained) (?:still )?fighting (?:for|in|on|inside|around|near|within)|(?:is|are|was|were) fighting on in|(?:continues?|continued|continuing) (?:to fight|fighting) (?:in|for|inside)|clashes (?:in|inside)|street fighting in|under siege|besieged", measure: "contested", reason: "fighting-for" },
  // "fighting had been particularly intense around X", "heavy fighting near X".
  { pattern: "(?:fighting|battles?|clashes|combat) (?:has been |had been |was |is |were |are |remains? |remained )?(?:\\w+ly )?(?:intense|heavy|fierce|fiercest|heaviest|bitter|raging|difficult)(?: [a-z-]+){0,3}? (?:in|around|near|for|on the outskirts of|inside)|(?:heavy|intense|fierce|fierc\\w+|bitter|street|urban|ongoing|house-by-house|house-to-house) (?:fighting|battles?|clashes|combat) (?:in|around|near|for|inside)", measure: "contested", reason: "fighting-intense" },
  // "units are actively resisting in X", "pockets of resistance in X", "gained ground near X", "a breakthrough near X".
  // Defenders resisting: the side attacking inside is the other than the place's country.
  { pattern: "(?:resisting|pockets of resistance|holding (?:the )?defen[cs]e)[\"']? (?:in|into|near|around|at|on)", measure: "contested", reason: "resisting-in", side: "attackers" },
  { pattern: "(?:gain(?:ed|ing|s)? ground|breakthrough|incursion|offensive|raid)[\"']? (?:in|into|near|around|at|on)", measure: "contested", reason: "advancing-in" },
  // "Ukrainian forces were on the outskirts of X", "Russian troops are in the suburbs of X".
  { pattern: "(?:were|are|was|is|remain|remained|now|already) (?:\\w+ly )?(?:on|in|at) the (?:outskirts|edge|suburbs|approaches) of", measure: "contested", reason: "on-the-outskirts" },
  // "made advances near X", "making steady progress near X", "the enemy's advance in X".
  { pattern: "(?:made|making|make|makes|reported|achieved) (?:\\w+ ){0,2}(?:advances?|progress|gains) (?:near|in|around|towards|toward|on|inside|into)", measure: "contested", reason: "advances-near" },
  { pattern: "(?:advance|advances|assault|push|offensive) (?:in|into|inside|on)(?= (?:the (?:city|town|village) of )?)", measure: "contested", reason: "advance-in", nameAfter: true },
  { pattern: "(?:forces|troops|army|military|units|defenders) (?:still |now |fully |firmly |effectively )?(?:control|controls|controlled|hold|holds|held|retain|retains|retained)", measure: "controls", reason: "forces-control" },
  { pattern: "cleared|mopped up", measure: "controls", reason: "cleared" },
  // "pushed Russian troops out of X": the pusher holds X.
  { pattern: "(?:pushed|drove|driven|forced|expelled|ousted|kicked)(?: [a-z-]+){0,3}? out of", measure: "controls", reason: "pushed-out" },
  // "Ukraine lost control of X": the other side holds it (SideRefiner turns the side round).
  { pattern: "lost (?:full |complete )?control (?:of|over)|lost the (?:town|city|village|settlement) of", measure: "controls", reason: "lost-control" },
  // "the town was holding", "the garrison held out": the defender still holds it.
  { pattern: "(?:was|is|were|are|remains?|remained) (?:still )?(?:holding(?: out)?|holding firm)|held out|holds out", measure: "controls", reason: "holding-out" },
  // A capture told as a noun by a speaker ("announced the capture of X") or as completed ("the liberation of X was completed").
  { pattern: "(?:announced|reported|claimed|confirmed|declared|proclaimed|denied|denying|rejected|celebrated|hailed)(?: to (?:[\\w.'’-]+ ){0,3}?[\\w.'’-]+)?(?: on| about)? (?:(?:the )?(?:\\w+ )?[\"']?(?:capture|liberation|seizure|fall|takeover|occupation) of|(?:taking|gaining|establishing) (?:full |complete )?control (?:of|over))", measure: "controls", reason: "reported-capture" },
  { pattern: "[\"']?(?:capture|liberation|seizure) of [^.;]{0,40}?(?:had been|has been|was|is|were) (?:fully |successfully )?(?:completed|complete|finished|accomplished)", measure: "controls", reason: "capture-completed" },
];

/** Control matches that are not control of a place. */
export const CONTROL_REJECTS: RejectRow[] = [
  // "taken to a hospital", "took away": moving people or things, not taking a place.
  { words: "took|taken|take", after: "\\s+(?:to|into|away|out|off|up|down|on|aboard|hostage|from)\\b", reason: "moved" },
  // "entered its second year", "took a heavy toll": ordinal and idiom objects, not places.
  { after: "\\s+(?:its|a|an|the|their)\\s+(?:second|third|fourth|fifth|new|final|next|last)\\s+(?:year|phase|stage|month|week|day|round|chapter)\\b|\\s+(?:(?:its|a|an|the|their)\\s+)?(?:economic|heavy|serious|major|hit|toll|blow|phase|stage|talks|negotiations|service|war|measures|action|decision|steps|look|part|place|office|steps|note|months|weeks|years|days|time|hold|over\\s+as|into account|aback|seriously|prisoner|captive|the lives|lives|a toll|shape|aim|advantage|responsibility)\\b", reason: "idiom" },
  // "captured 200 soldiers": people taken, not a place ("captured by …", "under the control of Russian troops" still are).
  { after: `\\s+(?:more than |over |about |some |at least |nearly |around )?(?:\\d|[a-z-]+ (?:\\w+ )?${PEOPLE_NOUNS})`, notWords: ".*\\b(?:by|control of)", reason: "people-taken" },
  // "the (recently) captured city", "Russian-occupied": the participle describes a noun ("its troops
  // controlled X": a noun that is the subject, not described).
  { before: "\\b(?:the|a|an|its|their|his|her)\\s+(?:(?:newly|recently|temporarily|illegally|partially|fully)\\s+)?|(?:russian-|ukrainian-|'s)\\s+", notWords: "(?:claims?|reports?|statements?|assertions?|forces|troops|army|military|units|defenders|encirclement|encircling|surrounding|blockade|advances?|assault|push|offensive)\\b.*", reason: "adjective-before" },
  { words: "captured|seized|liberated|occupied|overrun|conquered|retaken|recaptured|taken|freed|regained|capturing|liberating|recapturing|retaking|seizing", after: "\\s+(?:territories|territory|areas|area|regions|region|lands|land|parts|part|city|town|village|settlements|cities|towns|villages|crimea|donbas|equipment|weapons|tanks|vehicles|soldiers|troops|servicemen|positions|documents|drones)\\b", reason: "adjective-after" },
  // "killed or captured", "soldiers had been captured": people taken, not a place.
  { before: `(?:\\b(?:killed|wounded|injured|dead)\\s+(?:or|and)\\s+|${PEOPLE_NOUNS}\\s+(?:\\w+\\s+){0,2}(?:were|was|had been|have been|has been|been|being)\\s+)`, reason: "people-before" },
];

/** Events. */
export const EVENT_TRIGGERS: MeasureRow[] = [
  { pattern: "(?:raised|raising|raises|raise|hoisted|hoisting|hoists|hoist|planted|planting|unfurled|unfurling|taped|taping|hung|hanging|put up|placed|installed|waving|waved|holding)(?: \\S+){0,4} flags?|flags? (?:was|were|has been|had been) (?:raised|hoisted|planted)", measure: "flag_raised", reason: "flag-raised" },
  { pattern: "(?:withdrew|withdrawn|withdrawing|withdraw|pulled|pulling|retreated)(?: (?:its|their|the|all|remaining|our|his))?(?: [a-z-]+){0,2}? (?:out of|back from|from)|withdrawal (?:of [^.;]{0,40}? )?from", measure: "withdrawal", reason: "withdrew" },
  // The euphemisms of withdrawal ("troops were being regrouped").
  { pattern: "(?:being |been |were |was )?[\"']?regroup(?:ed|ing)|redeployed from|(?:moved|relocated) (?:to|across) the (?:left|right|east|west|other) bank", measure: "withdrawal", reason: "regrouped" },
  // "Ukrainian troops have left Krynky", "units abandoned their positions in X".
  { pattern: "(?:troops|forces|units|soldiers|defenders|marines|garrison)(?: [a-z'-]+){0,3}? (?:have |had |has )?(?:left|abandoned|quit|exited)(?: (?:their|its|the) positions? (?:in|at|near|around))?", measure: "withdrawal", reason: "troops-left" },
  { pattern: "evacuated|evacuation of", measure: "evacuation", reason: "evacuated" },
  { pattern: "struck|shelled|bombarded|bombed|attacked", measure: "strike", reason: "struck" },
  // "carried out a fire attack on the manpower … near X", "delivered strikes against X".
  { pattern: "(?:carried out|conducted|launched|delivered|inflicted|dealt) (?:a |an )?(?:[\"'a-z-]+ ){0,2}?(?:strikes?|attacks?|fire damage|blows?)[\"']? (?:on|against|at)", measure: "strike", reason: "carried-out-strike", placeAfter: true },
  // "they are destroying all the houses in X with tanks and artillery".
  { pattern: "(?:destroying|destroyed|destroy|razing|razed|levelling|leveling) (?:all |most |many )?(?:of )?(?:the )?(?:houses|homes|buildings|blocks|infrastructure) (?:in|of)", measure: "strike", reason: "destroying-houses" },
  // "Ukrainian artillery fire on X", "settlements … have been under fire", "explosions rocked X".
  { pattern: "(?:artillery|mortar|rocket|drone|missile|tank|mlrs) fire (?:on|at|against)", measure: "strike", reason: "fire-on", side: "in-trigger", placeAfter: true },
  { pattern: "(?:has been|have been|had been|were|was|is|are|came|come|remains?) under (?:heavy |constant |intense |massive )?(?:fire|shelling|bombardment)", measure: "strike", reason: "under-fire" },
  { pattern: "(?:explosions|blasts|attacks?|strikes?)(?:,[^.;]{1,60}?,)?(?: \\w+){0,4}? (?:rocked|pounded)", measure: "strike", reason: "rocked" },
  // "a drone and missile attack on X", "strikes on X", "the shelling of X".
  { pattern: "(?:missile|drone|air|artillery|rocket|bomb|glide-bomb|ballistic|cruise missile|kamikaze drone)s?(?: and (?:missile|drone|rocket)s?)? (?:attack|attacks|strike|strikes|barrage|raid|raids) (?:on|against|targeting)|(?:shelling|bombardment|bombing) of", measure: "strike", reason: "attack-on", side: "in-trigger", placeAfter: true },
  // "a Russian attack on X", "a massive combined strike on X", "hit by a Russian missile".
  { pattern: "(?:russian|ukrainian|massive|combined|overnight|large-scale|aerial|air) (?:[a-z-]+ )?(?:attack|attacks|strike|strikes|bombardment|shelling|barrage) (?:on|against|targeting)", measure: "strike", reason: "attack-on", side: "in-trigger", placeAfter: true },
  { pattern: "hit by (?:a |an )?(?:[a-z-]+ )?(?:missile|drone|bomb|rocket|shell|strike)s?", measure: "strike", reason: "hit-by", side: "in-trigger" },
  // "missiles hit X", "drones struck X", "launched 40 drones at X".
  { pattern: "(?:missiles?|drones?|rockets?|shells?|bombs?|shahed(?:s| drones)?) (?:hit|struck|slammed into|targeted|damaged|exploded (?:in|over))|(?:launched|fired) [^.;]{0,40}?(?:missiles|drones|rockets|shells) (?:at|on|against|toward|towards)", measure: "strike", reason: "missiles-hit" },
];

/** Event matches that are background or moves elsewhere. */
export const EVENT_REJECTS: RejectRow[] = [
  // "the evacuation" is background unless someone announces or orders it.
  { before: "(?:\\bthe|\\ba|\\ban)\\s+", notWords: ".*(?:attack|strike|shelling|bombardment|barrage|raid|rocked|pounded).*", notBefore: "\\b(?:announced|ordered|began|started|completed|declared|launched|organi[sz]ed)\\s+(?:\\w+\\s+){0,3}?(?:the|a|an)\\s+", reason: "background-noun" },
  // Units "pulled from the front" are moved elsewhere, not withdrawn from a place.
  { after: "\\s*(?:the\\s+)?(?:front|front line|frontline|reserves?|other (?:sectors|directions|areas))\\b", reason: "moved-elsewhere" },
];

/** People taken prisoner, without a figure: "denied that its soldiers had been captured". */
export const CAPTIVE_TRIGGERS: MeasureRow[] = [
  {
    pattern: `(?:its|their|our|the|ukrainian|russian)\\s+(?:\\w+\\s+)?(?:${FORCE_NOUNS}|defenders|garrison)\\s+(?:had been|have been|were|was|has been|being)\\s+(?:\\w+ly\\s+)?(?:captured|taken prisoner|taken captive)`,
    measure: "captured", reason: "troops-captured",
  },
];

/** Between a settlement and the place that locates it: "X near Y", "X, 10 km south of Y". */
export const NEAR_ANCHOR = "near|outside|close to|not far from|next to|on the outskirts of|(?:(?:some |about |around |roughly )?\\d+(?:\\.\\d+)?\\s*(?:km|kilomet(?:er|re)s?|miles)\\s+)?(?:(?:to the )?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\\s+of|from)";
/** Words around place mentions the place refiner reads (see PlaceWords in extract/lexicon.ts). */
export const PLACE_WORDS = {
  locativeBefore: "\\b(?:in|at|near|around|outside|inside|into|over|for|of|from|to|toward|towards|within|across|on|against|between|and|by)\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,2}$",
  settlementAnaphor: "\\b(?:the (?:city|town|village|settlement|city's|town's)|its|there|the area|the (?:[a-z-]+ )?(?:districts|neighbourhoods|neighborhoods|outskirts|suburbs|centre|center))\\b",
  battleAnaphor: "\\b(?:the (?:battle|fighting|offensive|assault|siege|incursion|operation|counteroffensive|attack|sector|direction|front line|area|city|town|village)|there)\\b",
  regionAnaphor: "\\b(?:the (?:region|oblast|province|region's))\\b",
  distanceOfFrom: "^\\s*(?:\\([^()]{1,30}\\)\\s*)?(?:[\\w-]+\\s+){0,2}?(?:of|from|to|away from|outside)\\s+(?:the\\s+(?:[\\w-]+\\s+)?(?:border|frontier|line|front line|outskirts|edge|centre|center)\\s+(?:of|with)\\s+(?:[\\w'’-]+\\s+)?|the\\s+(?:city|town|village|settlement)\\s+of\\s+)?$",
  thereAfter: "^[^;.]{0,60}?\\b(?:there|in the (?:city|town|village))\\b",
  attackAnaphor: "\\b(?:as a result of|in|during|after) (?:the|this|that) (?:attack|strike|shelling|bombardment|missile strike|drone attack)\\b",
  listJoin: "\\s*,\\s*(?:and\\s+|or\\s+|as well as\\s+)?|\\s+(?:and|or|as well as)\\s+",
  listClose: "\\b(?:and|or|as well as)\\b",
  listCloseAfter: "^\\s*,?\\s*(?:and|or|as well as)\\s+(?:several|some|many|a number of|other|nearby|neighbouring|neighboring|\\d+|two|three|four|five|six|seven|eight|nine|ten)\\b",
  regionOfItem: "\\s+(?:in|of)\\s+(?:the\\s+)?",
};
export const NEGATED_TRIGGER = "(?:not|n't|never|no longer)\\s+(?:\\w+ly\\s+|been\\s+|yet\\s+|have\\s+|had\\s+|be\\s+)*";
export const AGENT_AFTER_NOUN = "(?:shelling|attacks?|strikes?|offensive|counteroffensive|counter-offensive|assault|incursion|advance|bombardment) (?:by|of) (?:the )?";
/** A state's institutions, named without the state: the outlet's country's or the last party's that spoke. */
export const INSTITUTION_ANAPHOR = "(?:the )?(?:agency|department|service|office|headquarters)";
export const STATE_INSTITUTION = "ministry|ministry of defen[cs]e|defen[cs]e ministry|foreign ministry|general staff|armed forces|military|army|air force|navy|government|presidential office|president office|border guard service|border service|national guard|emergency service|state emergency service|prosecutor general office|security service|intelligence directorate|military intelligence|joint forces|grouping of forces|group of forces|operational command|military officials|defen[cs]e officials|command";
export const LOCAL_OFFICIAL = "local|regional|city|town|village|district|municipal|military administration|governor|mayor|head of the";
export const NEAR_PRECISION = "near|nearby|outside|close to|not far from|around|next to|on the outskirts of|the outskirts of|outskirts of|in the (?:vicinity|area|direction|suburbs) of|on the approaches to|in the suburbs of|(?:km|kilomet(?:er|re)s?|miles)\\s+(?:(?:to the )?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\\s+of|from)";
/** Words that name a settlement as small: "the village of X" is not a city of the same name. */
export const SMALL_SETTLEMENT_BEFORE = "village of|hamlet of|settlement of|small town of|villages of";

/**
 * A figure told for comparison or reference, not as a claim about this war: "by comparison, the entire
 * German army numbers about 180,000", "more than the US lost in Vietnam". Matched in the figure's clause.
 */
export const COMPARISON: Row[] = [
  { pattern: "by comparison|for comparison|in comparison|compared (?:with|to)|to put (?:it|that|this) in perspective|for reference", reason: "comparison-marker" },
  { pattern: "(?:the )?(?:entire |whole |total )?(?:active[- ]duty )?(?:german|french|british|polish|american|u\\.s\\.|us|italian|spanish|canadian|israeli|chinese|turkish|dutch|finnish|swedish|norwegian|romanian|european) (?:army|armed forces|military|troops|ground forces)", reason: "third-country-army" },
  { pattern: "(?:germany|france|britain|the uk|poland|the us|the united states|america|italy|spain|canada|finland|sweden|nato members?)(?:'s)? (?:entire |whole )?(?:army|armed forces|military) (?:numbers|has|totals|of)|(?:germany|france|britain|poland|italy|spain|canada|finland|sweden) has (?:roughly |about |around |some )?(?:\\d|only)", reason: "third-country-army" },
  { pattern: "in (?:afghanistan|vietnam|iraq|chechnya|syria|world war (?:ii|two|one|i))|during (?:the )?(?:soviet|second world war|first world war|world war)", reason: "other-war" },
];

/** Words before a trigger that make it a plan, a wish, a condition or a prediction, not a claim. */
export const NOT_FACTUAL =
  "\\bif\\b|\\bunless\\b|\\bwhether\\b|\\bwould\\b|\\bcould\\b|\\bmight\\b|\\bmay\\b|\\bwill\\b|\\bshould\\b|\\bmust\\b|'ll\\b|" +
  "\\b(?:trying|tried|tries|try|attempt(?:s|ed|ing)?|bid|effort|aim(?:s|ed|ing)?|plan(?:s|ned|ning)?|seek(?:s|ing)?|sought|want(?:s|ed)?|" +
  "hope(?:s|d)?|determined|expected|likely|threaten(?:s|ed)?|order(?:s|ed)?|fail(?:s|ed)?|ability|able|need(?:s|ed)?|intend(?:s|ed)?|push(?:es|ed)?|race|racing|strive|struggl(?:e|es|ed|ing)) to\\b|" +
  "\\bbefore\\b|\\bhas yet to\\b|\\bwhen\\b";

/** Nouns a nationality word describes without making its people the actor ("the Ukrainian city of …"). */
export const PLACE_NOUNS = "city|town|village|region|oblast|province|territory|soil|land|border|regions|cities|towns|villages|settlement|settlements|side|border|frontier|capital|steppe|countryside|flag";

export const NATIONALITY: NationalityRow[] = [
  { pattern: "ukrainian|ukrainians|ukraine's|ukraine|kyiv's|kyiv|kiev's|kiev|zelensky's|afu", side: "UA" },
  { pattern: "russian|russians|russia's|russia|moscow's|moscow|kremlin's|kremlin|wagner|putin's|chechen", side: "RU" },
];

/** Speech and report verbs: their subject is the speaker of what follows. */
export const SPEECH_VERBS =
  "said|says|say|saying|told|tells|claimed|claims|claiming|claim|reported|reports|reporting|stated|states|announced|announces|" +
  "insisted|insists|noted|notes|wrote|writes|added|adds|informed|informs|confirmed|confirms|asserted|asserts|asserting|alleged|alleges|" +
  "maintained|maintains|argued|argues|estimated|estimates|warned|warns|declared|declares|acknowledged|acknowledges|admitted|admits|" +
  "posted|published|released|showed|shows|suggest|suggests|suggested|believes|believe|assessed|assesses|observed|explained|" +
  "boasted|boasts|stressed|emphasised|emphasized|assured|assures|reiterated|reiterates|specified|clarified|commented|" +
  "indicated|indicates|revealed|disclosed|described|describe|describes|" +
  // Participles that go on with the same speaker ("…, insisting that …", "…, adding that …").
  "insisting|saying|adding|noting|stating|arguing|warning|explaining|stressing|suggesting|acknowledging|admitting|confirming|announcing|declaring|writing";

export const DENIAL_VERBS = "denied|denies|deny|denying|rejected|rejects|reject|rejecting|dismissed|dismisses|dismiss|refuted|refutes|disputed|disputes|contradicted";

/** "did not have sufficient evidence to confirm", "could not verify": the speaker neither asserts nor denies. */
export const UNCONFIRMED =
  "(?:could|can|did|does|do|has|have|had|was|were|is|are)(?: not|n't)(?: yet)?(?: be)?(?: independently| immediately)? (?:confirm|verify|verified|confirmed)|" +
  "(?:did|does|do|has|have|had)(?: not|n't) have (?:sufficient|enough|any) evidence|unable to (?:independently )?(?:confirm|verify)|" +
  "no (?:independent )?(?:confirmation|evidence)|not (?:been )?(?:independently )?(?:confirmed|verified)";

/**
 * Evidence looked for and not found: what follows is neither asserted nor denied by whoever looked
 * ("ISW has not observed evidence that Russian forces seized X", "found no sign that …").
 */
export const NEGATED_EVIDENCE: Row[] = [
  { pattern: "(?:has|have|had|did|does|do|is|are|was|were)(?: not|n't)(?: yet)?(?: been able to)? (?:observe|observed|see|seen|find|found|identify|identified|detect|detected|establish|established)(?: any)?(?: visual| independent| geolocated| conclusive| clear)? (?:evidence|confirmation|indications?|signs?|footage|proof)", reason: "not-observed-evidence" },
  { pattern: "(?:found|find|finds|saw|see|sees|observed|seen|detected|identified) no (?:evidence|signs?|indications?|confirmation|proof)", reason: "found-no-sign" },
  { pattern: "there (?:is|was|has been|have been|had been) no (?:independent |visual )?(?:evidence|signs?|confirmation|indications?|proof)", reason: "no-evidence-exists" },
  { pattern: "(?:without|lacking|lacks|lacked) (?:any )?(?:evidence|confirmation|proof) (?:that|of)", reason: "without-evidence-that" },
];

/**
 * A claim negated by its own subject or by "there is no": "none of its units are encircled",
 * "there is no encirclement of X", "not a single soldier was captured". Matched from the clause's start
 * to the trigger; the claim is denied by its speaker.
 */
export const NEGATED_SUBJECT: Row[] = [
  { pattern: "(?:none|not one|not a single one|neither) of (?:the |our |its |their |[a-z'-]+ ){0,4}(?:units|troops|forces|soldiers|servicemen|defenders|brigades|positions)", reason: "none-of-them" },
  { pattern: "(?:not a single|no) (?:[a-z'-]+ ){0,2}(?:unit|units|soldier|soldiers|serviceman|servicemen|brigade|brigades|troops|defenders)(?: (?:of|from) (?:the )?[a-z'-]+(?: [a-z'-]+){0,3})? (?:is|are|was|were|has been|have been|had been)", reason: "no-units" },
  { pattern: "there (?:is|was|are|were|has been|had been)(?: currently| now| still)? no(?: [a-z'-]+)?$|\\bno (?:such )?$", reason: "there-is-no" },
];

/**
 * A sentence that names the speaker of the sentences before it: "This was stated by X", "X said this",
 * "This was announced by the head of … on the air of …". The words of `who` are the speaker.
 */
/** "For example, …": the sentence goes on with the report before it, even when it names a date of its own. */
export const CONTINUATION_OPENER = "^(?:(?:for example|for instance|in particular|moreover|furthermore)\\s*,)\\s";
/** "Source: the General Staff" — a line that names the source of the whole article. */
export const SOURCE_LINE = "^(?:source|sources)\\s*:\\s*";
/** "X, a town of 46,000", "X — a village some 35 km east of Y", "a region annexed by Moscow and largely under Russian control": background. */
export const BACKGROUND_APPOSITIVE = "(?:,|—|–|\\s-)\\s+(?:(?:a|an)\\s+(?:[a-z-]+\\s+){0,3}?(?:city|town|village|settlement|district|region|oblast|area|hub|stronghold)\\b[^,;—–]*|(?:which|that) (?:was|is|had been) (?:once )?home to[^,;—–]*|(?:once )?home to[^,;—–]*|with a (?:pre-war )?population of[^,;—–]*)\\s*";
export const NEXT_SENTENCE_SPEAKER: Row[] = [
  { pattern: "^(?:this|that|these|all this|the (?:information|report|figures?|statement|news))\\s+(?:was|were|has been|had been|is)\\s+(?:\\w+ly\\s+)?(?:stated|said|announced|reported|confirmed|written|declared|told|posted|disclosed|shared|published)\\s+(?:by|in a statement by)\\s+(?<who>[^,;.]+?(?:,\\s+[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+){1,2}(?=\\s*[,;.]|$))?)(?=\\s+(?:on|in|at|during|via|to|through|during)\\s|[,;.]|$)", reason: "this-was-stated-by" },
  // "X said this on Monday" — not "X said that …" (a complement) nor "X said this week".
  { pattern: "^(?<who>[A-Z][^,;.]{1,80}?)\\s+(?:said|stated|announced|reported|wrote|confirmed) this(?=\\s*(?:[,.;]|$)|\\s+(?:on|in|at|during|to|via|after|when|while)\\s)", reason: "x-said-this" },
];


// "claimed" is a hedge too, but only on a claim whose own speech verb is "claim" (SpeakerRefiner):
// "despite repeated Russian claims" elsewhere in the sentence hedges nothing.

export const HEDGES: HedgeRow[] = [
  { phrase: "without citing sources", pattern: "without (?:citing|giving|naming|providing) (?:any )?(?:sources?|evidence|proof)", reason: "no-sources" },
  { phrase: "could not be independently verified", pattern: "could not (?:be )?(?:independently )?(?:verif|confirm)|cannot be (?:independently )?(?:verified|confirmed)|impossible to (?:independently )?(?:verify|confirm)|not (?:be )?independently verified", reason: "unverified" },
  { phrase: "reportedly", pattern: "reportedly", reason: "reportedly" },
  { phrase: "without evidence", pattern: "(?:offered|provided|gave|presented|showed) no (?:evidence|proof)|did not (?:provide|offer|give|present|show) (?:any )?(?:evidence|proof)|without (?:any )?(?:evidence|proof)", reason: "no-evidence" },
  { phrase: "citing unnamed sources", pattern: "citing (?:unnamed|anonymous|unidentified) (?:sources?|officials?)", reason: "unnamed-sources" },
  { phrase: "likely", pattern: "likely (?:seized|captured|took|taken|controls?|killed|destroyed)|probably|apparently|appears? to have|appeared to (?:show|have)|seemingly", reason: "likely" },
  { phrase: "unconfirmed reports", pattern: "unconfirmed reports|rumou?red|rumou?rs", reason: "rumoured" },
  { phrase: "purportedly", pattern: "purportedly|purported", reason: "purportedly" },
  { phrase: "allegedly", pattern: "allegedly|alleged", reason: "allegedly" },
  { phrase: "unverified", pattern: "unverified|unconfirmed", reason: "unverified-word" },
  { phrase: "said to", pattern: "(?:is|are|was|were) said to|(?:is|are|was|were) believed to", reason: "said-to" },
];

/** A sentence that doubts the figure just reported ("X could not independently verify the number"). */
export const DOUBT_OF_PREVIOUS = "(?:could|can|did)(?: not|n't) (?:independently )?(?:verify|confirm) (?:the|this|these|that|those|its|their) (?:number|numbers|figure|figures|claim|claims|report|reports|account|data|toll|tally|video|footage|statement)|" +
  "^(?:the|this|these|that|those|such|it|neither|none)(?: [a-z-]+){0,2}? (?:could|can|has|have|had|was|were)(?: not|n't)(?: yet)?(?: been| be)? (?:independently )?(?:verified|confirmed)|" +
  "(?:was|were|is|are|has been|have been) unable to (?:independently )?(?:verify|confirm)|(?:not possible|impossible|no way) to (?:independently )?(?:verify|confirm)";

/** Whose figure a pointed doubt names ("could not verify the number given by Ukraine"): the words after it. */
export const DOUBTED_PARTY: (Row & { side: Side })[] = [
  { pattern: "(?:given|provided|reported|released|cited|claimed|published|announced) by (?:the )?(?:ukraine|kyiv|kiev|ukrainian)", side: "UA", reason: "given-by-ua" },
  { pattern: "(?:given|provided|reported|released|cited|claimed|published|announced) by (?:the )?(?:russia|moscow|kremlin|russian)", side: "RU", reason: "given-by-ru" },
  { pattern: "of (?:the )?(?:ukrainian|kyiv's|ukraine's) (?:side|military|army|general staff|officials)", side: "UA", reason: "of-ua" },
  { pattern: "of (?:the )?(?:russian|moscow's|russia's) (?:side|military|army|defen[cs]e ministry|officials)", side: "RU", reason: "of-ru" },
];

/** Anaphoric objects of a denial: "rejected this report". */
/** A figure that is part of the one before it: "… 1,200 troops, including 300 in X". */
export const SUBCOUNT_BEFORE = "(?:including|of whom|of which|among them|among whom|among which|with)\\s+(?:about |some |more than |over |at least )?$";

/** A figure or claim for the whole war or front, not for the battle the article is about. */
export const GLOBAL_SCOPE = "\\bin the (?:whole |entire )?war\\b|since (?:the (?:start|beginning|outset) of )?(?:the )?(?:full-scale )?(?:invasion|war)|\\bin total\\b|\\btotal\\b|\\boverall\\b|(?:across|along) the (?:entire |whole )?front|since february (?:24, )?2022|nationwide|\\bso far this year\\b";

export const REPORT_ANAPHORS = "(?:this|that|the|these|those|such) (?:report|reports|claim|claims|statement|statements|assertion|assertions|allegation|allegations|account|news|figure|figures|number|numbers|toll|tally|estimate|estimates)|\\bit\\b|\\bthem\\b";

/** "This is not true", "these claims are a lie": a sentence that calls the claim before it false. */
export const IS_FALSE = "(?:^|[\"'“]\\s*|,\\s*)(?:this|that|it|these|those|such (?:claims?|reports?|statements?)|the (?:claims?|reports?|statements?|allegations?))(?:'s| is| was| are| were| has been)\\s+(?:simply |absolutely |completely |totally |an? )?(?:not true|untrue|false|a lie|lies|fake|a fake|propaganda|disinformation|nonsense|not correct|a fabrication|fiction)\\b";

/** "called the claim fake": a denial that names what it denies by a noun, and what it thinks of it. */
export const CALLED_FALSE = "(?:called|calls|described|labell?ed|branded|dismissed)\\s+(?:(?:the|this|that|these|those|such)\\s+(?:report|reports|claim|claims|statement|statements|figure|figures|number|numbers|allegations?)|it|this|that|them)\\s+(?:as\\s+)?[\"'“]?(?:fake|false|untrue|a lie|lies|propaganda|a fabrication|fabricated|nonsense|disinformation|not true|absurd)";

/** What the time refiner reads: the whole war, "hours later", and what separates a claim's clause from a date's. */
export const TIME_WORDS: TimeWords = {
  wholeWar: "\\b(?:in|during|throughout|over the course of|since the (?:start|beginning) of) the (?:whole |entire |full-scale )?(?:war|invasion|conflict)\\b|\\bsince the (?:full-scale )?invasion\\b",
  sameDay: "^(?:hours|minutes|moments) later|^later (?:that|the same) (?:day|night|evening)|^the same day|^that (?:day|night|evening)|^shortly (?:after|afterwards)",
  clauseGap: "[;,]|\\band\\b|\\bthat\\b|\\bbut\\b|\\bwhile\\b",
};
