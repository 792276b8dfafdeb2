import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ReviewEvent } from "../claims/index.js";
import { makeArticle, makeClaim } from "../store/store-fixtures.js";
import { foldReview } from "./review-fold.js";

const article = makeArticle("a", ["Officials said more than 120 soldiers were killed near Avdiivka in November."]);
const machine = makeClaim(article, article.text);
let n = 0;
const ev = (e: Partial<ReviewEvent>): ReviewEvent => ({
  id: `r${++n}`, claim: machine.id, action: "accept", field: null, before: null, after: null, reviewer: "ana", at: `2026-12-06T20:0${n % 10}:00.000Z`, note: null, undoes: null, ...e,
});

describe("foldReview", () => {
  it("leaves a claim without events as the machine read it, unmarked", () => {
    assert.deepEqual(foldReview(machine, []), { claim: machine, rejected: false });
  });

  it("applies corrections in order and marks the fields a person decided", () => {
    const events = [ev({ action: "correct", field: "side", before: "UA", after: "RU" }), ev({ action: "correct", field: "polarity", before: "asserted", after: "denied" })];
    const { claim, rejected } = foldReview(machine, events);
    assert.equal(rejected, false);
    assert.equal(claim?.side, "RU");
    assert.equal(claim?.polarity, "denied");
    assert.deepEqual(claim?.review, { status: "corrected", decided: ["side", "polarity"], by: "ana", at: events[1].at });
    assert.equal(machine.side, "UA", "the machine reading is not changed");
  });

  it("an undo cancels its target only", () => {
    const side = ev({ action: "correct", field: "side", before: "UA", after: "RU" });
    const reject = ev({ action: "reject", after: "background" });
    const { claim, rejected } = foldReview(machine, [side, reject, ev({ action: "undo", undoes: reject.id })]);
    assert.equal(rejected, false);
    assert.equal(claim?.side, "RU");
    const undoneSide = foldReview(machine, [side, ev({ action: "undo", undoes: side.id })]);
    assert.deepEqual(undoneSide, { claim: machine, rejected: false });
  });

  it("a rejection keeps the claim, marked with its reason; accepting marks every field", () => {
    const { claim, rejected } = foldReview(machine, [ev({ action: "accept" }), ev({ action: "reject", after: "duplicate" })]);
    assert.equal(rejected, true);
    assert.equal(claim?.review?.status, "rejected");
    assert.equal(claim?.review?.reason, "duplicate");
    assert.equal(foldReview(machine, [ev({ action: "accept" })]).claim?.review?.decided.length, 8);
  });

  it("an added claim has no machine reading; undoing the add leaves nothing", () => {
    const add = ev({ action: "add", after: { ...machine, id: "added" }, claim: "added" });
    assert.equal(foldReview(null, [add]).claim?.review?.status, "added");
    assert.deepEqual(foldReview(null, [add, ev({ action: "undo", undoes: add.id, claim: "added" })]), { claim: null, rejected: true });
  });
});
