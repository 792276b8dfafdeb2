// Nothing of one document shows inside another: files of the same name in different folders, the same
// id in two runs, and the identical megabytes of one large file each stay a document (or part) of their own.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { createPipeline } from "./pipeline.js";
import { openSqliteStore } from "./store/index.js";
import type { LedgerStore } from "./store/ledger-store.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fogline-ids-"));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (rel: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
};
const A = "Russia's Defense Ministry said on Monday that its forces had captured Pokrovsk.";
const B = "Ukraine's General Staff said 170,000 Russian troops were around Myrnohrad.";
write("in/a/index.txt", A);
write("in/b/index.txt", B);
write("run1/index.txt", A);
write("run2/index.txt", B);

const pipeline = createPipeline();

/** Every claim's evidence is the text at its offsets in its own document. */
async function assertEvidenceInOwnDocument(store: LedgerStore): Promise<void> {
  for (const doc of await store.articles({ limit: 100 })) {
    const claims = await store.claims({ doc: doc.id, limit: 1000 });
    for (const c of claims) assert.equal(doc.text.slice(c.evidence.start - doc.offset, c.evidence.end - doc.offset), c.evidence.text, `${c.id} in ${doc.id}`);
  }
}

describe("document ids", () => {
  it("files of one name in two folders are two documents, named by their path below the folder given", async () => {
    const store = openSqliteStore(":memory:");
    const summary = await pipeline.ingest(store, [path.join(dir, "in")]);
    assert.equal(summary.added, 2);
    assert.equal((await store.article("a/index"))?.text, A);
    assert.equal((await store.article("b/index"))?.text, B);
    assert.ok((await store.claims({ doc: "a/index" })).length > 0 && (await store.claims({ doc: "b/index" })).length > 0);
    await assertEvidenceInOwnDocument(store);
    await store.close();
  });

  it("an id the ledger holds for another text gets a name of its own; the first keeps its id", async () => {
    const store = openSqliteStore(":memory:");
    await pipeline.ingest(store, [path.join(dir, "run1")]);
    const second = await pipeline.ingest(store, [path.join(dir, "run2")]);
    assert.equal(second.added, 1);
    assert.equal((await store.article("index"))?.text, A, "the old id still resolves to its text");
    const [renamed] = second.docIds;
    assert.match(renamed, /^index~[0-9a-f]{8}$/);
    assert.equal((await store.article(renamed))?.text, B);
    await assertEvidenceInOwnDocument(store);
    const again = await pipeline.ingest(store, [path.join(dir, "run2")]);
    assert.deepEqual([again.added, again.duplicates], [0, 1], "the same file again is already stored");
    const api = await pipeline.ingestArticle(store, { id: "index", text: "Kyiv says Russia has 9 troops around Pokrovsk.", outlet: null, title: null, published: null, origin: "api" });
    assert.notEqual(api.docId, "index");
    await store.close();
  });

  it("an edit of a stored article (most of its paragraphs kept) keeps its id: it is that document's new text", async () => {
    write("edit1/index.txt", A);
    write("edit2/index.txt", `${A}\n\nEditor's note: this article was updated on Tuesday.`);
    const store = openSqliteStore(":memory:");
    await pipeline.ingest(store, [path.join(dir, "edit1")]);
    const second = await pipeline.ingest(store, [path.join(dir, "edit2")]);
    assert.deepEqual(second.docIds, ["index"]);
    await store.close();
  });

  it("identical megabytes of one large file are all kept, each once", async () => {
    const block = `${"The weather stayed calm along the river for another day. ".repeat(17_000)}\n\n`;
    write("large/big.txt", block.repeat(3));
    const store = openSqliteStore(":memory:");
    const summary = await pipeline.ingest(store, [path.join(dir, "large", "big.txt")]);
    const parts = await store.articles({ limit: 100 });
    assert.ok(parts.length >= 3, `${parts.length} parts`);
    assert.equal(summary.duplicates, 0, "no part dropped as already stored");
    assert.equal(parts.reduce((n, p) => n + p.text.length, 0), block.repeat(3).length, "every character kept");
    const again = await pipeline.ingest(store, [path.join(dir, "large", "big.txt")]);
    assert.deepEqual([again.added, again.duplicates], [0, parts.length]);
    await store.close();
  });
});
