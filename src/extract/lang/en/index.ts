// The English language pack: its lexicon and its ordered recognisers and refiners (configuration.ts).
// Another language is a folder beside this one exporting the same shape.
import * as lexicon from "./lexicon.js";
import { englishConfiguration, type Configuration } from "../../configuration.js";

export interface LanguagePack extends Configuration {
  lexicon: Record<string, unknown>;
}

export const english = (): LanguagePack => ({ lexicon, ...englishConfiguration() });
