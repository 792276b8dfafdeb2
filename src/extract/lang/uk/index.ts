// The Ukrainian language pack: its rows (lexicon.ts), read by the table engines (configuration.ts).
import { lexicon } from "./lexicon.js";
import { tableConfiguration, type LanguagePack } from "../../configuration.js";

export const ukrainian = (): LanguagePack => ({ lexicon, ...tableConfiguration() });
