// The shape of Telegram Desktop's "Export chat history" JSON (result.json), as its JSON writer emits it
// (tdesktop export/output/export_output_json.cpp): one chat {name, type, id, messages}, or a whole-account
// export whose chats sit under chats.list and left_chats.list.

/** A text part: a plain string, or an entity ({type: "bold" | "link" | "text_link" | "mention" | …, text, href?}). */
export type TelegramTextPart = string | { type?: string; text?: string; href?: string };

export interface TelegramMessage {
  id?: number;
  /** "message", "service" (joins, pins, …) or "unsupported". */
  type?: string;
  /** Local time of the exporting machine, without a zone: "2024-05-13T10:15:00". */
  date?: string;
  date_unixtime?: string;
  edited?: string;
  edited_unixtime?: string;
  from?: string | null;
  from_id?: string;
  /** The post signature, in channels that sign posts. */
  author?: string;
  /** Present on forwards: the original chat's name, or null when it hides its name. */
  forwarded_from?: string | null;
  text?: string | TelegramTextPart[];
  text_entities?: TelegramTextPart[];
  media_type?: string;
  photo?: string;
  file?: string;
}

export interface TelegramChat {
  name?: string | null;
  /** "public_channel", "private_channel", "public_supergroup", "private_supergroup", "private_group", "personal_chat", … */
  type?: string | null;
  /** The bare peer id (no -100 prefix). */
  id?: number | null;
  messages: unknown[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The chats of a parsed export: the root itself, or the lists of a whole-account export. */
export function chatsOf(json: unknown): TelegramChat[] {
  if (!isRecord(json)) return [];
  if (Array.isArray(json.messages)) return [json as unknown as TelegramChat];
  const lists = [json.chats, json.left_chats].flatMap((group) => (isRecord(group) && Array.isArray(group.list) ? group.list : []));
  return lists.filter((chat): chat is TelegramChat => isRecord(chat) && Array.isArray(chat.messages));
}
