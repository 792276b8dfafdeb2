// Bytes to text without mojibake: UTF-8 when valid, else the legacy encoding the bytes point to.
import iconv from "iconv-lite";
import { profileBytes, type TextEncoding } from "./byte-profile.js";

export type Decoded = { text: string; warning?: string } | { binary: true };

/**
 * Decodes `bytes` (the warning names a non-UTF-8 encoding, as "decoded as windows-1251").
 * Valid UTF-8 wins; otherwise a `declared` charset (HTTP header, <meta charset>) iconv knows, else the detected
 * one. A Western label on bytes that are plainly Cyrillic is a common mislabel and is not believed.
 */
export function decodeBytes(bytes: Uint8Array, declared: string | null = null): Decoded {
  const verdict = profileBytes(bytes);
  if (verdict.binary) return { binary: true };
  if (verdict.encoding !== "utf-8" && declared && isBelievable(declared, verdict.encoding)) {
    return { text: iconv.decode(Buffer.from(bytes), declared), warning: `decoded as ${declared.toLowerCase()}` };
  }
  return decodeAs(bytes, verdict.encoding);
}

const CYRILLIC_LABEL = /1251|koi8|8859-5|866|cyr/i;
const isCyrillic = (encoding: TextEncoding) => encoding === "windows-1251" || encoding === "koi8-r";

function isBelievable(declared: string, detected: TextEncoding): boolean {
  if (/^utf-?8$/i.test(declared) || !iconv.encodingExists(declared)) return false;
  return !isCyrillic(detected) || CYRILLIC_LABEL.test(declared);
}

/** The charset a Content-Type header, an HTML page's <meta> or an XML declaration names, if any. */
export function declaredCharset(bytes: Uint8Array, contentType = ""): string | null {
  const header = /charset=["']?([\w-]+)/i.exec(contentType);
  if (header) return header[1];
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  return (/<meta[^>]+charset=["']?([\w-]+)/i.exec(head) ?? /^\s*<\?xml[^>]+encoding=["']([\w-]+)/i.exec(head))?.[1] ?? null;
}

/** Decodes `bytes` as `encoding`; a warning unless UTF-8. */
export function decodeAs(bytes: Uint8Array, encoding: TextEncoding): { text: string; warning?: string } {
  if (encoding === "utf-8") return { text: new TextDecoder("utf-8").decode(bytes) };
  const text = iconv.decode(Buffer.from(bytes), encoding);
  return isUnicode(encoding) ? { text } : { text, warning: decodedWarning(encoding) };
}

/** UTF-16 is as faithful as UTF-8: nothing to warn about. */
export const isUnicode = (encoding: TextEncoding) => encoding.startsWith("utf-");

export const decodedWarning = (encoding: TextEncoding) => `decoded as ${encoding}`;
