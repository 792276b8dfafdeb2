// The Russian language pack: its rows (lexicon.ts), read by the table engines (configuration.ts).
import * as rows from "./lexicon.js";
import type { Lexicon } from "../../lexicon.js";
import { tableConfiguration, type LanguagePack } from "../../configuration.js";

export const lexicon: Lexicon = { code: "ru", script: "cyrillic", ...rows };

export const russian = (): LanguagePack => ({ lexicon, ...tableConfiguration() });
