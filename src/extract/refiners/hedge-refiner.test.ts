// HedgeRefiner: hedges of a claim's sentence, and doubt pointed back at a figure (DOUBT_OF_PREVIOUS, DOUBTED_PARTY).
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractText } from "../extract-test-helper.js";

const hedgedOf = (text: string) => extractText(text, "2025-11-20").map((c) => [c.value, c.hedges.length > 0] as const);

test("hedges: a doubt pointed at a figure hedges that figure, not the one told after it", () => {
  const rows: [string, (readonly [number | null, boolean])[]][] = [
    ["Reuters could not independently verify the number given by Ukraine, while Russia's Defence Ministry said its forces killed 400 Ukrainian troops.", [[400, false]]],
    ["Ukraine's General Staff said 1,200 Russian soldiers had been killed near Pokrovsk. Reuters could not independently verify the number given by Ukraine. Russia's Defence Ministry said its forces killed 400 Ukrainian troops.", [[1200, true], [400, false]]],
    ["Russia's Defence Ministry said 300 Ukrainian soldiers were killed near Bakhmut. The figure could not be independently verified.", [[300, true]]],
    ["Russia's Defence Ministry said its forces killed 400 Ukrainian troops near Bakhmut, a figure Reuters could not independently verify.", [[400, true]]],
    ["Kyiv said 500 Russian soldiers were killed near Lyman and Moscow said 200 Ukrainian soldiers died there. Reuters could not verify the figures given by Russia.", [[500, false], [200, true]]],
  ];
  for (const [text, expected] of rows) assert.deepEqual(hedgedOf(text), expected, text);
});
