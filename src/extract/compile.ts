// Compiles a pack's rows once per lexicon (the engines keep no module-level regular expressions of any
// language), with word boundaries that work in the pack's script: `\b` for Latin, Unicode letter
// look-arounds for Cyrillic (where `\b` sees no word characters at all).
import type { Lexicon } from "./lexicon.js";

/** A function of the lexicon, computed once per lexicon object. */
export function perLexicon<T>(build: (lex: Lexicon) => T): (lex: Lexicon) => T {
  const cache = new WeakMap<Lexicon, T>();
  return (lex) => {
    let value = cache.get(lex);
    if (value === undefined) { value = build(lex); cache.set(lex, value); }
    return value;
  };
}

/** Boundary tokens and flags for a script. */
export interface Bounds { start: string; end: string; flags: string }
export const bounds = (lex: Lexicon): Bounds => lex.script === "latin"
  ? { start: "\\b", end: "\\b", flags: "" }
  : { start: "(?<![\\p{L}\\p{N}])", end: "(?![\\p{L}\\p{N}])", flags: "u" };

/**
 * A regular expression from a source written with `\b` for word boundaries: in a non-Latin pack each `\b`
 * becomes the Unicode look-around of its position (before a word: start; after: end).
 */
export function re(lex: Lexicon, source: string, flags = ""): RegExp {
  if (lex.script === "latin") return new RegExp(source, flags);
  const b = bounds(lex);
  // "\b" after a word's last letter or a group closes a word; anywhere else it opens one.
  const converted = source.replace(/\\b/g, (_, at: number) => {
    const prev = source.slice(Math.max(0, at - 2), at);
    return /\\s$/.test(prev) || !/[\p{L}\p{N})\]*+?}]$/u.test(prev) ? b.start : b.end;
  });
  return new RegExp(converted, [...new Set((flags + b.flags).split(""))].join(""));
}
