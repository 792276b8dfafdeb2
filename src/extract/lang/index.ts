// The language packs, by ISO 639-1 code: a new language is a folder beside these and a row here. Nothing
// outside lang/ imports a pack's folder (lang/packs.test.ts checks it).
import type { LanguagePack } from "../configuration.js";
import { english } from "./en/index.js";
import { russian } from "./ru/index.js";
import { ukrainian } from "./uk/index.js";

export const PACKS: Record<string, () => LanguagePack> = { en: english, ru: russian, uk: ukrainian };
