// Parsing and checking command-line options: one-line errors that list the valid values.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { KINDS, type Kind, type Side } from "../../claims/index.js";
import { UsageError } from "./usage-error.js";

export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parse(args: string[], options: OptionSpec, usage: string): Parsed {
  try {
    const parsed = parseArgs({ args, options: { help: { type: "boolean", short: "h" }, ...options }, allowPositionals: true, strict: true });
    return { values: parsed.values as Parsed["values"], positionals: parsed.positionals };
  } catch (e) {
    throw new UsageError((e as Error).message.split("\n")[0].replace(/\. To specify a positional.*$/, ""), usage);
  }
}

export function oneOf<T extends string>(name: string, value: string | undefined, valid: readonly T[], usage: string): T | undefined {
  if (value === undefined) return undefined;
  if ((valid as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`unknown ${name} "${value}": use one of ${valid.join(", ")}`, usage);
}

export const kindOption = (v: string | undefined, usage: string): Kind | undefined => oneOf("kind", v, KINDS, usage);
export const sideOption = (v: string | undefined, usage: string): Side | undefined => oneOf("side", v?.toUpperCase(), ["RU", "UA"] as const, usage);

/** YYYY, YYYY-MM or YYYY-MM-DD, and a real date. */
export function dateOption(name: string, v: string | undefined, usage: string): string | undefined {
  if (v === undefined) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  const valid = m && (!m[2] || (Number(m[2]) >= 1 && Number(m[2]) <= 12)) &&
    (!m[3] || new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`).getUTCDate() === Number(m[3]));
  if (!valid) throw new UsageError(`bad date for --${name} "${v}": use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-11-03)`, usage);
  return v;
}

export function positiveInt(name: string, v: string | undefined, usage: string): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 65535 && name === "port") throw new UsageError(`bad --${name} "${v}": use a whole number${name === "port" ? " from 1 to 65535" : ""}`, usage);
  return Number(v);
}
