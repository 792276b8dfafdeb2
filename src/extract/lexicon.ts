// The shape of a language pack's lexicon: every phrasing family the extraction engines read, as typed
// rows or regular-expression sources. A pack (lang/<code>/lexicon.ts) fills it in for its language; the
// engines (recognisers/, refiners/) never name a language's words themselves. Patterns are matched
// against lower-cased, folded text (straight quotes, ASCII dashes: language/fold-text.ts).
import type { Measure, Side } from "../claims/index.js";

export interface Row { pattern: string; reason: string }
/**
 * How the side of a trigger's claim is found when the row itself decides it: "in-trigger" — the
 * nationality inside the matched words ("in Russian hands", "a Russian attack on"); "defenders" — the
 * country of the place ("the town was encircled": its defenders are encircled); "attackers" — the other
 * side than the place's country ("X changed hands").
 */
export type SideRule = "in-trigger" | "defenders" | "attackers";
export interface MeasureRow extends Row {
  measure: Measure;
  side?: SideRule;
  /** The claim's place is the one named right after the trigger ("an attack on X"), or none. */
  placeAfter?: boolean;
  /** Matched only before a name (a capitalised word in the text as written: "an advance in Pokrovsk", not "in recent weeks"). */
  nameAfter?: boolean;
}
export interface HedgeRow extends Row { phrase: string }
/**
 * A trigger match set aside by the words around it ("took part", "captured 200 soldiers", "the occupied
 * territories"): every part given must match — `before` (anchored at the end of the words before),
 * `after` (anchored at the start of the words after), `words` (the matched words, whole) — and no part
 * given as `not…` may.
 */
export interface RejectRow {
  reason: string;
  before?: string;
  after?: string;
  words?: string;
  notBefore?: string;
  notWords?: string;
}
export interface NationalityRow { pattern: string; side: Side }

/**
 * A figure typed by the words around it (table-driven figure typing, recognisers/figure-table.ts):
 * `before` must match the words just before the number (the pattern is anchored at its end), `after` the
 * words just after it (anchored at its start), `clause` anywhere in the figure's clause. All given parts
 * must match; the first row that matches types the figure.
 */
export interface FigureRow {
  reason: string;
  kind: "casualties" | "forces" | "population" | "event" | "area" | "control" | "distance";
  measure: Measure;
  before?: string;
  after?: string;
  clause?: string;
  /** A unit the quantity must have ("people" when it has none; "percent", "km", "km2"). */
  unit?: "people" | "percent" | "km" | "km2";
  /** The agent of the verb before the figure is not its victim ("ВСУ потеряли 200 …" is; "уничтожили 200" is not). */
  victimsOfVerb?: boolean;
}

/**
 * Attribution read from rows (refiners/table-cues.ts), for languages whose speakers stand after the verb
 * as often as before it ("сообщило министерство обороны", "заявил Зеленский"): a speech verb, then the
 * speaker before it or right after it; "according to X" phrases whose speaker follows.
 */
export interface AttributionRows {
  /** Speech and report verbs (their subject is the speaker). */
  speech: string;
  /** Denial verbs ("опроверг", "спростували"). */
  denial: string;
  /** Phrases after which the speaker is named: "по данным", "по словам", "как сообщает". */
  according: string;
  /** Phrases whose speaker is the words after them too, but which report what someone published ("говорится в сообщении"). */
  statement: string;
  /** Words that end a subject phrase when read back from the verb (conjunctions, relative pronouns). */
  subjectBreak: string;
  /** Personal pronouns that point back to the last speaker ("он", "вона"). */
  pronoun: string;
  /** Those of them that point back to a person ("он", "его", "вона"): the last person named, not an outlet. */
  personPronoun: string;
  /** Relative pronouns opening a clause that describes the subject ("DeepState, которая отслеживает …, подтверждает"). */
  relative?: string;
}

/** Words around place mentions that the place refiner reads. */
export interface PlaceWords {
  /** A preposition before a place that locates a figure there ("in X", "near X"), matched at the end of the words before. */
  locativeBefore: string;
  /** "the city", "there": a claim about the settlement named before. */
  settlementAnaphor: string;
  /** "the battle", "the offensive": a figure about the battle the article reports. */
  battleAnaphor: string;
  /** "the region": a claim about the region named before. */
  regionAnaphor: string;
  /** Between a distance and its second place ("20 km from X"), matched as the whole gap. */
  distanceOfFrom: string;
  /** "… killed there": after a figure, the place is the one named before. */
  thereAfter: string;
  /** "As a result of the shelling, 4 killed": casualties of an attack told just before, at that attack's place. */
  attackAnaphor?: string;
  /** Between two places of a list ("A, B and C"), matched as the whole gap. */
  listJoin: string;
  /** A gap that closes a list ("and", "or", "as well as"): commas alone may join clauses. */
  listClose: string;
  /** After a list's last place, words that close it ("…, and several other settlements"), matched at the start. */
  listCloseAfter: string;
  /** Between a list's place and the region that locates it ("Myrnohrad in Donetsk Oblast and Huliaipole …"), the whole gap. */
  regionOfItem: string;
}

/** Words the time refiner reads. */
export interface TimeWords {
  /** "in the war", "since the invasion": a casualty or force figure for the whole full-scale war, to publication. */
  wholeWar: string;
  /** "Hours later", "the same day", at a sentence's start: the day of the sentence before. */
  sameDay: string;
  /** Between a claim and a date, what puts them in different clauses (",", "and", "that"). */
  clauseGap: string;
}

export interface Lexicon {
  /** ISO 639-1 code of the pack. */
  code: string;
  /** "latin": `\b` works; "cyrillic": word boundaries by Unicode letter classes. */
  script: "latin" | "cyrillic";
  FURNITURE: Row[];
  PEOPLE_NOUNS: string;
  FORCE_NOUNS: string;
  EQUIPMENT_NOUNS: string;
  ENEMY_WORDS: string;
  /** An attack noun whose attacker follows it ("наступления ВСУ", "an offensive by Ukrainian forces"), matched at the end of the words before a nationality. */
  AGENT_AFTER_NOUN: string;
  /** What may stand between a control or event trigger and the actor that follows it in free word order ("более трети города контролируют наши ВСУ"); absent where the subject precedes its verb. */
  ACTOR_AFTER_VERB?: string;
  FIGURE_FILLER_WORDS: string;
  CASUALTY_OUTCOMES: MeasureRow[];
  CASUALTY_VERBS: MeasureRow[];
  CASUALTY_NOUNS_BEFORE: MeasureRow[];
  ENCIRCLED: string;
  AT_RISK: string;
  ENCIRCLEMENT_TRIGGERS: MeasureRow[];
  DEPLOYED: string;
  /** Verbs that send or station troops: a small troop count with one is a deployment, without one a story's people. */
  SENT_VERBS: string;
  POPULATION_BEFORE: string;
  POPULATION_AFTER: string;
  POPULATION_CLAUSE: string;
  TERRITORY_NOUNS: string;
  CONTROL_TRIGGERS: MeasureRow[];
  CONTROL_REJECTS: RejectRow[];
  EVENT_TRIGGERS: MeasureRow[];
  EVENT_REJECTS: RejectRow[];
  /** People taken prisoner, told without a figure ("its soldiers had been captured"). */
  CAPTIVE_TRIGGERS: MeasureRow[];
  NEAR_ANCHOR: string;
  PLACE_WORDS: PlaceWords;
  /** Institutions of a state named without their country ("the Defence Ministry", "the General Staff"): the outlet's or the last party's. */
  STATE_INSTITUTION: string;
  /** A noun standing for the institution named before ("ведомство", "the agency"): matched as the whole name. */
  INSTITUTION_ANAPHOR: string;
  /** Titles of local officials, who speak for the country of the place they report on. */
  LOCAL_OFFICIAL: string;
  /** Words before a settlement that place a claim near it, not in it (place.precision "near"). */
  NEAR_PRECISION: string;
  SMALL_SETTLEMENT_BEFORE: string;
  COMPARISON: Row[];
  NOT_FACTUAL: string;
  PLACE_NOUNS: string;
  NATIONALITY: NationalityRow[];
  SPEECH_VERBS: string;
  DENIAL_VERBS: string;
  UNCONFIRMED: string;
  NEGATED_EVIDENCE: Row[];
  NEGATED_SUBJECT: Row[];
  NEXT_SENTENCE_SPEAKER: Row[];
  /** A sentence opening that goes on with the report before it ("For example,", "Наприклад,"), even with a date of its own. */
  CONTINUATION_OPENER?: string;
  /** A line naming the source of the whole article ("Джерело: Генштаб ЗСУ", "Source: the General Staff"), matched at the start of its sentence. */
  SOURCE_LINE?: string;
  /** A place described in apposition (", a town of", " — a village some"), matched at the end of the words before a figure: the writer's background. */
  BACKGROUND_APPOSITIVE?: string;
  HEDGES: HedgeRow[];
  DOUBT_OF_PREVIOUS: string;
  DOUBTED_PARTY: (Row & { side: Side })[];
  SUBCOUNT_BEFORE: string;
  /** A figure or claim for the whole war or front ("in total", "since the invasion"): no single battle's, no single day's. */
  GLOBAL_SCOPE: string;
  TIME_WORDS: TimeWords;
  REPORT_ANAPHORS: string;
  IS_FALSE: string;
  CALLED_FALSE: string;
  /** Table-driven figure typing (packs without a grammar-specific figure recogniser). */
  FIGURES?: FigureRow[];
  /** Casualties of one told without a numeral ("Загинув чоловік", "Є постраждалий"), read by recognisers/single-victim.ts. */
  SINGLE_VICTIMS?: MeasureRow[];
  /** Table-driven attribution (packs read with refiners/table-cues.ts). */
  ATTRIBUTION?: AttributionRows;
  /** Words that make a claim's trigger negated when just before it ("не", "ні"). */
  NEGATION_BEFORE?: string;
  /** A negation right before a trigger that denies it ("had not captured"), matched at the end of the words before. */
  NEGATED_TRIGGER: string;
}
