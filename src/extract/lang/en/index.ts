// The English language pack: its lexicon (rows of every phrasing family) and its ordered recognisers and
// refiners. Another language is a folder beside this one exporting the same shape (lang/index.ts lists them).
import * as rows from "./lexicon.js";
import { FURNITURE } from "./furniture.js";
import type { Lexicon } from "../../lexicon.js";
import { englishConfiguration, type LanguagePack } from "../../configuration.js";

export const lexicon: Lexicon = { code: "en", script: "latin", FURNITURE, ...rows };

export const english = (): LanguagePack => ({ lexicon, ...englishConfiguration() });
