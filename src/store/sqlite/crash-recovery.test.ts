// kill -9 mid-ingest: a child ingests in a loop and is killed with SIGKILL; the file must reopen, pass
// PRAGMA integrity_check, hold every article the child reported committed, and each with all its claims.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, describe, it } from "node:test";
import { claimsOfArticle } from "./crash-ingest.child.js";
import { openDatabase } from "./driver.js";
import { openSqliteStore } from "./sqlite-store.js";

const dir = mkdtempSync(join(tmpdir(), "fogline-crash-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const isTs = import.meta.url.endsWith(".ts");
const childPath = fileURLToPath(new URL(`./crash-ingest.child.${isTs ? "ts" : "js"}`, import.meta.url));

/** Runs the child until it has committed `atLeast` articles, kills it, and gives the numbers it reported. */
function ingestThenKill(path: string, atLeast: number): Promise<{ pid: number; committed: number[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(isTs ? ["--import", "tsx"] : []), childPath, path], { stdio: ["ignore", "pipe", "pipe"] });
    const committed: number[] = [];
    let buffered = "";
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.on("data", (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      committed.push(...lines.map(Number));
      if (committed.length >= atLeast && child.exitCode === null && !child.killed) child.kill("SIGKILL");
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (signal === "SIGKILL") resolve({ pid: child.pid ?? 0, committed });
      else reject(new Error(`child exited with ${code}: ${stderr}`));
    });
  });
}

describe("sqlite store after kill -9", () => {
  it("reopens intact, with every committed article and all its claims", async () => {
    const path = join(dir, "crash.db");
    const runs = [await ingestThenKill(path, 150), await ingestThenKill(path, 150)];

    const db = openDatabase(path, {});
    assert.equal(db.pragma("integrity_check", { simple: true }), "ok");
    const documents = db.prepare(`SELECT d.id, d.claim_count, (SELECT count(*) FROM claims c WHERE c.document = d.seq) AS stored
      FROM documents d`).all() as { id: string; claim_count: number; stored: number }[];
    for (const d of documents) {
      const n = Number(d.id.split("-").pop());
      assert.equal(d.stored, d.claim_count, d.id);
      assert.equal(d.stored, claimsOfArticle(n), d.id);
    }
    const ftsRows = db.prepare("SELECT count(*) AS n FROM claim_fts WHERE claim_fts MATCH 'avdiivka'").get() as { n: number };
    db.close();

    const stored = new Set(documents.map((d) => d.id));
    for (const run of runs) for (const n of run.committed) assert.ok(stored.has(`doc-${run.pid}-${n}`), `lost doc-${run.pid}-${n}`);
    const store = openSqliteStore(path);
    assert.equal(await store.countClaims(), documents.reduce((sum, d) => sum + d.stored, 0));
    assert.equal(ftsRows.n, await store.countClaims());
    await store.close();
  });
});
