// SSRF: a server on loopback is never reached through any spelling of its address, nor by a name that
// resolves to it, unless private addresses are allowed.
import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { isFoglineError } from "../../claims/index.js";
import { fetchGuarded } from "./fetch-guarded.js";

let server: http.Server;
let port = 0;
let hits = 0;

before(async () => {
  server = http.createServer((_req, res) => { hits++; res.setHeader("content-type", "text/plain"); res.end("inside"); });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const SPELLINGS = ["127.0.0.1", "2130706433", "0x7f000001", "017700000001", "0177.0.0.1", "0x7f.0.0.1", "0x7f.1", "127.1", "127.0.1",
  "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[0:0:0:0:0:ffff:127.0.0.1]", "[::ffff:0:127.0.0.1]", "[64:ff9b::127.0.0.1]", "[::127.0.0.1]",
  "[2002:7f00:1::1]", "localhost", "LOCALHOST", "127.0.0.1.", "0", "0.0.0.0"];

describe("fetchGuarded refuses loopback in every spelling", () => {
  for (const host of SPELLINGS) {
    it(host, async () => {
      const before = hits;
      await assert.rejects(fetchGuarded(`http://${host}:${port}/`, { timeoutMs: 3000 }), (e: unknown) => isFoglineError(e) && e.code === "private-address");
      assert.equal(hits, before, "the server was not reached");
    });
  }

  it("reaches it when private addresses are allowed (the refusal above is the guard, not a failed connection)", async () => {
    const r = await fetchGuarded(`http://2130706433:${port}/`, { allowPrivateAddresses: true });
    assert.equal(r.body.toString(), "inside");
  });
});
