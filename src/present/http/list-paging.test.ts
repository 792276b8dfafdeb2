// Lists never stop silently: every list route of the API says how many there are (total, or a lower bound
// flagged total_exact: false) and pages through them with limit and offset. The seed ledger served with a
// page of 2 rows at most holds more rows than one page in every family.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Hono } from "hono";
import { createPipeline } from "../../pipeline.js";
import { openSqliteStore } from "../../store/index.js";
import type { LedgerStore } from "../../store/ledger-store.js";
import { createApp } from "./create-app.js";
import { getJson } from "./testing/fake-app.js";
import { seedsFolder } from "./testing/seeds-folder.js";

const seeds = seedsFolder();
const PAGE = 2;

/** Every item of a list route, page by page; asserts each page's total, limit and offset on the way. */
async function walk(app: Hono, path: string, idOf: (item: any) => string): Promise<{ total: number; ids: string[]; pages: number }> {
  const ids: string[] = [];
  let total = -1;
  let pages = 0;
  for (let offset = 0; pages < 1000; offset += PAGE) {
    const sep = path.includes("?") ? "&" : "?";
    const { status, body } = await getJson(app, `${path}${sep}limit=${PAGE}&offset=${offset}`);
    assert.equal(status, 200, `${path} offset ${offset}: ${JSON.stringify(body)}`);
    assert.deepEqual([body.limit, body.offset], [PAGE, offset], path);
    assert.equal(typeof body.total, "number", `${path} has a total`);
    body.items ??= body.entries; // a place timeline's rows are its entries
    assert.ok(body.items.length <= PAGE, path);
    pages++;
    if (body.total_exact === false) assert.ok(body.total > offset + body.items.length - 1, `${path}: a lower bound beyond the page`);
    else {
      if (total >= 0) assert.equal(body.total, total, `${path}: the same total on every page`);
      total = body.total;
    }
    ids.push(...body.items.map(idOf));
    if (body.items.length < PAGE) break;
  }
  return { total, ids, pages };
}

describe("every API list pages with a total", { skip: seeds === null && "seed articles not found" }, () => {
  let store: LedgerStore;
  let app: Hono;

  before(async () => {
    store = openSqliteStore(":memory:");
    const pipeline = createPipeline();
    await pipeline.ingest(store, [seeds!]);
    app = createApp({ store, pipeline, limits: { pageSize: PAGE } });
  });
  after(() => store?.close());

  const families: [string, (item: any) => string][] = [
    ["/api/documents", (d) => d.id],
    ["/api/claims", (c) => c.id],
    ["/api/claims?place=Pokrovsk", (c) => c.id],
    ["/api/propositions", (p) => p.id],
    ["/api/disputes", (d) => d.proposition.id],
    ["/api/sources", (s) => s.name],
    ["/api/places", (p) => p.id ?? p.name],
    ["/api/places/Pokrovsk/timeline", (e) => e.claim.id],
    ["/api/changes?since=2025-01-01", (c) => JSON.stringify(c)],
  ];
  for (const [path, idOf] of families) {
    it(`${path}: total, limit and offset, and every row once over the pages`, async () => {
      const { total, ids, pages } = await walk(app, path, idOf);
      assert.ok(total > PAGE, `${path}: more rows (${total}) than one page, so paging is exercised`);
      assert.ok(pages > 1);
      assert.equal(ids.length, total, `${path}: the pages hold total rows`);
      assert.equal(new Set(ids).size, ids.length, `${path}: no row twice`);
    });
  }

  it("the documents total is exact, and a page short of the end says that more follow", async () => {
    const first = await getJson(app, "/api/documents?limit=2");
    assert.deepEqual([first.body.total_exact, first.body.items.length], [false, 2]);
    assert.ok(first.body.total > 2);
    const all = await getJson(app, "/api/documents?limit=2&offset=4");
    assert.equal(all.body.total_exact, true);
    assert.equal(all.body.total, 4 + all.body.items.length);
  });

  it("a page larger than the server's is a 400 naming the bound, not a silent cut", async () => {
    for (const path of ["/api/documents", "/api/claims", "/api/propositions", "/api/changes?since=2025-01-01&", "/api/places/Pokrovsk/timeline"]) {
      const sep = path.endsWith("&") ? "" : "?";
      const { status, body } = await getJson(app, `${path}${sep}limit=${PAGE + 1}`);
      assert.equal(status, 400, path);
      assert.match(body.error.message, new RegExp(`limit must be a whole number from 0 to ${PAGE}`));
    }
  });
});
