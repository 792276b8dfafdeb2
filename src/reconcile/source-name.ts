// Folding speaker names so that spellings of one speaker meet: case, accents, "the", defence/defense.

/** Spelling variants folded before comparing names (one row per variant). */
export const NAME_VARIANTS: [RegExp, string][] = [
  [/\bdefence\b/g, "defense"],
  [/\bministry of defense\b/g, "defense ministry"],
  [/\bzelenskyy\b/g, "zelensky"],
  [/\bzelenskiy\b/g, "zelensky"],
  [/[’']s\b/g, ""],
];

export function foldName(name: string): string {
  let s = name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  for (const [pattern, replacement] of NAME_VARIANTS) s = s.replace(pattern, replacement);
  return s
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/^the /, "")
    .trim();
}

/** "zelensky" names the same speaker as "volodymyr zelensky": its words end the longer name. */
export function isShortFormOf(short: string, long: string): boolean {
  if (short === long) return true;
  const a = short.split(" ");
  const b = long.split(" ");
  return a.length < b.length && a.every((w, i) => b[b.length - a.length + i] === w);
}
