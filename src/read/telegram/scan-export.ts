// An export that JSON.parse refuses (cut off mid-write, or damaged) is read as far as it goes: each
// message object is cut out by bracket matching and parsed on its own, so a cut-off end or one broken
// message loses only that message. A JSON string holds no raw line break, so a string that reaches one
// is broken (a stray quote): its message is dropped and the scan picks up at the next line that opens a
// message at the same indentation, as Telegram Desktop writes one message per indented block.
import type { TelegramChat } from "./telegram-export.js";

export interface ScannedExport {
  chats: TelegramChat[];
  /** Message objects that closed but did not parse. */
  unparsed: number;
  /** Whether the text ends inside an open object, array or string. */
  truncated: boolean;
}

interface Frame {
  open: "{" | "[";
  start: number;
  /** In an object: the last key read, where it starts, and whether a key comes next. */
  key: string | null;
  keyStart: number;
  expectKey: boolean;
  /** A chat's "messages" array: the chat's head and the messages parsed so far. */
  chat?: { start: number; keyStart: number; messages: unknown[] };
  isMessage?: boolean;
}

const BACKSLASH = 92;
/** stringEnd's answer for a string that reaches a line break. */
const BROKEN = -2;

/**
 * Telegram Desktop writes control characters other than \n, \r and \t as "\xHH", which JSON does not
 * allow: read them as "\u00HH" (an escape starts after an even run of backslashes).
 */
export const fixTelegramEscapes = (text: string): string =>
  text.includes("\\x") ? text.replace(/(?<!\\)((?:\\\\)*)\\x([0-9A-Fa-f]{2})/g, "$1\\u00$2") : text;

export function scanExport(text: string): ScannedExport {
  const stack: Frame[] = [];
  const chats: NonNullable<Frame["chat"]>[] = [];
  let unparsed = 0;
  let truncated = false;
  let lineStart = 0;
  /** The spaces before the last message's "{" at the start of its line; null when it shares a line (minified JSON). */
  let messageIndent: string | null = null;
  let nextBreak = -1; // the first line break at or after i, found once per line (a minified file has none)
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === "\n") lineStart = i + 1;
    else if (c === '"') {
      if (nextBreak < i) nextBreak = text.indexOf("\n", i) >>> 0; // -1 becomes 2^32 - 1: no break ahead
      const end = stringEnd(text, i, nextBreak);
      if (end === BROKEN) {
        const array = stack.findLastIndex((frame) => frame.chat !== undefined);
        const next = array < 0 || messageIndent === null ? -1 : text.indexOf(`\n${messageIndent}{`, i);
        if (next < 0) { truncated = true; break; }
        if (stack.length > array + 1) unparsed++; // the message the broken string was in
        stack.length = array + 1;
        i = next + messageIndent!.length; // the "{" is read next
        continue;
      }
      if (end < 0) { truncated = true; break; }
      if (top?.open === "{" && top.expectKey) Object.assign(top, { key: text.slice(i + 1, end), keyStart: i, expectKey: false });
      i = end;
    } else if (c === "{" || c === "[") {
      const frame: Frame = { open: c, start: i, key: null, keyStart: i, expectKey: c === "{" };
      if (c === "[" && top?.open === "{" && top.key === "messages") chats.push((frame.chat = { start: top.start, keyStart: top.keyStart, messages: [] }));
      if (c === "{" && top?.chat) {
        frame.isMessage = true;
        messageIndent = /^ *$/.test(text.slice(lineStart, i)) ? text.slice(lineStart, i) : null;
      }
      stack.push(frame);
    } else if (c === "}" || c === "]") {
      const frame = stack.pop();
      if (!frame) break;
      if (!frame.isMessage) continue;
      try {
        stack[stack.length - 1].chat!.messages.push(JSON.parse(text.slice(frame.start, i + 1)));
      } catch {
        unparsed++;
      }
    } else if (c === "," && top?.open === "{") top.expectKey = true;
  }
  if (stack.length > 0) truncated = true;
  return { chats: chats.map((chat) => ({ ...chatHead(text.slice(chat.start, chat.keyStart)), messages: chat.messages })), unparsed, truncated };
}

/** Index of the quote closing the string opened at `open`; -1 when the text ends first, BROKEN at a line break. */
function stringEnd(text: string, open: number, lineEnd: number): number {
  for (let j = text.indexOf('"', open + 1); j >= 0; j = text.indexOf('"', j + 1)) {
    if (j > lineEnd) return BROKEN;
    let backslashes = 0;
    while (text.charCodeAt(j - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return j;
  }
  return lineEnd < text.length ? BROKEN : -1;
}

/** name, type and id from the keys before "messages" ("{ "name": …, "type": …, "id": …, "). */
function chatHead(head: string): Omit<TelegramChat, "messages"> {
  try {
    const parsed = JSON.parse(head.replace(/[\s,]*$/, "") + "}") as Record<string, unknown>;
    return {
      name: typeof parsed.name === "string" ? parsed.name : null,
      type: typeof parsed.type === "string" ? parsed.type : null,
      id: typeof parsed.id === "number" ? parsed.id : null,
    };
  } catch {
    return { name: null, type: null, id: null };
  }
}
