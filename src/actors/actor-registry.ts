// The actors stage's seam: a speaker phrase in, a Source (name, kind, side, institution) out.
import type { Source, SourceKind, SourceSide } from "../claims/index.js";

export interface Actor {
  name: string;
  /** Other ways the text names it: surnames, transliterations, abbreviations. */
  aliases: string[];
  kind: SourceKind;
  side: SourceSide;
  /** Institution whose speakers are one primary source ("Government of Russia"); null for itself. */
  institution: string | null;
  role?: string;
}

export interface ActorMention {
  start: number;
  end: number;
  text: string;
  source: Source;
}

export interface ActorRegistry {
  /**
   * Resolve a speaker phrase as it stands before "said" or after "according to":
   * "the Russian Telegram channel SHOT", "Ukrainian President Volodymyr Zelensky", "Kyiv",
   * "a Ukrainian military spokesperson", "a recent study". Null when it names no speaker.
   */
  resolveSpeaker(phrase: string): Source | null;
  /** Named actors in a text (for "he said" / "it said": the latest one named). */
  findMentions(text: string): ActorMention[];
  /** Every actor known by name, for listings and suggestions. */
  list(): Actor[];
}
