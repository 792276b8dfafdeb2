export * from "./place-index.js";
export { loadPlaceIndex, type LoadPlaceIndexOptions } from "./load-place-index.js";
export { foldName, foldLoose, foldLooser } from "./fold-name.js";
export { buildGazetteer } from "./gazetteer-builder.js";
export { editDistance } from "./suggest-names.js";
