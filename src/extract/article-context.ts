// The article as every recogniser and refiner sees it: text, folded text for matching, sentences with
// their figures, dates and places, publication date, and the registries. No rule reads the clock.
import type { Article } from "../claims/index.js";
import type { ActorRegistry } from "../actors/actor-registry.js";
import type { PlaceIndex, PlaceMention } from "../places/place-index.js";
import type { DateMention } from "../language/dates.js";
import type { Quantity } from "../language/quantities.js";

export interface SentenceInfo {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  quantities: Quantity[];
  dates: DateMention[];
  places: PlaceMention[];
}

export interface ArticleContext {
  article: Article;
  /** The article text (evidence is cut from it). */
  text: string;
  /** Lower-cased folded text, the same length as `text`: what rules match against. */
  lower: string;
  /** Folded text with its case kept (for capitalised names). */
  fold: string;
  sentences: SentenceInfo[];
  places: PlaceIndex;
  actors: ActorRegistry;
  /** The rows of the article's language pack: what every rule reads. */
  lexicon: import("./lexicon.js").Lexicon;
  /** Regions the article is about, most mentioned first. */
  regions: string[];
  debug?: (message: string) => void;
  /** Attribution cues per sentence index, found once and shared by the refiners that read them. */
  cues: Map<number, import("./refiners/attribution-cues.js").Cue[]>;
}

export interface Recogniser {
  name: string;
  find(ctx: ArticleContext): import("./candidate.js").Candidate[];
}

export interface Refiner {
  name: string;
  refine(ctx: ArticleContext, found: import("./candidate.js").Candidate[]): import("./candidate.js").Candidate[];
}
