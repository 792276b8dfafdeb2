import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { toFtsQuery } from "./fts-query.js";

describe("toFtsQuery", () => {
  const rows: [string, string | null][] = [
    ["encircled", '"encircled"'],
    ["troops  Kupiansk", '"troops" "Kupiansk"'],
    ['say "hello', '"say" """hello"'],
    ["NEAR(a b)", '"NEAR(a" "b)"'],
    ["flag* OR -x", '"flag*" "OR" "-x"'],
    ["  - ** ", null],
    ["", null],
  ];
  for (const [search, expected] of rows) it(JSON.stringify(search), () => assert.equal(toFtsQuery(search), expected));
});
