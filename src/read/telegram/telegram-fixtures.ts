// Invented channel exports for the tests, in Telegram Desktop's result.json shape (no real channel's posts).
import type { TelegramChat } from "./telegram-export.js";

export const RUSSIAN_CHANNEL: TelegramChat & { name: string; id: number } = {
  name: "Фронтовая сводка",
  type: "public_channel",
  id: 1700000001,
  messages: [
    { id: 1, type: "service", date: "2024-05-01T09:00:00", date_unixtime: "1714543200", actor: "Фронтовая сводка", actor_id: "channel1700000001", action: "create_channel", title: "Фронтовая сводка", text: "", text_entities: [] },
    {
      id: 2, type: "message", date: "2024-05-13T10:15:00", date_unixtime: "1715584500", from: "Фронтовая сводка", from_id: "channel1700000001",
      text: "Подразделения группировки «Центр» продолжают наступление в районе Покровска. По данным Минобороны России, за сутки ВСУ потеряли до 420 военнослужащих.",
      text_entities: [{ type: "plain", text: "Подразделения группировки «Центр» продолжают наступление в районе Покровска. По данным Минобороны России, за сутки ВСУ потеряли до 420 военнослужащих." }],
    },
    {
      id: 3, type: "message", date: "2024-05-13T23:40:00", date_unixtime: "1715632800", from: "Фронтовая сводка", from_id: "channel1700000001",
      text: ["Ночью ", { type: "bold", text: "ВКС России" }, " нанесли удар по складу боеприпасов под Краматорском.\n", { type: "text_link", text: "Подробности", href: "https://example.org/kramatorsk" }],
      text_entities: [{ type: "plain", text: "Ночью " }, { type: "bold", text: "ВКС России" }, { type: "plain", text: " нанесли удар по складу боеприпасов под Краматорском.\n" }, { type: "text_link", text: "Подробности", href: "https://example.org/kramatorsk" }],
    },
    { id: 4, type: "message", date: "2024-05-14T08:00:00", date_unixtime: "1715662800", from: "Фронтовая сводка", from_id: "channel1700000001", photo: "photos/photo_4@14-05-2024_08-00-00.jpg", width: 1280, height: 720, text: "", text_entities: [] },
    {
      id: 5, type: "message", date: "2024-05-14T12:30:00", date_unixtime: "1715679000", from: "Фронтовая сводка", from_id: "channel1700000001", forwarded_from: "Военный обозреватель",
      text: "По непроверенным данным, в Часовом Яре идут уличные бои.", text_entities: [{ type: "plain", text: "По непроверенным данным, в Часовом Яре идут уличные бои." }],
    },
    { id: 6, type: "message", date: "2024-05-14T13:00:00", date_unixtime: "1715680800", from: "Фронтовая сводка", from_id: "channel1700000001", file: "stickers/sticker.webp", media_type: "sticker", sticker_emoji: "👍", text: "", text_entities: [] },
    {
      id: 7, type: "message", date: "2024-05-15T07:05:00", date_unixtime: "1715745900", edited: "2024-05-15T07:20:00", edited_unixtime: "1715746800", from: "Фронтовая сводка", from_id: "channel1700000001",
      text: "Уточнение: сбиты 12 беспилотников над Белгородской областью, сообщили в Минобороны.", text_entities: [{ type: "plain", text: "Уточнение: сбиты 12 беспилотников над Белгородской областью, сообщили в Минобороны." }],
    },
  ],
};

export const UKRAINIAN_CHANNEL: TelegramChat & { name: string; id: number } = {
  name: "Оперативний фронт",
  type: "public_channel",
  id: 1800000002,
  messages: [
    {
      id: 101, type: "message", date: "2024-06-02T18:45:00", date_unixtime: "1717343100", from: "Оперативний фронт", from_id: "channel1800000002",
      text: "Сили оборони відбили 14 атак ворога на Покровському напрямку, повідомляє Генштаб ЗСУ.", text_entities: [{ type: "plain", text: "Сили оборони відбили 14 атак ворога на Покровському напрямку, повідомляє Генштаб ЗСУ." }],
    },
    {
      id: 102, type: "message", date: "2024-06-03T06:10:00", date_unixtime: "1717384200", from: "Оперативний фронт", from_id: "channel1800000002",
      text: [{ type: "hashtag", text: "#Покровськ" }, " Інформацію про втрати противника поки не вдалося перевірити. Джерело: ", { type: "mention", text: "@front_source" }],
      text_entities: [{ type: "hashtag", text: "#Покровськ" }, { type: "plain", text: " Інформацію про втрати противника поки не вдалося перевірити. Джерело: " }, { type: "mention", text: "@front_source" }],
    },
    { id: 103, type: "service", date: "2024-06-03T06:11:00", date_unixtime: "1717384260", actor: "Оперативний фронт", actor_id: "channel1800000002", action: "pin_message", message_id: 102, text: "", text_entities: [] },
    {
      id: 104, type: "message", date: "2024-06-03T09:00:00", date_unixtime: "1717394400", from: "Оперативний фронт", from_id: "channel1800000002", forwarded_from: null,
      text: "Окупанти обстріляли Херсон з артилерії, поранено двох людей.", text_entities: [{ type: "plain", text: "Окупанти обстріляли Херсон з артилерії, поранено двох людей." }],
    },
    {
      id: 105, type: "message", date: "2024-06-03T11:30:00", date_unixtime: "1717403400", from: "Оперативний фронт", from_id: "channel1800000002", author: "Олена К.",
      file: "video_files/strike.mp4", media_type: "video_file", mime_type: "video/mp4", duration_seconds: 31,
      text: "Відео: ураження російської техніки під Вовчанськом.", text_entities: [{ type: "plain", text: "Відео: ураження російської техніки під Вовчанськом." }],
    },
  ],
};

/** As Telegram Desktop writes it: one key per line, two-space indentation, messages last. */
export const exportJson = (chat: TelegramChat): string => JSON.stringify(chat, null, 1);
