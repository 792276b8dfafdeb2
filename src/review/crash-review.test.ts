// kill -9 mid-review: a child appends reviews (two events each) in a loop and is killed with SIGKILL. The
// file must pass integrity_check, hold every review the child reported committed, never half of one,
// and each claim's row must be what its log folds to: the log alone rebuilds the reviewed state.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, describe, it } from "node:test";
import { openDatabase } from "../store/sqlite/driver.js";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import { foldReview } from "./review-fold.js";

const dir = mkdtempSync(join(tmpdir(), "fogline-crash-review-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const childPath = fileURLToPath(new URL("./crash-review.child.js", import.meta.url));

function reviewThenKill(path: string, atLeast: number): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childPath, path], { stdio: ["ignore", "pipe", "pipe"] });
    const committed: string[][] = [];
    let buffered = "";
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.on("data", (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      committed.push(...lines.map((l) => l.split(" ")));
      if (committed.length >= atLeast && child.exitCode === null && !child.killed) child.kill("SIGKILL");
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => (signal === "SIGKILL" ? resolve(committed) : reject(new Error(`child exited with ${code}: ${stderr}`))));
  });
}

describe("review log after kill -9", () => {
  it("holds every committed review whole, and each claim as its log folds it", async () => {
    const path = join(dir, "crash.db");
    const committed = await reviewThenKill(path, 120);
    const db = openDatabase(path, {});
    assert.equal(db.pragma("integrity_check", { simple: true }), "ok");
    db.close();

    const store = openSqliteStore(path);
    const events = await store.reviewEvents();
    const ids = new Set(events.map((e) => e.id));
    for (const review of committed) for (const id of review) assert.ok(ids.has(id), `lost ${id}`);
    // Two events per review, numbered in pairs: a review is in the log whole or not at all.
    const numbers = events.map((e) => Number(e.id.split("-").pop())).sort((a, b) => a - b);
    assert.equal(numbers.length % 2, 0);
    numbers.forEach((n, i) => assert.equal(n, i));
    for (const claim of await store.claims({ withRejected: true })) {
      const stored = await store.reviewedClaim(claim.id);
      const own = events.filter((e) => e.claim === claim.id);
      assert.ok(own.length > 0);
      assert.deepEqual(foldReview(stored!.machine, own).claim, stored!.claim);
    }
    await store.close();
  });
});
