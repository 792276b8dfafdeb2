import { test } from "node:test";
import assert from "node:assert/strict";
import { adjectiveSources, nameStems, takesEnding, wordCuts } from "./cyrillic-inflection.js";
import { foldLoose } from "./fold-name.js";

const matches = (name: string, word: string): boolean => {
  const names = foldLoose(name).split(" ");
  const words = foldLoose(word).split(" ");
  if (names.length !== words.length) return false;
  return names.every((n, k) => {
    const last = k === names.length - 1;
    return nameStems(n, last).some((s) => wordCuts(words[k]).some((c) => c.stem === s.stem && takesEnding(s.paradigm, c, last)));
  });
};

test("a name meets its case forms", () => {
  const rows: [string, string[]][] = [
    ["Покровськ", ["Покровська", "Покровську", "Покровськом", "Покровске", "Покровском", "Покровск"]],
    ["Авдіївка", ["Авдіївки", "Авдіївці", "Авдіївку", "Авдіївкою"]],
    ["Авдеевка", ["Авдеевки", "Авдеевке", "Авдеевку", "Авдеевкой"]],
    ["Часів Яр", ["Часового Яру", "Часовому Яру", "Часовим Яром", "Часова Яру"]],
    ["Часов Яр", ["Часова Яра", "Часовом Яре", "Часовым Яром", "Часову Яру"]],
    ["Харків", ["Харкова", "Харкові", "Харковом"]],
    ["Київ", ["Києва", "Києві", "Києвом"]],
    ["Курахове", ["Курахового", "Кураховому", "Кураховим"]],
    ["Запорожье", ["Запорожья", "Запорожью", "Запорожьем"]],
    ["Запоріжжя", ["Запоріжжі", "Запоріжжю", "Запоріжжям"]],
    ["Суми", ["Сум", "Сумах", "Сумам"]],
    ["Донецкая область", ["Донецкой области", "Донецкую область", "Донецкой областью"]],
    ["Донецька область", ["Донецької області", "Донецькій області", "Донецьку область"]],
    ["Харківщина", ["Харківщини", "Харківщині", "Харківщину"]],
    ["Нова Каховка", ["Нової Каховки", "Новій Каховці", "Новую Каховку"]],
  ];
  for (const [name, forms] of rows) for (const f of forms) assert.ok(matches(name, f), `${name} ~ ${f}`);
});

test("a name does not meet another word's forms", () => {
  const rows: [string, string][] = [
    ["Покровськ", "Покровская"], //   an adjective, not the town
    ["Покровськ", "Покровськими"],
    ["Авдіївка", "Авдіївський"],
    ["Бахмут", "Бахмутами"],
    ["Харків", "Харківський"],
  ];
  for (const [name, word] of rows) assert.ok(!matches(name, word), `${name} ≁ ${word}`);
});

test("adjectiveSources: the noun stems behind an axis adjective", () => {
  assert.ok(adjectiveSources("покровском").includes("покровск"));
  assert.ok(adjectiveSources("авдеевское").includes("авдеевк"));
  assert.ok(adjectiveSources("лиманському").includes("лиман"));
  assert.ok(adjectiveSources("запорізькому").includes("запоріжж"));
  assert.deepEqual(adjectiveSources("новые"), []);
});
