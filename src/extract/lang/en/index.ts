// The English language pack: its lexicon and its ordered recognisers and refiners.
import * as lexicon from "./lexicon.js";
import { englishConfiguration } from "../../configuration.js";

export const english = { lexicon, ...englishConfiguration() };
