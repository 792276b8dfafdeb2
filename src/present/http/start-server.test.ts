import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { startServer } from "./start-server.js";
import { fakeApp } from "./testing/fake-app.js";

describe("startServer", () => {
  it("listens on loopback, answers, and closes", async () => {
    const server = await startServer({ app: (await fakeApp()).app, port: 0 });
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${server.url}/api/propositions?limit=1`);
      assert.equal(res.status, 200);
      assert.equal((await res.json()).items.length, 1);
      const page = await fetch(`${server.url}/`);
      assert.match(page.headers.get("content-security-policy") ?? "", /default-src 'self'/);
    } finally {
      await server.close();
    }
  });

  it("refuses to listen beyond loopback without a token", async () => {
    await assert.rejects(startServer({ app: (await fakeApp()).app, port: 0, host: "0.0.0.0" }), (e: Error & { code?: string; hint?: string }) => {
      assert.equal(e.code, "token-required");
      assert.match(e.hint ?? "", /--token|FOGLINE_TOKEN/);
      return true;
    });
    const server = await startServer({ app: (await fakeApp({ token: "t0ken" })).app, port: 0, host: "0.0.0.0" });
    await server.close();
  });

  it("says when the port is taken", async () => {
    const first = await startServer({ app: (await fakeApp()).app, port: 0 });
    const port = Number(new URL(first.url).port);
    try {
      await assert.rejects(startServer({ app: (await fakeApp()).app, port }), /port \d+ on 127\.0\.0\.1 is in use/);
    } finally {
      await first.close();
    }
  });
});
