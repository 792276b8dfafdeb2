// An article as the reading stage hands it on: normalised text plus what a feed or page tells of it.

export interface Article {
  /** Document id: the input file's name without extension, unless given. */
  id: string;
  /** Text after normalisation (NFC, \n line ends). Evidence offsets index into this string. */
  text: string;
  outlet: string | null;
  title: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD, at the precision known; null when unknown. */
  published: string | null;
  byline?: string | null;
  url?: string | null;
  /** UTF-16 offset of this text inside the whole document, when a very large document is read in parts (default 0). */
  offset?: number;
  /** Where it was read from (a path or URL). */
  origin: string;
  /** ISO 639-1 code of the language it is written in ("en", "ru", "uk"; "und" when undetermined): detected, or given with --lang. */
  lang?: string;
  /** Problems met while reading that did not stop it (e.g. "decoded as windows-1251"). */
  warnings?: string[];
}
