// DNS rebinding and cross-site writes: foreign Host values get 421, writes from other origins 403,
// and no answer carries CORS headers.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { startServer } from "./start-server.js";
import { fakeApp, postJson } from "./testing/fake-app.js";

const ARTICLE = { text: "Kyiv says Russia has 9 troops around Pokrovsk." };

describe("host allowlist", () => {
  it("answers loopback names and addresses", async () => {
    const { app } = await fakeApp();
    for (const host of ["localhost", "localhost:8080", "LOCALHOST.", "127.0.0.1", "127.0.0.1:8080", "127.1.2.3:80", "[::1]:8080", "[::1]"]) {
      assert.equal((await app.request("/api/propositions?limit=1", { headers: { host } })).status, 200, host);
    }
  });

  it("answers 421 for any other Host, on reads, writes and the web interface", async () => {
    const { app } = await fakeApp();
    for (const host of ["evil.example", "evil.example:8080", "localhost.evil.example", "127.0.0.1.evil.example", "10.0.0.5", "[::2]", "", "evil.example/path?x"]) {
      for (const [path, method] of [["/api/propositions", "GET"], ["/", "GET"], ["/api/documents", "POST"]] as const) {
        const res = await app.request(path, { method, headers: { host, "content-type": "application/json" }, ...(method === "POST" ? { body: JSON.stringify(ARTICLE) } : {}) });
        assert.equal(res.status, 421, `${method} ${path} Host: ${host}`);
        assert.equal((await res.json()).error.code, "host-refused");
      }
    }
  });

  it("answers the public URL's host and the hosts it was given, nothing else", async () => {
    const { app } = await fakeApp({ publicUrl: "https://ledger.example.org/fogline/", hosts: ["fogline.lan"] });
    for (const host of ["ledger.example.org", "ledger.example.org:443", "fogline.lan:8080", "localhost"]) {
      assert.equal((await app.request("/api/propositions?limit=1", { headers: { host } })).status, 200, host);
    }
    assert.equal((await app.request("/api/propositions?limit=1", { headers: { host: "example.org" } })).status, 421);
  });

  it("refuses a rebound name on a real socket, and answers the address it listens on", async () => {
    const server = await startServer({ app: (await fakeApp()).app, port: 0 });
    try {
      const { port } = new URL(server.url);
      const http = await import("node:http");
      const status = (host: string) => new Promise<number>((resolve, reject) => {
        http.get({ host: "127.0.0.1", port, path: "/api/propositions?limit=1", headers: { host } }, (res) => { res.resume(); resolve(res.statusCode ?? 0); }).on("error", reject);
      });
      assert.equal(await status(`evil.example:${port}`), 421);
      assert.equal(await status(`127.0.0.1:${port}`), 200);
      assert.equal(await status(`localhost:${port}`), 200);
    } finally {
      await server.close();
    }
  });
});

describe("cross-site writes", () => {
  it("refuses a write whose Origin is another site, null, or garbage", async () => {
    const { app } = await fakeApp();
    for (const origin of ["https://evil.example", "http://localhost.evil.example", "http://localhost:9999", "https://localhost", "null", "not a url"]) {
      const r = await postJson(app, "/api/documents", ARTICLE, { origin, host: "localhost" });
      assert.equal(r.status, 403, origin);
      assert.equal(r.body.error.code, "cross-site");
    }
  });

  it("refuses a write a browser marks cross-site, same-site or user-initiated", async () => {
    const { app } = await fakeApp();
    for (const site of ["cross-site", "same-site", "none"]) {
      assert.equal((await postJson(app, "/api/documents", ARTICLE, { "sec-fetch-site": site })).status, 403, site);
    }
    for (const method of ["PUT", "PATCH", "DELETE"]) {
      assert.equal((await app.request("/api/documents", { method, headers: { origin: "https://evil.example" } })).status, 403, method);
    }
  });

  it("accepts same-origin writes and writes from clients that send no Origin (curl)", async () => {
    const { app } = await fakeApp();
    assert.equal((await postJson(app, "/api/documents", ARTICLE, { origin: "http://localhost", host: "localhost", "sec-fetch-site": "same-origin" })).status, 201);
    assert.equal((await postJson(app, "/api/documents", { text: "Kyiv says Russia has 8 troops around Pokrovsk." })).status, 201);
    const { app: proxied } = await fakeApp({ publicUrl: "https://ledger.example.org/" });
    assert.equal((await postJson(proxied, "/api/documents", ARTICLE, { origin: "https://ledger.example.org", host: "127.0.0.1:8080" })).status, 201, "the public URL's origin, behind a proxy");
  });

  it("sends no CORS headers, to preflights or otherwise", async () => {
    const { app } = await fakeApp();
    for (const method of ["OPTIONS", "GET"]) {
      const res = await app.request("/api/propositions", { method, headers: { origin: "https://evil.example", "access-control-request-method": "POST" } });
      res.headers.forEach((_value, name) => assert.doesNotMatch(name, /^access-control-/i, `${method}: ${name}`));
    }
  });
});
