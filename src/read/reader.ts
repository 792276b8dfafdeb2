// The reading stage's seam: inputs (paths, folders, URLs, feeds) in, articles or one-line problems out.
import type { Article } from "../claims/index.js";

/** An input that could not be read; the other inputs are still processed. */
export interface ReadProblem {
  origin: string;
  /** One line, naming the reason ("empty file", "binary file", "no such file"). */
  reason: string;
}

export type ReadItem = { article: Article; problem?: undefined } | { problem: ReadProblem; article?: undefined };

export interface ReadOptions {
  /** An explicit manifest.json giving outlet/published/title per document id. */
  meta?: string;
  /** Fetch http(s) inputs (true only when the user gave a URL). Default true for explicit URLs. */
  allowFetch?: boolean;
  /** Refuse loopback/private/link-local addresses unless true. Default false. */
  allowPrivateAddresses?: boolean;
  /** Deadline for fetching one URL, redirects included. Default 20 000 ms. */
  fetchTimeoutMs?: number;
  /** Largest body fetched from one URL, after decompression. Default 20 MB. */
  maxFetchBytes?: number;
  /** The clock that says what "today" is, for warnings about publication dates after it (default: the system clock). */
  now?: () => Date;
  /** Files a folder walk passes over without a word (the ledger's own file, when it sits among the articles). */
  ignore?: string[];
  /** Called with warnings that do not stop reading (e.g. "decoded as windows-1251"). */
  onWarning?: (origin: string, message: string) => void;
}

/** A Reader turns one kind of input into articles. */
export interface Reader {
  name: string;
  /** Whether this reader handles the input (a path or URL). */
  accepts(input: string): boolean;
  read(input: string, options: ReadOptions): AsyncIterable<ReadItem>;
}
