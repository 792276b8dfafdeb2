import { test } from "node:test";
import assert from "node:assert/strict";
import { createSentenceSplitter, paragraphs } from "./sentences.js";

const splitter = createSentenceSplitter();
const texts = (t: string) => splitter.split(t).map((s) => t.slice(s.start, s.end));

test("sentences keep abbreviations and carry offsets into the text", () => {
  const t = "Officials said the town fell as of Dec. 1. The U.S.-based monitor disagreed.";
  assert.deepEqual(texts(t), ["Officials said the town fell as of Dec. 1.", "The U.S.-based monitor disagreed."]);
});

test("single line breaks between paragraph-lines are boundaries; blank lines always are", () => {
  const t = "NEWS DESK 3 Min Read\nThe brigade said it held the line\n\nA second paragraph.";
  assert.deepEqual(texts(t), ["NEWS DESK 3 Min Read", "The brigade said it held the line", "A second paragraph."]);
  const ps = splitter.split(t).map((s) => s.paragraph);
  assert.deepEqual(ps, [0, 1, 2]);
});

test("hard-wrapped blocks stay one paragraph", () => {
  const line = "The regional governor said that shelling of the district continued through";
  const t = `${line}\nthe night and that at least twelve houses were damaged in the attack on\nthe outskirts of the town.`;
  assert.equal(paragraphs(t).length, 1);
  assert.equal(texts(t).length, 1);
});

test("quotes, questions, titles, initials and multi-letter abbreviations", () => {
  const t = "He said: “The town is ours.” Was it? Lt. Col. Ivan Petrov of No. 3 Company disagreed. U.S. officials, citing J. Smith, said 1.5 km… Then silence!";
  assert.deepEqual(texts(t), ["He said: “The town is ours.”", "Was it?", "Lt. Col. Ivan Petrov of No. 3 Company disagreed.", "U.S. officials, citing J. Smith, said 1.5 km…", "Then silence!"]);
});
