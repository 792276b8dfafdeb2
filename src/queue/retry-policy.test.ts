// Backoff doubling to its cap; which failures park a job at once; durations as the CLI reads them.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { FoglineError } from "../claims/index.js";
import { parseDuration } from "./duration.js";
import { backoffMs, isPermanentFailure } from "./retry-policy.js";

describe("retry policy", () => {
  it("doubles the wait after each try, up to the cap", () => {
    const policy = { baseMs: 1000, maxMs: 5000 };
    assert.deepEqual([1, 2, 3, 4, 5].map((n) => backoffMs(n, policy)), [1000, 2000, 4000, 5000, 5000]);
  });

  it("parks pages that are gone or refused, retries the rest", () => {
    const rows: [unknown, boolean][] = [
      [new FoglineError("http-status", "HTTP 404 Not Found"), true],
      [new FoglineError("http-status", "HTTP 410 Gone"), true],
      [new FoglineError("http-status", "HTTP 429 Too Many Requests"), false],
      [new FoglineError("http-status", "HTTP 503 Service Unavailable"), false],
      [new FoglineError("robots-disallowed", "refused by robots.txt"), true],
      [new FoglineError("robots-unavailable", "robots.txt answered 503"), false],
      [new FoglineError("timeout", "timed out after 20 s"), false],
      [new FoglineError("store-unreachable", "cannot reach PostgreSQL"), false],
      [new Error("socket hang up"), false],
    ];
    for (const [error, permanent] of rows) assert.equal(isPermanentFailure(error), permanent, String(error));
  });

  it("reads durations with a unit, a bare number as seconds", () => {
    assert.deepEqual(["500ms", "30s", "10m", "1h", "2", "1.5s"].map(parseDuration), [500, 30_000, 600_000, 3_600_000, 2000, 1500]);
    assert.deepEqual(["", "10 minutes", "-1s", "m"].map(parseDuration), [null, null, null, null]);
  });
});
