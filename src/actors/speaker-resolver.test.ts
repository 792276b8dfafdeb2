import { test } from "node:test";
import assert from "node:assert/strict";
import { loadActorRegistry } from "./index.js";

const actors = loadActorRegistry();

// [phrase as an article might write it, expected name, side, institution (undefined: not checked)]
const ROWS: [string, string, string | null, (string | null)?][] = [
  // named people, with titles, possessives and odd punctuation
  ["Russia's top general, Valery Gerasimov,", "Valery Gerasimov", "RU", "Government of Russia"],
  ["the chief of Russia’s General Staff, Gerasimov", "Valery Gerasimov", "RU"],
  ["Gerasimov's", "Valery Gerasimov", "RU"],
  ["Ukraine's commander-in-chief Oleksandr Syrsky", "Oleksandr Syrskyi", "UA", "Government of Ukraine"],
  ["President Zelenskyy", "Volodymyr Zelensky", "UA"],
  ["Zelenskiy", "Volodymyr Zelensky", "UA"],
  ["Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "RU"],
  ["Moscow-installed Donetsk leader Denis Pushilin", "Denis Pushilin", "RU"],
  ["the governor of Donetsk Oblast, Vadym Filashkin", "Vadym Filashkin", "UA"],
  ["defence analyst Michael Kofman", "Michael Kofman", "independent"],
  ["U.S. envoy Steve Witkoff", "Steve Witkoff", "independent"],
  ["Belarusian leader Alexander Lukashenko", "Alexander Lukashenko", "independent"],
  // organisations and media
  ["the Russian Defence Ministry", "Russian Defence Ministry", "RU", "Government of Russia"],
  ["Russia’s Ministry of Defense", "Russian Defence Ministry", "RU"],
  ["the General Staff of Ukraine's Armed Forces", "General Staff of the Armed Forces of Ukraine", "UA", "Government of Ukraine"],
  ["Ukraine’s military intelligence (HUR)", "Ukrainian military intelligence (HUR)", "UA"],
  ["the pro-war Telegram channel Rybar", "Rybar", "RU"],
  ["the Kremlin-friendly channel Two Majors", "Two Majors", "RU"],
  ["Russian state news agency TASS", "TASS", "RU"],
  ["the monitoring project DeepState", "DeepState", "UA"],
  ["British military intelligence", "UK Ministry of Defence", "independent"],
  ["the Washington-based Institute for the Study of War", "Institute for the Study of War", "independent"],
  ["“Mash.”", "Mash", "RU"],
  ["Reuters", "Reuters", "independent"],
  ["Mediazona", "Mediazona", "independent"],
  // metonyms and countries as speakers
  ["Kyiv", "Kyiv", "UA", "Government of Ukraine"],
  ["Kiev", "Kyiv", "UA"],
  ["Moscow", "Moscow", "RU", "Government of Russia"],
  ["the Kremlin", "Kremlin", "RU"],
  ["according to Ukraine", "Ukraine", "UA"],
  // unnamed speakers by role
  ["a Russian military blogger", "Russian military blogger", "RU"],
  ["Ukrainian army commanders", "Ukrainian army commanders", "UA"],
  ["a senior Ukrainian military official", "Ukrainian military official", "UA", "Government of Ukraine"],
  ["Russian authorities", "Russian authorities", "RU", "Government of Russia"],
  ["Ukraine's air force", "Ukrainian Air Force", "UA"],
  ["Kyiv's troops", "Kyiv's troops", "UA"],
  ["pro-Kremlin war correspondents", "pro-Kremlin war correspondents", "RU"],
  ["the Russian Telegram channel Voenkor Zapiski", "Voenkor Zapiski", "RU"],
  ["the “Zapad” Telegram channel", "Zapad", null],
  ["Ukrainian drone unit spokesman Ivan Kravets", "Ivan Kravets", "UA"],
  ["the Ukrainian 3rd Assault Brigade", "3rd Assault Brigade", "UA", "Government of Ukraine"],
  ["Russia's 810th Guards Naval Infantry Brigade", "810th Guards Naval Infantry Brigade", "RU"],
  ["Ukraine’s special “Lyut” assault brigade", "Lyut assault brigade", "UA"],
  ["a Ukrainian drone operator who spoke to the BBC", "Ukrainian drone operator", "UA"],
  ["Russia's Rossiya-24 channel", "Rossiya-24", "RU"],
  // third parties
  ["a new study", "new study", "independent"],
  ["independent researchers", "independent researchers", "independent"],
  ["Western intelligence officials", "Western intelligence officials", "independent"],
  ["OSINT analysts", "OSINT analysts", "independent"],
];

test("resolveSpeaker: table of phrases", () => {
  for (const [phrase, name, side, institution] of ROWS) {
    const s = actors.resolveSpeaker(phrase);
    assert.ok(s, `no source for ${phrase}`);
    assert.equal(s.name, name, phrase);
    assert.equal(s.side, side, phrase);
    if (institution !== undefined) assert.equal(s.institution, institution, phrase);
    assert.equal(s.mention, phrase);
  }
});

test("resolveSpeaker: Podolyak (Ukrainian adviser) is not Podolyaka (Russian blogger)", () => {
  assert.deepEqual(pick("Mykhailo Podolyak"), ["Mykhailo Podolyak", "UA"]);
  assert.deepEqual(pick("presidential adviser Podoliak"), ["Mykhailo Podolyak", "UA"]);
  assert.deepEqual(pick("blogger Yuri Podolyaka"), ["Yuri Podolyaka", "RU"]);
  assert.deepEqual(pick("Podoliaka"), ["Yuri Podolyaka", "RU"]);
});

test("resolveSpeaker: phrases that name no speaker", () => {
  for (const phrase of ["it", "He", "they", "the city", "a figure", "the report", "", "  ", "us", "the figures"]) {
    assert.equal(actors.resolveSpeaker(phrase), null, phrase);
  }
});

test("resolveSpeaker: roles and kinds", () => {
  assert.equal(actors.resolveSpeaker("Russian state media")?.kind, "media");
  assert.equal(actors.resolveSpeaker("Russian state media")?.institution, null);
  assert.equal(actors.resolveSpeaker("the Russian Telegram channel Baza")?.role, "Russian Telegram channel");
  assert.equal(actors.resolveSpeaker("Valery Gerasimov")?.role, "chief of the General Staff");
  assert.equal(actors.resolveSpeaker("Ukrainian forces")?.kind, "military");
});

const pick = (phrase: string) => {
  const s = actors.resolveSpeaker(phrase);
  return [s?.name, s?.side];
};
