import { test } from "node:test";
import assert from "node:assert/strict";
import type { Source } from "../../claims/index.js";
import { asWritten } from "./spelling-refiner.js";

const person = (name: string, mention: string): Source => ({ name, mention, kind: "person", side: "UA", role: null, institution: null });

test("a person keeps the article's spelling, with the registry's name as canonical", () => {
  assert.deepEqual(
    [asWritten(person("Volodymyr Zelensky", "President Volodymyr Zelenskyy")).name, asWritten(person("Volodymyr Zelensky", "President Volodymyr Zelenskyy")).canonical],
    ["Volodymyr Zelenskyy", "Volodymyr Zelensky"]);
  for (const [name, mention] of [["Vladimir Putin", "Putin's spokesman"], ["Valery Gerasimov", "General Valery Gerasimov"], ["Oleksandr Syrskyi", "Ukraine's army chief"]]) {
    const source = person(name, mention);
    assert.equal(asWritten(source), source, mention);
  }
});
