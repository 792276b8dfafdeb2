import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { contentHash, foldWhitespace } from "./content-hash.js";

describe("contentHash", () => {
  it("folds whitespace runs to one space and trims", () => {
    assert.equal(foldWhitespace("  Two\t\tlines\n\nof  text\u00a0here \n"), "Two lines of text here");
  });
  it("is the same for a copy re-saved with other whitespace, and differs for other words", () => {
    assert.equal(contentHash("Troops left the town.\nOfficials said so."), contentHash("Troops  left the town. Officials said so.\r\n"));
    assert.notEqual(contentHash("Troops left the town."), contentHash("Troops left the city."));
    assert.match(contentHash("x"), /^[0-9a-f]{64}$/);
  });
});
