export { createExtractor, claimId, type Extractor, type ExtractorOptions } from "./extractor.js";
