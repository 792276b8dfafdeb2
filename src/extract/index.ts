export { createExtractor, claimId, packLanguages, type Extractor, type ExtractorOptions } from "./extractor.js";
