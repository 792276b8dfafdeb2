// Body limits on a real socket: a huge Content-Length is answered 413 before the body is read (on any
// route, whatever the client sends after the headers), and an aborted upload leaves one log line, no stack.
import assert from "node:assert/strict";
import net from "node:net";
import { after, before, describe, it } from "node:test";
import { startServer, type RunningServer } from "./start-server.js";
import { fakeApp } from "./testing/fake-app.js";

const FIFTY_MIB = 50 * 1024 * 1024;

/** Sends the head and `body`, then reads until the server closes or answers in full; the status line and body. */
function rawRequest(port: number, head: string, body: string, { abortAfterMs }: { abortAfterMs?: number } = {}): Promise<{ status: string; text: string; error?: string }> {
  return new Promise((resolve) => {
    let got = "";
    const socket = net.connect(port, "127.0.0.1", () => {
      socket.write(head);
      socket.write(body);
      if (abortAfterMs !== undefined) setTimeout(() => { socket.destroy(); resolve({ status: "", text: "" }); }, abortAfterMs);
    });
    const done = (error?: string) => resolve({ status: got.split("\r\n")[0] ?? "", text: got.slice(got.indexOf("\r\n\r\n") + 4), ...(error ? { error } : {}) });
    socket.on("data", (d) => {
      got += d;
      if (/\r\n\r\n[\s\S]*\}\s*$/.test(got)) { socket.destroy(); done(); }
    });
    socket.on("error", (e: NodeJS.ErrnoException) => done(e.code));
    socket.on("close", () => done());
  });
}

const head = (path: string, type: string, length: number) =>
  `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${type}\r\nContent-Length: ${length}\r\n\r\n`;

describe("body limits on a socket", () => {
  let server: RunningServer;
  let port: number;
  before(async () => {
    server = await startServer({ app: (await fakeApp()).app, port: 0 });
    port = Number(new URL(server.url).port);
  });
  after(() => server.close());

  for (const [path, type] of [["/api/documents", "application/json"], ["/api/documents", "multipart/form-data; boundary=xx"], ["/api/nope", "application/json"], ["/", "text/plain"]]) {
    it(`answers a 50 MiB Content-Length with 413 before reading the body: POST ${path} (${type.split(";")[0]})`, async () => {
      const r = await rawRequest(port, head(path, type, FIFTY_MIB), "x".repeat(256 * 1024));
      assert.equal(r.error, undefined, `no ${r.error}`);
      assert.match(r.status, /^HTTP\/1\.1 413 /);
      assert.equal(JSON.parse(r.text).error.code, "too-large");
      assert.match(JSON.parse(r.text).error.message, /limit of \d+(\.\d)? MiB/);
    });
  }

  it("refuses a Content-Length that is not a number", async () => {
    const r = await rawRequest(port, "POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1e9\r\n\r\n", "");
    assert.match(r.status, /^HTTP\/1\.1 (400|413) /);
  });

  it("logs an aborted upload in one line, without a stack trace", async () => {
    const logged: string[] = [];
    const original = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((s: string) => (logged.push(String(s)), true)) as typeof process.stderr.write;
    try {
      await rawRequest(port, head("/api/documents", "application/json", 1_000_000), `{"text": "${"x".repeat(100_000)}`, { abortAfterMs: 200 });
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      process.stderr.write = original;
    }
    const text = logged.join("");
    assert.match(text, /POST \/api\/documents: the client closed the connection/);
    assert.doesNotMatch(text, /\n\s+at /, "no stack frames");
    assert.equal(text.trim().split("\n").length, 1, text);
  });
});
