// The changes feed over the real stages and the seed articles: JSON and Atom 1.0, read back with an XML parser.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Hono } from "hono";
import { DOMParser } from "linkedom";
import { createPipeline } from "../../pipeline.js";
import { openSqliteStore } from "../../store/index.js";
import type { LedgerStore } from "../../store/ledger-store.js";
import { createApp } from "./create-app.js";
import { getJson } from "./testing/fake-app.js";
import { seedsFolder } from "./testing/seeds-folder.js";

const seeds = seedsFolder();
const ATOM = "http://www.w3.org/2005/Atom";
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The little of a parsed element the checks read. */
interface El { tagName: string; localName?: string; textContent: string | null; getAttribute(name: string): string | null; children: ArrayLike<El> }
const parseXml = (text: string): El => (new DOMParser().parseFromString(text, "text/xml") as unknown as { documentElement: El }).documentElement;
const child = (el: El, name: string): El[] => Array.from(el.children).filter((x) => x.tagName === name);

interface ChangeBody { id: string; day: string; type: string; title: string; proposition: { id: string; status: string; kind: string; place: { name: string } | null; time: { start: string } | null }; fromStatus?: string }

describe("the changes feed", { skip: seeds === null && "seed articles not found" }, () => {
  let store: LedgerStore;
  let app: Hono;
  before(async () => {
    store = openSqliteStore(":memory:");
    const pipeline = createPipeline();
    await pipeline.ingest(store, [seeds!]);
    app = createApp({ store, pipeline, publicUrl: "https://ledger.example.org/" });
  });
  after(() => store?.close());

  it("lists the 1 December capture as new and disputed, and the status changes of early December", async () => {
    const { status, body } = await getJson(app, "/api/changes?since=2025-11-30&place=Pokrovsk");
    assert.equal(status, 200);
    const items: ChangeBody[] = body.items;
    assert.ok(items.length > 0);
    assert.ok(items.every((c) => c.day >= "2025-11-30" && c.proposition.place?.name === "Pokrovsk"));
    const capture = items.find((c) => c.type === "new-proposition" && c.proposition.kind === "control" && c.proposition.time?.start === "2025-12-01");
    assert.equal(capture?.proposition.status, "disputed");
    assert.equal(capture?.day, "2025-12-01");
    const moved = items.find((c) => c.type === "status-change");
    assert.ok(moved && moved.fromStatus !== moved.proposition.status);
    const days = items.map((c) => c.day);
    assert.deepEqual(days, [...days].sort().reverse(), "newest first");
    assert.equal(new Set(items.map((c) => c.id)).size, items.length);
  });

  it("lists nothing after the last article, and more for the whole ledger than for one place", async () => {
    assert.equal((await getJson(app, "/api/changes?since=2025-12-03")).body.total, 0);
    const all = (await getJson(app, "/api/changes?since=2025-11-01")).body.total;
    assert.ok(all > (await getJson(app, "/api/changes?since=2025-11-01&place=Pokrovsk")).body.total);
  });

  it("gives the same changes as valid Atom 1.0 with stable entry ids and links to the public URL", async () => {
    const res = await app.request("/api/changes.atom?since=2025-11-30&place=Pokrovsk");
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^application\/atom\+xml/);
    const text = await res.text();
    const feed = parseXml(text);
    assert.equal(feed.localName ?? feed.tagName, "feed");
    assert.equal(feed.getAttribute("xmlns"), ATOM);
    for (const name of ["id", "title", "updated", "author"]) assert.equal(child(feed, name).length, 1, `feed ${name}`);
    assert.match(child(feed, "updated")[0].textContent!, RFC3339);
    const entries = child(feed, "entry");
    const json = (await getJson(app, "/api/changes?since=2025-11-30&place=Pokrovsk")).body.items as ChangeBody[];
    assert.equal(entries.length, json.length);
    const ids = entries.map((e) => child(e, "id")[0].textContent!);
    assert.equal(new Set(ids).size, ids.length);
    entries.forEach((e, i) => {
      assert.match(ids[i], /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      assert.equal(child(e, "title")[0].textContent, json[i].title);
      assert.match(child(e, "updated")[0].textContent!, RFC3339);
      assert.equal(child(e, "link")[0].getAttribute("href"), `https://ledger.example.org/#/propositions/${json[i].proposition.id}`);
      assert.equal(child(e, "category")[0].getAttribute("term"), json[i].type);
    });
    const again = parseXml(await (await app.request("/api/changes.atom?since=2025-11-30&place=Pokrovsk")).text());
    assert.deepEqual(child(again, "entry").map((e) => child(e, "id")[0].textContent), ids);
    assert.match(text, /Russian control of Pokrovsk/);
  });

  it("refuses a missing or malformed since, and an unknown place", async () => {
    for (const q of ["", "?since=2025-11", "?since=soon"]) {
      const r = await getJson(app, `/api/changes${q}`);
      assert.equal(r.status, 400, q);
      assert.equal(r.body.error.code, "bad-query");
    }
    assert.equal((await getJson(app, "/api/changes?since=2025-11-30&place=Atlantis")).status, 404);
    assert.equal((await app.request("/api/changes.atom?since=x")).status, 400);
  });

  it("stops at the as_of day when given one", async () => {
    const { body } = await getJson(app, "/api/changes?since=2025-11-30&as_of=2025-12-01");
    assert.ok(body.total > 0);
    assert.ok(body.items.every((c: ChangeBody) => c.day <= "2025-12-01"));
  });
});
