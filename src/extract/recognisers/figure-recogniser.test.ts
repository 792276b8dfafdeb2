// Casualty phrasings of real reporting (CASUALTY_OUTCOMES, EQUIPMENT_NOUNS, ordinals, agents after "by").
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractText } from "../extract-test-helper.js";

const figures = (text: string) => extractText(text, "2025-11-20").map((c) => [c.kind, c.measure, c.value, c.side]);

test("figures: injuries, ordinals inside the counted group, agents after 'by', equipment", () => {
  const rows: [string, unknown[][]][] = [
    ["The agency has confirmed two fatalities and 11 injuries so far.", [["casualties", "killed", 2, null], ["casualties", "wounded", 11, null]]],
    ["More than 130 Ukrainian servicemen of the 72nd mechanized brigade were killed, the Russian ministry said.", [["casualties", "killed", 130, "UA"]]],
    ["Two Russian civilians were killed and two injured by Ukrainian artillery fire in Shebekino.", [["casualties", "killed", 2, "RU"], ["casualties", "wounded", 2, "RU"]]],
    ["Ukrainian marines were reinforcing positions with at least one infantry fighting vehicle and had cut off one road.", []],
    ["447 bodies were exhumed from the mass burial site in the forest.", [["casualties", "killed", 447, null]]],
    ["Investigators said the remains of 11 people were discovered there.", [["casualties", "killed", 11, null]]],
  ];
  for (const [text, expected] of rows) assert.deepEqual(figures(text), expected, text);
});

test("figures: a distance with a bracketed conversion keeps its second place", () => {
  const [d] = extractText("Toretsk, located some 25 kilometers (15 miles) south of Chasiv Yar, is a front-line town.", "2025-11-20").filter((c) => c.kind === "distance");
  assert.deepEqual([d.value, d.place?.name, d.place2?.name], [25, "Toretsk", "Chasiv Yar"]);
});

test("figures: a dateline before a number word, victims after a killing participle, agents of shelling", () => {
  assert.deepEqual(figures("MOSCOW: Two people were killed and 16 injured in Ukrainian shelling of Shebekino, the governor of Belgorod region said.").filter((f) => f[0] === "casualties"),
    [["casualties", "killed", 2, "RU"], ["casualties", "wounded", 16, "RU"]]);
  assert.deepEqual(figures("This afternoon, Russia attacked Odesa, killing one person and injuring eight others.").filter((f) => f[0] === "casualties"),
    [["casualties", "killed", 1, "UA"], ["casualties", "wounded", 8, "UA"]]);
});
