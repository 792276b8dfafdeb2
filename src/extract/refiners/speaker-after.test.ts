// NEXT_SENTENCE_SPEAKER rows, quotations that go on across sentences, titled names, "according to him".
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractText } from "../extract-test-helper.js";

const speakers = (text: string) => extractText(text, "2025-11-20").map((c) => [c.place?.name, c.source?.name ?? null]);

test("speakers: named in the sentence after, or in the next paragraph's opening", () => {
  assert.deepEqual(speakers("Fighting continues in Vovchansk.\n\nThis was announced by the head of the Kharkiv regional military administration Oleh Syniehubov on national television."),
    [["Vovchansk", "Oleh Syniehubov"]]);
  assert.deepEqual(speakers("Russian forces captured Synkivka. This was stated by Andrei Marochko."), [["Synkivka", "Andrei Marochko"]]);
  // "X said that …" introduces its own claim; it names nobody for the sentence before.
  assert.deepEqual(speakers("Fighting continues in Vovchansk. Zelensky said that Russian forces captured Synkivka."),
    [["Vovchansk", null], ["Synkivka", "Volodymyr Zelensky"]]);
});

test("speakers: a quotation opened in an earlier sentence goes on quoting its speaker", () => {
  const out = speakers("Ukrainian military spokesperson Serhiy Cherevatyi told Reuters, \"This is not true. Our units are fighting in Bakhmut.\"");
  assert.deepEqual(out, [["Bakhmut", "Serhiy Cherevatyi"]]);
});
