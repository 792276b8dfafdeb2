import { test } from "node:test";
import assert from "node:assert/strict";
import { loadActorRegistry } from "./index.js";
import { cyrillicKey, stemWord } from "./cyrillic-key.js";

const actors = loadActorRegistry();

// [Russian or Ukrainian phrase, the name English text resolves to, side, kind]
const ROWS: [string, string, string | null, string][] = [
  // institutions, in the case forms news uses
  ["министерство обороны РФ", "Russian Defence Ministry", "RU", "military"],
  ["Минобороны России", "Russian Defence Ministry", "RU", "military"],
  ["Министерства обороны", "Russian Defence Ministry", "RU", "military"],
  ["по данным Министерства обороны России", "Russian Defence Ministry", "RU", "military"],
  ["Міноборони РФ", "Russian Defence Ministry", "RU", "military"],
  ["Міністерство оборони", "Ministry of Defence of Ukraine", "UA", "military"],
  ["Минобороны Украины", "Ministry of Defence of Ukraine", "UA", "military"],
  ["Генштаб ВСУ", "General Staff of the Armed Forces of Ukraine", "UA", "military"],
  ["Генштаба ЗСУ", "General Staff of the Armed Forces of Ukraine", "UA", "military"],
  ["Генеральний штаб ЗСУ", "General Staff of the Armed Forces of Ukraine", "UA", "military"],
  ["за даними Генштабу ЗСУ", "General Staff of the Armed Forces of Ukraine", "UA", "military"],
  ["Сил оборони", "Armed Forces of Ukraine", "UA", "military"],
  ["ВСУ", "Armed Forces of Ukraine", "UA", "military"],
  ["ЗСУ", "Armed Forces of Ukraine", "UA", "military"],
  ["ВС РФ", "Russian armed forces", "RU", "military"],
  ["ЗС РФ", "Russian armed forces", "RU", "military"],
  ["Кремль", "Kremlin", "RU", "government"],
  ["Кремля", "Kremlin", "RU", "government"],
  ["Повітряні сили ЗСУ", "Ukrainian Air Force", "UA", "military"],
  ["ГУР МО", "Ukrainian military intelligence (HUR)", "UA", "military"],
  // people, in any case, Russian and Ukrainian spellings
  ["Зеленский", "Volodymyr Zelensky", "UA", "person"],
  ["Зеленського", "Volodymyr Zelensky", "UA", "person"],
  ["Владимира Зеленского", "Volodymyr Zelensky", "UA", "person"],
  ["президент Украины Владимир Зеленский", "Volodymyr Zelensky", "UA", "person"],
  ["главнокомандующий ВСУ Александр Сырский", "Oleksandr Syrskyi", "UA", "person"],
  ["Олександр Сирський", "Oleksandr Syrskyi", "UA", "person"],
  ["Сирського", "Oleksandr Syrskyi", "UA", "person"],
  ["Сырским", "Oleksandr Syrskyi", "UA", "person"],
  ["Песков", "Dmitry Peskov", "RU", "person"],
  ["Дмитрий Песков", "Dmitry Peskov", "RU", "person"],
  ["Пескова", "Dmitry Peskov", "RU", "person"],
  ["пресс-секретарь Кремля", "Dmitry Peskov", "RU", "person"],
  ["Шойгу", "Sergei Shoigu", "RU", "person"],
  ["Белоусов", "Andrei Belousov", "RU", "person"],
  ["Герасимова", "Valery Gerasimov", "RU", "person"],
  ["Путин", "Vladimir Putin", "RU", "person"],
  ["Путина", "Vladimir Putin", "RU", "person"],
  ["Путін", "Vladimir Putin", "RU", "person"],
  ["Пушилин", "Denis Pushilin", "RU", "person"],
  ["глава ДНР", "Denis Pushilin", "RU", "person"],
  ["губернатор Белгородской области Вячеслав Гладков", "Vyacheslav Gladkov", "RU", "person"],
  ["Синегубов", "Oleh Syniehubov", "UA", "person"],
  ["Синєгубова", "Oleh Syniehubov", "UA", "person"],
  ["Трегубов", "Viktor Trehubov", "UA", "person"],
  ["Кадыров", "Ramzan Kadyrov", "RU", "person"],
  ["Пригожиным", "Yevgeny Prigozhin", "RU", "person"],
  ["Апти Алаудинов", "Apti Alaudinov", "RU", "person"],
  // media, monitors, think tanks
  ["ТАСС", "TASS", "RU", "media"],
  ["РИА Новости", "RIA Novosti", "RU", "media"],
  ["Интерфакс", "Interfax", "RU", "media"],
  ["DeepState", "DeepState", "UA", "organization"],
  ["Институт изучения войны", "Institute for the Study of War", "independent", "organization"],
  ["Інститут вивчення війни", "Institute for the Study of War", "independent", "organization"],
  ["Института изучения войны", "Institute for the Study of War", "independent", "organization"],
  ["ISW", "Institute for the Study of War", "independent", "organization"],
  ["Укрінформ", "Ukrinform", "UA", "media"],
  ["УНИАН", "UNIAN", "UA", "media"],
  ["УНІАН", "UNIAN", "UA", "media"],
  ["Суспільне", "Suspilne", "UA", "media"],
  ["Украинская правда", "Ukrainska Pravda", "UA", "media"],
  ["Української правди", "Ukrainska Pravda", "UA", "media"],
  ["Рыбарь", "Rybar", "RU", "media"],
  ["Два майора", "Two Majors", "RU", "media"],
  ["WarGonzo", "WarGonzo", "RU", "media"],
  ["Военная хроника", "Military Chronicle", "RU", "media"],
  ["телеграм-канал «Рыбарь»", "Rybar", "RU", "media"],
  ["Telegram-канал «Военная хроника»", "Military Chronicle", "RU", "media"],
  ["российский Telegram-канал Mash", "Mash", "RU", "media"],
  ["телеграм-канал «Неизвестный Z»", "Неизвестный Z", null, "media"],
  // unnamed speakers: the side from Cyrillic nationality and role words
  ["представитель Минобороны", "Russian Defence Ministry", "RU", "military"],
  ["российский военный блогер", "Russian military blogger", "RU", "person"],
  ["российского военного блогера", "Russian military blogger", "RU", "person"],
  ["пророссийский военкор", "Russian war correspondent", "RU", "person"],
  ["украинский военный", "Ukrainian soldier", "UA", "person"],
  ["український військовий", "Ukrainian soldier", "UA", "person"],
  ["высокопоставленный украинский военный", "Ukrainian soldier", "UA", "person"],
  ["командир батальона ВСУ", "Ukrainian commander", "UA", "person"],
  ["за словами речника Сил оборони", "Ukrainian spokesperson", "UA", "person"],
  ["губернатор Курской области", "Russian governor", "RU", "person"],
  ["спикер Сил обороны юга Владислав Волошин", "Владислав Волошин", "UA", "person"],
  ["российские оккупанты", "Russian occupation forces", "RU", "military"],
];

test("resolveSpeaker: Russian and Ukrainian phrases give the English canonical speaker", () => {
  for (const [phrase, name, side, kind] of ROWS) {
    const s = actors.resolveSpeaker(phrase);
    assert.ok(s, `no source for ${phrase}`);
    assert.deepEqual([s.name, s.side, s.kind], [name, side, kind], phrase);
    assert.equal(s.mention, phrase);
  }
});

test("resolveSpeaker: institutions of unnamed Cyrillic roles follow the English rules", () => {
  assert.equal(actors.resolveSpeaker("российский военный блогер")?.institution, null);
  assert.equal(actors.resolveSpeaker("украинский военный")?.institution, "Government of Ukraine");
  assert.equal(actors.resolveSpeaker("российские СМИ")?.institution, null);
  assert.equal(actors.resolveSpeaker("российские СМИ")?.kind, "media");
});

test("resolveSpeaker: Cyrillic words and places that name no speaker", () => {
  for (const phrase of ["Покровск", "Покровска", "в районе Покровска", "город", "данные", "война", "мэр", "президент", "Красный Лиман",
    "Великая Новосёлка", "Мирноград", "Костянтинівка", "вони", "це", "відео", "министерство", "канал"]) {
    assert.equal(actors.resolveSpeaker(phrase), null, phrase);
  }
});

test("findMentions: Cyrillic names in any case, with spans; lowercase common words are not outlets", () => {
  const text = "Как заявил Песков, Минобороны России и Генштаба ВСУ данные расходятся; суспільне мовлення, Зеленським.";
  const found = actors.findMentions(text).map((m) => [text.slice(m.start, m.end), m.source.name]);
  assert.deepEqual(found, [
    ["Песков", "Dmitry Peskov"],
    ["Минобороны России", "Russian Defence Ministry"],
    ["Генштаба ВСУ", "General Staff of the Armed Forces of Ukraine"],
    ["Зеленським", "Volodymyr Zelensky"],
  ]);
});

test("cyrillic keys: case forms and Russian/Ukrainian spellings meet; abbreviations are kept", () => {
  assert.equal(stemWord("Зеленского"), stemWord("Зеленський"));
  assert.equal(stemWord("Сырским"), stemWord("Сирського"));
  assert.equal(stemWord("Пескову"), stemWord("Песков"));
  assert.equal(cyrillicKey("Генштаба ЗСУ"), cyrillicKey("Генштаб ЗСУ"));
  assert.equal(stemWord("ТАСС"), "тасс");
  assert.equal(stemWord("DeepState"), "deepstate");
});

test("resolveSpeaker: English resolution is unchanged by the Cyrillic rows", () => {
  assert.equal(actors.resolveSpeaker("a Russian military blogger")?.name, "Russian military blogger");
  assert.equal(actors.resolveSpeaker("Ukrainian forces")?.name, "Ukrainian forces");
  assert.equal(actors.resolveSpeaker("Zelensky")?.name, "Volodymyr Zelensky");
});
