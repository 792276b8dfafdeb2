import assert from "node:assert/strict";
import { test } from "node:test";
import { isPublished, parsePublished } from "./parse-published.js";

const STRICT: [string, boolean][] = [
  ["2025", true], ["2025-11", true], ["2025-11-07", true], ["2024-02-29", true],
  ["2025-02-29", false], ["2025-13", false], ["2025-00", false], ["2025-11-31", false],
  ["25-11-07", false], ["2025/11/07", false], ["November 2025", false], ["", false], ["2025-11-07T10:00:00Z", false],
];
for (const [value, expected] of STRICT) test(`isPublished(${JSON.stringify(value)}) is ${expected}`, () => assert.equal(isPublished(value), expected));

const LENIENT: [string | null, string | null][] = [
  ["2025-11-07T23:30:00-05:00", "2025-11-07"],
  ["2025-11-07T10:00:00Z", "2025-11-07"],
  ["2025-11", "2025-11"],
  ["Tue, 04 Nov 2025 23:00:00 -0500", "2025-11-04"],
  ["4 Nov 2025 10:00 GMT", "2025-11-04"],
  ["Mon, 31 Feb 2025 10:00:00 GMT", null],
  ["not a date", null],
  [null, null],
];
for (const [value, expected] of LENIENT) test(`parsePublished(${JSON.stringify(value)}) is ${expected}`, () => assert.equal(parsePublished(value), expected));
