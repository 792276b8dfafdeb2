// Place summaries are the read layer's (src/ledger/place-summary.ts).
export { summarisePlaces, summaryOfPlace, createPlaceSummaries, placeTypeOf, type PlaceSummary, type PlaceSummaries, type PlaceControl, type PlaceType } from "../../ledger/index.js";
