// The order of recognisers and refiners, in one place, with the reason each runs where it does.
import { InstitutionSideRefiner } from "./refiners/institution-side-refiner.js";
import type { Recogniser, Refiner } from "./article-context.js";
import { FigureRecogniser } from "./recognisers/figure-recogniser.js";
import { ControlRecogniser } from "./recognisers/control-recogniser.js";
import { EventRecogniser } from "./recognisers/event-recogniser.js";
import { EncirclementRecogniser } from "./recognisers/encirclement-recogniser.js";
import { CaptiveRecogniser } from "./recognisers/captive-recogniser.js";
import { NonFactualFilter } from "./refiners/non-factual-filter.js";
import { ComparisonFilter } from "./refiners/comparison-filter.js";
import { SpeakerRefiner } from "./refiners/speaker-refiner.js";
import { HedgeRefiner } from "./refiners/hedge-refiner.js";
import { SideRefiner } from "./refiners/side-refiner.js";
import { PlaceRefiner } from "./refiners/place-refiner.js";
import { TimeRefiner } from "./refiners/time-refiner.js";
import { ReportDenialRefiner } from "./refiners/report-denial-refiner.js";
import { DuplicateFilter } from "./refiners/duplicate-filter.js";
import { SourceSideRefiner } from "./refiners/source-side-refiner.js";
import { SpellingRefiner } from "./refiners/spelling-refiner.js";

import type { Lexicon } from "./lexicon.js";
import { FigureTableRecogniser } from "./recognisers/figure-table.js";
import { SingleVictimRecogniser } from "./recognisers/single-victim.js";

export interface Configuration {
  recognisers: Recogniser[];
  refiners: Refiner[];
}

/** A language: its rows and the engines, in order, that read them. */
export interface LanguagePack extends Configuration {
  lexicon: Lexicon;
}

// The refiners every pack runs, in this order: they read the pack's rows, not its language.
const REFINERS: Refiner[] = [
  NonFactualFilter, // plans and conditions go before anything is attributed to anyone
  ComparisonFilter, // so do reference figures ("the entire German army numbers …")
  SpeakerRefiner, // denials and "could not confirm" are read with the speaker: the denier is the speaker
  InstitutionSideRefiner, // before the claim's side: "its forces" are the institution's, once its country is known
  HedgeRefiner, // after the speaker: "claimed" is a hedge only on an asserted claim
  PlaceRefiner, // drops control and events that name no place
  SideRefiner, // after the speaker ("its forces" are the speaker's) and the place (civilians, "X fell")
  SourceSideRefiner, // after the place: local officials speak for the country they are in
  SpellingRefiner, // after every refiner that matches speakers by their registry name
  TimeRefiner,
  ReportDenialRefiner, // copies claims already placed, dated and sided into their denials
  DuplicateFilter, // last: sees the final fields of every candidate
];

export const englishConfiguration = (): Configuration => ({
  recognisers: [
    FigureRecogniser, // figures first: a figure and a verb on the same proposition keep the figure
    ControlRecogniser,
    EventRecogniser,
    EncirclementRecogniser,
    CaptiveRecogniser,
  ],
  refiners: REFINERS,
});

/**
 * Packs whose figures are typed from FIGURES rows and whose speakers are read from ATTRIBUTION rows
 * (Russian, Ukrainian); the refiners are the same.
 */
export const tableConfiguration = (): Configuration => ({
  recognisers: [FigureTableRecogniser, SingleVictimRecogniser, ControlRecogniser, EventRecogniser, EncirclementRecogniser, CaptiveRecogniser],
  refiners: REFINERS,
});
