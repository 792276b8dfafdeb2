// The read layer: what every view shows, computed once from a LedgerStore (issue 13). present/ only formats it.
export { SIDE_WORDS, STANCE_WORDS, STATUS_WORDS, TITLES, titleOf, place2Of, formatDate, formatPeriod } from "./wording.js";
export { figureText, boundsText, claimFigureText } from "./figure-text.js";
export { claimsOfSource, positionsOf, groupPositions, whenText, whoText, type Position, type PositionGroup } from "./positions.js";
export { wordsOf, withWords, wordPropositions, wordProposition, type PropositionWords, type WordedProposition } from "./proposition-words.js";
export { claimsOfProposition, MOST_CLAIMS_SHOWN } from "./proposition-claims.js";
export { compareTimelineEntries, timelineOf, TIMELINE_KINDS, type TitledTimelineEntry } from "./control-timeline.js";
export { controlTimeline, placeTimeline, MOST_CLAIMS_PER_KIND, type PlaceTimeline, type TimelineFilter, type FigureSeries, type FigurePoint } from "./place-timeline.js";
export { listDisputes, DISPUTES_PAGE, type Dispute, type DisputeQuery, type Page } from "./dispute-list.js";
export {
  summarisePlaces, summaryOfPlace, createPlaceSummaries, placeTypeOf, outranks, STATUS_WEIGHT,
  type PlaceSummary, type PlaceSummaries, type PlaceControl, type PlaceType,
} from "./place-summary.js";
export { readLedgerSnapshot, type LedgerSnapshot } from "./ledger-snapshot.js";
export { summariseSources, listSources, sourcesWithRecords, type SourceSummary, type RecordCounts } from "./source-summary.js";
export { settlementsOf, readSettlement, type PropositionSettlement } from "./settlement.js";
export {
  recordsOf, readSourceRecords, recordOfSource, outcomeOf, figureOfClaim,
  type SourceRecord, type RecordEntry, type RecordOutcome, type SettledProposition, type ArticleFacts,
} from "./source-records.js";
export { readDocuments, documentLookup, type DocumentInfo, type DocumentsOf } from "./document-info.js";
export { claimDate, dayRange, datePrecision, placePrecision, ACLED_TIME_PRECISION, ACLED_GEO_PRECISION, type ClaimDate, type DatePrecision, type PlacePrecision } from "./claim-dates.js";
export { claimRecordsOf, readClaimRecords, primarySourceOf, type ClaimRecord } from "./claim-records.js";
export { reviewOf, readReview, readReviews, ratingOf, STATUS_RATING, type PropositionReview, type Appearance, type Claimant, type Rating } from "./proposition-review.js";
export { mapPlaces, type MappedPlace } from "./place-map.js";
export { placeControls, controlEntriesOf, compareControls, type PlaceControlEntry, type ControlSource } from "./place-controls.js";
export { lookupPlace, placeLabel, noClaimsText, candidatesText, type PlaceLookup, type PlaceQuery, type ResolvedPlace, type LedgerPlace } from "./place-lookup.js";
export { readGold, type GoldClaim, type GoldSet } from "./gold-claims.js";
