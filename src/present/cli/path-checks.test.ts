// Path problems found before any work, each in one line naming the path: a missing folder, a folder where a
// file is wanted, a file where a folder is wanted, no permission.
import assert from "node:assert/strict";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { assertLedgerPath, assertWritableFile } from "./path-checks.js";

const dir = mkdtempSync(join(tmpdir(), "fogline-paths-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, "ledger.db");
writeFileSync(file, "");
const isRoot = process.getuid?.() === 0;

const refused = (f: () => void, pattern: RegExp) =>
  assert.throws(f, (e: unknown) => (e as { code?: string }).code === "usage" && pattern.test((e as Error).message) && !(e as Error).message.includes("\n"));

describe("assertWritableFile", () => {
  it("accepts a new or existing file in a folder that exists", () => {
    assert.doesNotThrow(() => assertWritableFile(join(dir, "new.md"), "--out"));
    assert.doesNotThrow(() => assertWritableFile(file, "--out"));
  });

  it("names the missing folder, a folder given as the file, a file given as the folder", () => {
    const missing = join(dir, "missing", "deeper");
    refused(() => assertWritableFile(join(missing, "x.md"), "--out"), new RegExp(`^--out .*x\\.md: the folder ${missing} does not exist$`));
    refused(() => assertWritableFile(dir, "--out"), /^--out .* is a folder$/);
    refused(() => assertWritableFile(join(file, "x.md"), "--out"), /ledger\.db is a file, not a folder$/);
  });

  it("says when the folder cannot be written", { skip: isRoot && "root writes everywhere" }, () => {
    const locked = join(dir, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    refused(() => assertWritableFile(join(locked, "x.md"), "--out"), /cannot be written \(permission denied\)$/);
    chmodSync(locked, 0o700);
  });
});

describe("assertLedgerPath", () => {
  it("leaves URLs, :memory: and a missing file in an existing folder to the store", () => {
    for (const mode of ["read", "write"] as const) {
      assert.doesNotThrow(() => assertLedgerPath("postgres://u@h:5432/db", "--db", mode));
      assert.doesNotThrow(() => assertLedgerPath(":memory:", "--db", mode));
      assert.doesNotThrow(() => assertLedgerPath(join(dir, "absent.db"), "--db", mode));
      assert.doesNotThrow(() => assertLedgerPath(file, "--db", mode));
    }
  });

  it("names a missing folder and a folder given as the ledger, for reading and writing", () => {
    for (const mode of ["read", "write"] as const) {
      refused(() => assertLedgerPath(join(dir, "nowhere", "x.db"), "--db", mode), /^--db .*x\.db: the folder .*nowhere does not exist$/);
      refused(() => assertLedgerPath(dir, "TO", mode), /^TO .* is a folder, not a ledger file$/);
    }
  });
});
