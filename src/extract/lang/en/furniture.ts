// Page furniture: lines of a page that are not reporting. A sentence that is wholly one of these is skipped.
import type { Row } from "../../lexicon.js";

export const FURNITURE: Row[] = [
  { pattern: "(?:[\\w .&'-]+\\s+)?\\d+\\s+min(?:ute)?s?\\s+read", reason: "reading-time" },
  { pattern: "scroll to top|back to top|leave a comment|post a comment|\\d+ comments?|read more|see more|show more|load more", reason: "page-control" },
  { pattern: "share(?: this(?: article)?)?(?: on \\w+)?|print|email|tweet|advertisement|sponsored|related(?: reads| articles| posts| stories)?|table of contents|contents", reason: "page-control" },
  { pattern: "(?:sign up|subscribe)(?: (?:for|to) [\\w ]+)?|once|monthly|annual|continue|remind me later\\.?|not ready to support today\\??", reason: "appeal" },
  { pattern: "(?:photo|image|video|credit)s?:?\\s.{0,60}", reason: "credit" },
];
