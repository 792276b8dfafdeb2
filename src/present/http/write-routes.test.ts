import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { HOSTILE_TEXT } from "./testing/fixtures.js";
import { fakeApp, getJson, postJson } from "./testing/fake-app.js";

const upload = (files: { name: string; text: string }[], fields: Record<string, string> = {}) => {
  const form = new FormData();
  for (const f of files) form.append("file", new File([f.text], f.name, { type: "text/plain" }));
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return { method: "POST", body: form };
};

describe("POST /api/documents", () => {
  it("ingests pasted text and its claims appear at once", async () => {
    const { app } = await fakeApp();
    const before = (await getJson(app, "/api/claims?place=Kostiantynivka")).body.total;
    const r = await postJson(app, "/api/documents", { text: "Russia's Defense Ministry said it captured Kostiantynivka.", outlet: "Test Wire", published: "2025-12-05" });
    assert.equal(r.status, 201);
    assert.equal(r.body.added, 1);
    assert.equal(r.body.documents[0].claims, 1);
    assert.equal((await getJson(app, "/api/claims?place=Kostiantynivka")).body.total, before + 1);
    const doc = await getJson(app, `/api/documents/${r.body.documents[0].id}`);
    assert.equal(doc.body.document.outlet, "Test Wire");
    const again = await postJson(app, "/api/documents", { text: "Russia's Defense Ministry said it captured Kostiantynivka." });
    assert.equal(again.status, 200);
    assert.equal(again.body.duplicates, 1);
  });

  it("stores hostile markup as text, unchanged", async () => {
    const { app } = await fakeApp();
    const r = await postJson(app, "/api/documents", { text: HOSTILE_TEXT });
    const doc = await getJson(app, `/api/documents/${r.body.documents[0].id}`);
    assert.equal(doc.body.document.text, HOSTILE_TEXT);
  });

  it("ingests uploaded .txt and .html files with the form's metadata", async () => {
    const { app } = await fakeApp();
    const res = await app.request("/api/documents", upload([
      { name: "../../etc/kramatorsk report.txt", text: "Kyiv says Russia has 50,000 troops around Kramatorsk." },
      { name: "huliaipole.html", text: "<html><body><p>Russia's Defense Ministry said it captured Huliaipole.</p><script>x()</script></body></html>" },
    ], { outlet: "Upload Daily", published: "2025-12-01" }));
    const body = await res.json();
    assert.equal(res.status, 201, JSON.stringify(body));
    assert.equal(body.added, 2);
    assert.deepEqual(body.documents.map((d: { id: string }) => d.id).sort(), ["huliaipole", "kramatorsk_report"]);
    const doc = await getJson(app, "/api/documents/kramatorsk_report");
    assert.equal(doc.body.document.outlet, "Upload Daily");
    assert.equal(doc.body.document.published, "2025-12-01");
  });

  it("refuses other file types with 415", async () => {
    const { app } = await fakeApp();
    const res = await app.request("/api/documents", upload([{ name: "x.exe", text: "MZ" }]));
    assert.equal(res.status, 415);
    assert.equal((await res.json()).error.code, "unsupported-file");
  });

  it("checks published as the manifest does: impossible dates are a 400 and store nothing, future ones a warning", async () => {
    const { app } = await fakeApp();
    const count = async () => (await getJson(app, "/api/documents?limit=1000")).body.items.length as number;
    const before = await count();
    assert.ok(before > 0);
    for (const published of ["2025-13-45", "9999-99-99"]) {
      assert.equal((await postJson(app, "/api/documents", { text: `Kyiv says Russia has 7 troops around Pokrovsk in ${published}.`, published })).status, 400, published);
      const form = new FormData();
      form.append("file", new File(["Kyiv says Russia has 3 troops around Pokrovsk."], "a.txt", { type: "text/plain" }));
      form.append("published", published);
      assert.equal((await app.request("/api/documents", { method: "POST", body: form })).status, 400, `upload ${published}`);
    }
    assert.equal(await count(), before, "nothing stored");
    const future = await postJson(app, "/api/documents", { text: "Kyiv says Russia has 5 troops around Pokrovsk.", published: "2099-01-01" });
    assert.equal(future.status, 201);
    assert.match(future.body.warnings?.[0] ?? "", /2099-01-01 is after today/);
  });

  it("answers malformed JSON and bad bodies with 400 and a message", async () => {
    const { app } = await fakeApp();
    const broken = await postJson(app, "/api/documents", '{"text": "unterminated');
    assert.equal(broken.status, 400);
    assert.equal(broken.body.error.code, "bad-json");
    assert.match(broken.body.error.message, /malformed JSON/);
    assert.equal((await postJson(app, "/api/documents", [1, 2])).status, 400);
    assert.equal((await postJson(app, "/api/documents", { text: "  " })).status, 400);
    assert.equal((await postJson(app, "/api/documents", { text: "x", published: "last week" })).status, 400);
    for (const published of ["2025-13-45", "9999-99-99", "2025-02-30"]) {
      const r = await postJson(app, "/api/documents", { text: "Kyiv says Russia has 9 troops around Pokrovsk.", published });
      assert.equal(r.status, 400, published);
      assert.match(r.body.error.message, /real date/);
    }
    const form = await app.request("/api/documents", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" }, body: "--x\r\ngarbage" });
    assert.equal(form.status, 400);
    assert.equal((await form.json()).error.code, "bad-form");
    const plain = await app.request("/api/documents", { method: "POST", headers: { "content-type": "text/plain" }, body: "hello" });
    assert.equal(plain.status, 415);
  });

  it("answers bodies over the limit with 413 JSON", async () => {
    const { app } = await fakeApp({ limits: { jsonBytes: 1000, uploadBytes: 2000 } });
    const big = await postJson(app, "/api/documents", { text: "a".repeat(5000) });
    assert.equal(big.status, 413);
    assert.equal(big.body.error.code, "too-large");
    assert.match(big.body.error.message, /limit/);
    const res = await app.request("/api/documents", upload([{ name: "big.txt", text: "b".repeat(5000) }]));
    assert.equal(res.status, 413);
    assert.equal((await res.json()).error.code, "too-large");
  });

  it("refuses URLs on loopback, private and link-local addresses, and other schemes", async () => {
    const { app } = await fakeApp();
    for (const url of ["http://127.0.0.1:8080/x", "http://localhost/x", "http://10.1.2.3/", "http://169.254.169.254/latest/meta-data", "http://[::1]/", "http://[::ffff:127.0.0.1]/", "file:///etc/passwd"]) {
      const r = await postJson(app, "/api/documents", { url });
      assert.equal(r.status, 400, url);
      assert.equal(r.body.error.code, "url-refused", url);
    }
    assert.equal((await postJson(app, "/api/documents", { url: "not a url" })).body.error.code, "bad-url");
  });
});

describe("write protection", () => {
  it("needs the bearer token for writes when one is set, not for reads", async () => {
    const { app } = await fakeApp({ token: "s3cret" });
    assert.equal((await getJson(app, "/api/propositions")).status, 200);
    const none = await postJson(app, "/api/documents", { text: "x" });
    assert.equal(none.status, 401);
    assert.match(none.body.error.hint, /Bearer/);
    assert.equal((await postJson(app, "/api/documents", { text: "x" }, { authorization: "Bearer wrong" })).status, 401);
    assert.equal((await postJson(app, "/api/documents", { text: "Kyiv says Russia has 9 troops around Pokrovsk." }, { authorization: "Bearer s3cret" })).status, 201);
    assert.equal((await getJson(app, "/api/status")).body.writeNeedsToken, true);
  });

  it("refuses writes from another site", async () => {
    const { app } = await fakeApp();
    const r = await postJson(app, "/api/documents", { text: "x" }, { origin: "https://evil.example" });
    assert.equal(r.status, 403);
    assert.equal((await postJson(app, "/api/documents", { text: "x" }, { "sec-fetch-site": "cross-site" })).status, 403);
    const same = await postJson(app, "/api/documents", { text: "Kyiv says Russia has 9 troops around Pokrovsk." }, { origin: "http://localhost", host: "localhost" });
    assert.equal(same.status, 201);
  });
});

describe("errors and headers", () => {
  it("never sends a stack trace", async () => {
    const { app, store } = await fakeApp();
    store.propositions = () => { throw new Error("boom at /secret/path.ts:12"); };
    const logged: string[] = [];
    const original = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((s: string) => (logged.push(s), true)) as typeof process.stderr.write;
    const res = await app.request("/api/propositions");
    process.stderr.write = original;
    const text = await res.text();
    assert.equal(res.status, 500);
    assert.doesNotMatch(text, /boom|secret|\.ts/);
    assert.equal(JSON.parse(text).error.code, "internal");
    assert.match(logged.join(""), /boom/);
  });

  it("sends a strict Content-Security-Policy with every response", async () => {
    const { app } = await fakeApp();
    for (const path of ["/", "/api/propositions", "/api/nope"]) {
      const csp = (await app.request(path)).headers.get("content-security-policy") ?? "";
      assert.match(csp, /default-src 'self'/, path);
      assert.match(csp, /script-src 'self'(;|$)/, path);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, path);
    }
  });
});
