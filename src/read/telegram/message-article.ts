// One Telegram message -> one Article: the chat is the outlet (a forward's original chat, when it names
// one), the message's date the publication date, its t.me link the URL.
import type { Article } from "../../claims/index.js";
import { idFromPath, slugify } from "../article-id.js";
import { normaliseText } from "../normalise-text.js";
import { parsePublished } from "../parse-published.js";
import { messageText } from "./message-text.js";
import type { TelegramChat, TelegramMessage } from "./telegram-export.js";

export interface ChatSource {
  file: string;
  chat: TelegramChat;
  /** "https://t.me/<username>" when a manifest gives it: the export itself never names the username. */
  channelUrl: string | null;
}

/** Chats whose posts have a t.me/c/<id>/<message> link (channels and supergroups; not basic groups or people). */
const LINKED_TYPES = /channel|supergroup/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The article of `message`, or null for what is no article: service and unsupported messages, media without text, no id. */
export function messageArticle(raw: unknown, source: ChatSource): Article | null {
  if (!isRecord(raw)) return null;
  const message = raw as TelegramMessage;
  if (message.type !== "message" || typeof message.id !== "number") return null;
  const text = normaliseText(messageText(message));
  if (text.trim() === "") return null;
  const { chat, file } = source;
  const chatName = chat.name ? normaliseText(chat.name) : null;
  const isForward = "forwarded_from" in message;
  const article: Article = {
    id: messageId(source, message),
    text,
    // A forward speaks with its original channel's voice (ledger.md: an outlet repeating a source is a
    // report); the forwarding channel is kept in the title and the link. A hidden original is unknown, not the forwarder.
    outlet: isForward ? (typeof message.forwarded_from === "string" ? normaliseText(message.forwarded_from) : null) : chatName,
    title: isForward && chatName ? `forwarded by ${chatName}` : null,
    published: publishedOf(message),
    url: messageUrl(source, message.id),
    origin: `${file}#${message.id}`,
  };
  const byline = typeof message.author === "string" ? message.author : !isChannel(chat) && typeof message.from === "string" ? message.from : null;
  if (byline) article.byline = normaliseText(byline);
  return article;
}

const isChannel = (chat: TelegramChat) => typeof chat.type === "string" && chat.type.includes("channel");

/**
 * "telegram-<chat id>-<message id>": the same in every export of the chat, so a newer export re-reads
 * to the same ids and texts (and the store skips what it holds). An edited message gets "-edited-<time>":
 * its new text is a new document, not a second text under one id.
 */
function messageId({ chat, file }: ChatSource, message: TelegramMessage): string {
  const chatKey = typeof chat.id === "number" ? String(chat.id) : (chat.name && slugify(chat.name)) || idFromPath(file);
  const edited = /^\d+$/.test(message.edited_unixtime ?? "") ? `-edited-${message.edited_unixtime}` : "";
  return `telegram-${chatKey}-${message.id}${edited}`;
}

/** The date as the export writes it (the exporting machine's local day), else the UTC day of date_unixtime. */
function publishedOf(message: TelegramMessage): string | null {
  const stated = parsePublished(message.date);
  if (stated) return stated;
  const seconds = Number(message.date_unixtime);
  return message.date_unixtime && Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString().slice(0, 10) : null;
}

function messageUrl({ chat, channelUrl }: ChatSource, id: number): string | null {
  if (channelUrl) return `${channelUrl}/${id}`;
  if (typeof chat.id === "number" && LINKED_TYPES.test(chat.type ?? "")) return `https://t.me/c/${chat.id}/${id}`;
  return null;
}
