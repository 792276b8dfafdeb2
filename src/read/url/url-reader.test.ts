import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import zlib from "node:zlib";
import { collect } from "../test-helpers.js";
import { UrlReader } from "./url-reader.js";

const para = "The governor said two districts were without power after the overnight strike on the substation.";
const ROUTES: Record<string, (res: http.ServerResponse) => void> = {
  "/story.html": (res) => {
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end(`<html><head><title>Power cut</title><meta property="article:published_time" content="2025-11-05"></head>
      <body><nav>Menu</nav><article><p>${para}</p><p>${para}</p></article></body></html>`);
  },
  "/feed": (res) => {
    res.setHeader("content-type", "application/rss+xml");
    res.end(`<rss><channel><title>Local Wire</title><item><title>Item one</title><link>http://127.0.0.1:1/never-fetched</link><description>Feed body.</description></item></channel></rss>`);
  },
  "/notes.txt": (res) => {
    res.setHeader("content-type", "text/plain");
    res.end("line one\r\nline two\r\n");
  },
  "/gzip.txt": (res) => {
    res.setHeader("content-type", "text/plain");
    res.setHeader("content-encoding", "gzip");
    res.end(zlib.gzipSync("compressed text"));
  },
  "/moved": (res) => {
    res.statusCode = 302;
    res.setHeader("location", "/notes.txt");
    res.end();
  },
  "/big.txt": (res) => res.end("x".repeat(4096)),
  "/image.png": (res) => {
    res.setHeader("content-type", "image/png");
    res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  },
  "/slow": () => {
    // never answers
  },
};

let server: http.Server;
let base = "";
const requested: string[] = [];
before(async () => {
  server = http.createServer((req, res) => {
    requested.push(req.url ?? "");
    const route = ROUTES[req.url ?? ""];
    if (route) return route(res);
    res.statusCode = 404;
    res.end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const local = { allowPrivateAddresses: true, fetchTimeoutMs: 2000 };
const read = (url: string, options = {}) => collect(UrlReader.read(url, options));

const REFUSED = ["http://127.0.0.1/", "http://10.0.0.1/story", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://localhost:9/"];
for (const url of REFUSED) {
  test(`UrlReader refuses ${url} without fetching`, async () => {
    const { articles, problems } = await read(url);
    assert.deepEqual(articles, []);
    assert.equal(problems.length, 1);
    assert.match(problems[0].reason, /^refused: .* private, loopback or link-local address/);
    assert.doesNotMatch(problems[0].reason, /\n/);
  });
}

test("UrlReader refuses the local test server unless allowPrivateAddresses", async () => {
  const { problems } = await read(`${base}/story.html`);
  assert.match(problems[0].reason, /^refused/);
  assert.equal(requested.length, 0);
});

test("UrlReader reads a page: id from host+path, url, date, body", async () => {
  const { articles, problems } = await read(`${base}/story.html`, local);
  assert.deepEqual(problems, []);
  const [a] = articles;
  assert.equal(a.id, "127-0-0-1-story");
  assert.equal(a.url, `${base}/story.html`);
  assert.equal(a.title, "Power cut");
  assert.equal(a.published, "2025-11-05");
  assert.equal(a.outlet, "127.0.0.1");
  assert.equal(a.text, `${para}\n\n${para}`);
});

test("UrlReader reads a feed by its content and never fetches item links", async () => {
  const before = requested.length;
  const { articles } = await read(`${base}/feed`, local);
  assert.deepEqual(articles.map((a) => [a.id, a.outlet, a.url, a.text]), [["item-one", "Local Wire", "http://127.0.0.1:1/never-fetched", "Feed body."]]);
  assert.deepEqual(requested.slice(before), ["/feed"]);
});

test("UrlReader reads plain text, follows redirects and decompresses", async () => {
  assert.equal((await read(`${base}/notes.txt`, local)).articles[0].text, "line one\nline two\n");
  const moved = (await read(`${base}/moved`, local)).articles[0];
  assert.deepEqual([moved.text, moved.url], ["line one\nline two\n", `${base}/notes.txt`]);
  assert.equal((await read(`${base}/gzip.txt`, local)).articles[0].text, "compressed text");
});

const FAILURES: [string, object, RegExp][] = [
  ["/missing", local, /^HTTP 404/],
  ["/big.txt", { ...local, maxFetchBytes: 1024 }, /^too large/],
  ["/image.png", local, /^binary file|^unsupported content type/],
  ["/slow", { ...local, fetchTimeoutMs: 300 }, /^timed out/],
  ["/story.html", { ...local, allowFetch: false }, /^fetching is turned off/],
];
for (const [route, options, reason] of FAILURES) {
  test(`UrlReader: ${route} is a one-line problem matching ${reason}`, async () => {
    const { articles, problems } = await read(`${base}${route}`, options);
    assert.deepEqual(articles, []);
    assert.equal(problems.length, 1);
    assert.match(problems[0].reason, reason);
  });
}
