// --lang CODE: an ISO 639-1 code with a language pack, else a usage error naming the packs there are.
import { packLanguages } from "../../extract/index.js";
import { UsageError } from "./usage-error.js";

export function language(value: string | undefined, usage: string): string | undefined {
  if (value === undefined) return undefined;
  const code = value.trim().toLowerCase();
  if (!packLanguages().includes(code)) throw new UsageError(`--lang ${value}: no language pack for it (packs: ${packLanguages().join(", ")})`, usage);
  return code;
}
