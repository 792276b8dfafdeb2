// A damaged ledger is refused before anything is written into it (quick_check on every writable open),
// whatever part of the file the damage hit; a read-only open is refused when it reads the damage.
import assert from "node:assert/strict";
import { closeSync, copyFileSync, fstatSync, ftruncateSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { isFoglineError } from "../../claims/index.js";
import { makeArticle, makeClaim } from "../store-fixtures.js";
import { openDatabase } from "./driver.js";
import { openSqliteStore } from "./sqlite-store.js";

const dir = mkdtempSync(join(tmpdir(), "fogline-corrupt-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const clean = join(dir, "clean.db");
const PAGE = 4096;
const sentence = "Officials said 12 soldiers were killed near Avdiivka in November.";

before(async () => {
  const store = openSqliteStore(clean);
  for (let i = 0; i < 40; i++) {
    const a = makeArticle(`d${i}`, [sentence, `Filler ${i} `.repeat(300)]);
    await store.addArticle(a, Array.from({ length: 20 }, () => makeClaim(a, sentence)));
  }
  await store.close();
  const db = openDatabase(clean, {});
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
});

/** The root page of a b-tree, for damage aimed at one table or index. */
function rootPage(file: string, name: string): number {
  const db = openDatabase(file, { readonly: true });
  try { return (db.prepare("SELECT rootpage FROM sqlite_master WHERE name = ?").get(name) as { rootpage: number }).rootpage; } finally { db.close(); }
}

const KINDS: [string, (fd: number, file: string) => void][] = [
  ["garbage over the schema and first b-trees", (fd) => writeSync(fd, Buffer.alloc(PAGE * 4, 0xa5), 0, PAGE * 4, PAGE)],
  ["a zeroed page in the middle", (fd) => { const pages = fstatSync(fd).size / PAGE; writeSync(fd, Buffer.alloc(PAGE), 0, PAGE, Math.floor(pages / 2) * PAGE); }],
  ["the file cut in half", (fd) => ftruncateSync(fd, Math.floor(fstatSync(fd).size / PAGE / 2) * PAGE)],
  ["an index's root page overwritten", (fd, file) => writeSync(fd, Buffer.alloc(PAGE, 0x5a), 0, PAGE, (rootPage(file, "documents_by_id") - 1) * PAGE)],
  ["bytes flipped inside a claims page", (fd, file) => {
    const at = (rootPage(file, "claims") - 1) * PAGE + 200;
    const b = Buffer.alloc(64);
    readSync(fd, b, 0, 64, at);
    for (let i = 0; i < b.length; i++) b[i] ^= 0xff;
    writeSync(fd, b, 0, 64, at);
  }],
  ["a b-tree page header damaged at the end of the file", (fd) => { const last = fstatSync(fd).size - PAGE; writeSync(fd, Buffer.from([0x0d, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), 0, 8, last); }],
];

describe("a corrupt ledger", () => {
  for (const [kind, damage] of KINDS) {
    it(`is refused for writing: ${kind}`, async () => {
      const file = join(dir, `${kind.replace(/\W+/g, "-")}.db`);
      copyFileSync(clean, file);
      const fd = openSync(file, "r+");
      try { damage(fd, file); } finally { closeSync(fd); }
      const before = statSync(file).mtimeMs;
      await assert.rejects(async () => {
        const store = openSqliteStore(file);
        try {
          const a = makeArticle("new", [sentence]);
          await store.addArticle(a, [makeClaim(a, sentence)]);
        } finally {
          await store.close();
        }
      }, (e: unknown) => isFoglineError(e) && e.code === "store-not-fogline" && /corrupt/.test(e.message) && !e.message.includes("\n"));
      assert.equal(statSync(file).mtimeMs, before, "nothing written");
    });
  }

  it("a clean ledger opens, and stays clean", async () => {
    const file = join(dir, "copy.db");
    copyFileSync(clean, file);
    const store = openSqliteStore(file);
    const a = makeArticle("new", [sentence]);
    assert.equal((await store.addArticle(a, [makeClaim(a, sentence)])).added, true);
    await store.close();
  });
});
