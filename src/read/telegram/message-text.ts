// A message's plain text: entities flattened to the text they show (a text_link keeps its words, not its
// href; a mention keeps "@name"), so evidence quotes what readers of the channel saw.
import type { TelegramMessage, TelegramTextPart } from "./telegram-export.js";

const partText = (part: TelegramTextPart): string => (typeof part === "string" ? part : typeof part?.text === "string" ? part.text : "");

/** The text of `message` as shown; "" for media-only messages. `text_entities` is read when `text` is absent. */
export function messageText(message: TelegramMessage): string {
  const { text, text_entities: entities } = message;
  if (typeof text === "string" && text !== "") return text;
  if (Array.isArray(text) && text.length > 0) return text.map(partText).join("");
  return Array.isArray(entities) ? entities.map(partText).join("") : "";
}
