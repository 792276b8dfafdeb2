// Conditional requests: the validators a server gives come back with the body, and sent again they are
// answered 304 with nothing to read.
import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { fetchGuarded } from "./fetch-guarded.js";

const LAST_MODIFIED = "Fri, 14 Nov 2025 10:00:00 GMT";
const seen: { ifNoneMatch?: string; ifModifiedSince?: string }[] = [];
let server: http.Server;
let base = "";

before(async () => {
  server = http.createServer((req, res) => {
    seen.push({ ifNoneMatch: req.headers["if-none-match"], ifModifiedSince: req.headers["if-modified-since"] });
    if (req.url === "/etag") {
      res.setHeader("etag", '"v7"');
      if (req.headers["if-none-match"] === '"v7"') { res.statusCode = 304; return res.end(); }
    } else {
      res.setHeader("last-modified", LAST_MODIFIED);
      if (req.headers["if-modified-since"] === LAST_MODIFIED) { res.statusCode = 304; return res.end(); }
    }
    res.setHeader("content-type", "application/rss+xml");
    res.end("<rss></rss>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("fetchGuarded conditional requests", () => {
  it("gives the ETag, and answers 304 with an empty body when it is sent back", async () => {
    const first = await fetchGuarded(`${base}/etag`, { allowPrivateAddresses: true });
    assert.deepEqual([first.status, first.etag, first.lastModified, first.body.toString()], [200, '"v7"', null, "<rss></rss>"]);
    const again = await fetchGuarded(`${base}/etag`, { allowPrivateAddresses: true, ifNoneMatch: first.etag });
    assert.deepEqual([again.status, again.body.length, again.etag], [304, 0, '"v7"']);
    assert.equal(seen.at(-1)?.ifNoneMatch, '"v7"');
  });

  it("sends If-Modified-Since from Last-Modified, and nothing when there is nothing to send", async () => {
    const first = await fetchGuarded(`${base}/dated`, { allowPrivateAddresses: true, ifNoneMatch: null });
    assert.deepEqual([first.status, first.lastModified], [200, LAST_MODIFIED]);
    assert.deepEqual(seen.at(-1), { ifNoneMatch: undefined, ifModifiedSince: undefined });
    const again = await fetchGuarded(`${base}/dated`, { allowPrivateAddresses: true, ifModifiedSince: first.lastModified });
    assert.equal(again.status, 304);
  });
});
