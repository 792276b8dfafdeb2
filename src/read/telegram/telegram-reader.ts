// Telegram Desktop chat exports (result.json, "machine-readable JSON"): one article per message with text.
// Told apart from other .json files by what they hold, not by their name.
import { closeSync, openSync, readSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { warn } from "../file-article.js";
import { errorItem, problemItem } from "../read-problem.js";
import type { ReadItem, ReadOptions, Reader } from "../reader.js";
import { channelUrlFor } from "./channel-url.js";
import { messageArticle } from "./message-article.js";
import { damageReason, parseExport } from "./parse-export.js";

/** Exports are read whole; a channel's years of posts run to tens of MB. */
export const MAX_EXPORT_BYTES = 256 * 1024 * 1024;

const HEAD_BYTES = 64 * 1024;
/** Telegram Desktop's single-chat export opens with name, type and id, then "messages": [. */
const CHAT_HEAD = /"messages"\s*:\s*\[/;
const TYPE_KEY = /"type"\s*:\s*"/;
/** A whole-account export opens with "about" and personal_information; its chats come later. */
const ACCOUNT_HEAD = /"(?:personal_information|chats|left_chats)"\s*:\s*\{/;

/** Whether `file` is a .json file that reads as a Telegram export (result.json is taken at its word, to report what is wrong with it). */
export function isTelegramExport(file: string): boolean {
  if (!/\.json$/i.test(file)) return false;
  if (path.basename(file).toLowerCase() === "result.json") return true;
  const head = readHead(file);
  return /^\uFEFF?\s*\{/.test(head) && ((CHAT_HEAD.test(head) && TYPE_KEY.test(head)) || ACCOUNT_HEAD.test(head));
}

function readHead(file: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const buffer = Buffer.alloc(HEAD_BYTES);
    return buffer.subarray(0, readSync(fd, buffer, 0, HEAD_BYTES, 0)).toString("utf8");
  } catch {
    return "";
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

async function* readTelegramExport(file: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  try {
    const { size } = await stat(file);
    if (size === 0) return yield problemItem(file, "empty file");
    if (size > MAX_EXPORT_BYTES) return yield problemItem(file, `file too large (over ${MAX_EXPORT_BYTES / 1024 / 1024} MB)`);
    // Telegram writes UTF-8 only; a file cut mid-character must not be taken for another encoding.
    const { chats, damage } = parseExport(new TextDecoder("utf-8").decode(await readFile(file)));
    if (chats.length === 0) {
      return yield problemItem(file, damage ? "malformed Telegram export: no message could be read" : 'not a Telegram chat export (no chat with a "messages" list)');
    }
    const link = await channelUrlFor(file, options);
    if (link.warning) warn(options, file, link.warning);
    const seen = new Set<string>();
    for (const chat of chats) {
      const source = { file, chat, channelUrl: chats.length === 1 ? link.url : null };
      for (const message of chat.messages) {
        const article = messageArticle(message, source);
        if (!article || seen.has(article.id)) continue;
        seen.add(article.id);
        yield { article };
      }
    }
    if (damage) yield problemItem(file, damageReason(damage, seen.size));
  } catch (error) {
    yield errorItem(file, error);
  }
}

export const TelegramReader: Reader = {
  name: "TelegramReader",
  accepts: isTelegramExport,
  read: readTelegramExport,
};
