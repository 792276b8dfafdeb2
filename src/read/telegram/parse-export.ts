// The export's text -> its chats: JSON.parse when the file is whole, else the tolerant scan.
import { fixTelegramEscapes, scanExport } from "./scan-export.js";
import { chatsOf, type TelegramChat } from "./telegram-export.js";

export interface ExportDamage {
  /** The text ends inside a message (Telegram Desktop stopped, or the copy was cut). */
  truncated: boolean;
  /** Message objects that closed but did not parse. */
  unparsed: number;
}

export interface ParsedExport {
  chats: TelegramChat[];
  /** null when the file parsed as JSON. */
  damage: ExportDamage | null;
}

export function parseExport(text: string): ParsedExport {
  const fixed = fixTelegramEscapes(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  try {
    return { chats: chatsOf(JSON.parse(fixed)), damage: null };
  } catch {
    const { chats, unparsed, truncated } = scanExport(fixed);
    return { chats, damage: { truncated, unparsed } };
  }
}

/** One line on what was lost, for the problem that names the file. */
export function damageReason(damage: ExportDamage, kept: number): string {
  const what = damage.truncated ? "truncated Telegram export (it breaks off mid-message)" : "malformed Telegram export (not valid JSON)";
  const lost = damage.unparsed ? `; ${damage.unparsed} damaged message${damage.unparsed === 1 ? "" : "s"} skipped` : "";
  return `${what}: kept the ${kept} message${kept === 1 ? "" : "s"} with text that parse${lost}`;
}
