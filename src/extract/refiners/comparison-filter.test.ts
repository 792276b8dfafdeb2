// COMPARISON rows: reference figures are not claims; the claims beside them stay.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractText } from "../extract-test-helper.js";

const values = (text: string) => extractText(text, "2025-11-20").filter((c) => c.kind === "forces" || c.kind === "casualties").map((c) => c.value);

test("comparison: reference figures are dropped, the war's own figures kept", () => {
  const rows: [string, (number | null)[]][] = [
    ["Russia deployed 170,000 troops near Pokrovsk. By comparison, the entire German army numbers about 180,000.", [170000]],
    ["The entire active-duty German army numbers about 180,000 soldiers.", []],
    ["The Soviet Union lost some 15,000 soldiers in Afghanistan, the UK Ministry of Defence said.", []],
    ["Russia has lost over 100,000 soldiers in Ukraine, the UK Ministry of Defence said.", [100000]],
    ["Russian forces massed 50,000 troops near Kupiansk, more than the entire British army.", [50000]],
  ];
  for (const [text, expected] of rows) assert.deepEqual(values(text), expected, text);
});

test("place: 'there' is the settlement of the sentence before, not a place in the speaker's title", () => {
  const [c] = extractText("Fighting continued in Vuhledar on Monday. The governor of Kharkiv region said 400 soldiers had been killed there.", "2025-11-20")
    .filter((x) => x.kind === "casualties");
  assert.equal(c.place?.name, "Vuhledar");
  assert.ok(c.inferred?.some((i) => i.field === "place" && i.reason === "there"));
});

test("duplicates: a figure repeated in other units, in brackets, is one claim", () => {
  const areas = extractText("Russia now controls 40,000 square miles (103,000 sq km) of Ukrainian land.", "2025-11-20").filter((c) => c.kind === "area");
  assert.equal(areas.length, 1);
});
