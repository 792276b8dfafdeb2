import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isFoglineError } from "../claims/index.js";
import { SEARCH_LIMITS, searchTerms } from "./search-terms.js";

const refused = (search: string) => {
  assert.throws(() => searchTerms(search), (e: unknown) => isFoglineError(e) && e.code === "bad-search", JSON.stringify(search.slice(0, 40)));
};

describe("searchTerms", () => {
  it("splits on whitespace and drops words without a letter or digit", () => {
    assert.deepEqual(searchTerms("  NEAR( troops \t* - \"  Kupiansk "), ["NEAR(", "troops", "Kupiansk"]);
  });

  it("takes searches up to the limits", () => {
    assert.equal(searchTerms(Array.from({ length: SEARCH_LIMITS.terms }, (_, i) => `w${i}`).join(" ")).length, SEARCH_LIMITS.terms);
    assert.equal(searchTerms("x".repeat(SEARCH_LIMITS.termChars)).length, 1);
    assert.deepEqual(searchTerms(`${"x".repeat(SEARCH_LIMITS.termChars)} ${"-".repeat(SEARCH_LIMITS.chars - SEARCH_LIMITS.termChars - 1)}`).length, 1);
  });

  it("refuses searches past the limits, with a hint", () => {
    refused(Array.from({ length: SEARCH_LIMITS.terms + 1 }, (_, i) => `w${i}`).join(" "));
    refused("x".repeat(SEARCH_LIMITS.termChars + 1));
    refused("y ".repeat(SEARCH_LIMITS.chars));
    refused(`${"NEAR(".repeat(50)}`);
  });
});
