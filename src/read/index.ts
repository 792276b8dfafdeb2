// The reading stage: inputs (paths, folders, URLs, feeds) -> Article objects, streamed.
export * from "./reader.js";
export { readInputs } from "./read-inputs.js";
export { TextReader, createTextReader } from "./text/text-reader.js";
export { HtmlReader, htmlArticle } from "./html/html-reader.js";
export { FeedReader, feedItems } from "./feed/feed-reader.js";
export { UrlReader } from "./url/url-reader.js";
export { createFolderReader, readFolder } from "./folder-reader.js";
export { FILE_READERS, readerFor } from "./file-readers.js";
export { TelegramReader, isTelegramExport } from "./telegram/telegram-reader.js";
export { extractHtml, type ExtractedPage } from "./html/extract-html.js";
export { parseFeed, isFeedText, type Feed, type FeedItem } from "./feed/parse-feed.js";
export { normaliseText } from "./normalise-text.js";
export { parsePublished, isPublished, futureDateWarning, isoDay } from "./parse-published.js";
export { loadManifest, parseManifest, type Manifest, type ManifestEntry } from "./manifest.js";
export { isPrivateAddress } from "./url/is-private-address.js";
export { fetchGuarded, type FetchLimits, type Fetched } from "./url/fetch-guarded.js";
export { PART_SIZE } from "./text/text-parts.js";
