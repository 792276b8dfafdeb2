// The only rewriting the reading stage does: evidence offsets index into what this returns.

/** Strips a leading BOM, turns \r\n and lone \r into \n, and composes to NFC. Nothing else. */
export function normaliseText(raw: string): string {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return text.replace(/\r\n?/g, "\n").normalize("NFC");
}
