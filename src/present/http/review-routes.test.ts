import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fakeApp, getJson, postJson } from "./testing/fake-app.js";

type App = Awaited<ReturnType<typeof fakeApp>>;

/** The id of the fixture claim whose evidence holds `words`. */
async function claimWith({ app }: App, words: string): Promise<any> {
  const { body } = await getJson(app, `/api/claims?q=${encodeURIComponent(words)}`);
  assert.ok(body.items.length > 0, `no claim with "${words}"`);
  return body.items[0];
}

const propositionOf = async ({ app }: App, claimId: string) =>
  (await getJson(app, "/api/propositions?limit=1000")).body.items.find((p: any) => p.claims.includes(claimId));

describe("review API", () => {
  it("corrects a field: the claim carries the reviewed value and says a person decided it", async () => {
    const ctx = await fakeApp();
    const claim = await claimWith(ctx, "170,000 troops");
    const r = await postJson(ctx.app, `/api/claims/${claim.id}/review`, { action: "correct", field: "figure", value: "150000", reviewer: "ana", note: "typo" });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.claim.value, 150000);
    const listed = (await getJson(ctx.app, "/api/claims?q=troops")).body.items.find((c: any) => c.id === claim.id);
    assert.equal(listed.value, 150000);
    assert.deepEqual(listed.review.decided, ["figure"]);
    assert.equal(listed.review.status, "corrected");
    const log = await getJson(ctx.app, `/api/claims/${claim.id}/reviews`);
    assert.equal(log.body.events.length, 1);
    assert.equal(log.body.events[0].before.value, 170000);
    assert.equal(log.body.events[0].reviewer, "ana");
    assert.equal(log.body.machine.value, 170000);
  });

  it("rejects a claim: it leaves its proposition and listings, is listed with with_rejected, and undo brings it back", async () => {
    const ctx = await fakeApp();
    const claim = await claimWith(ctx, "denied that Pokrovsk");
    const before = await propositionOf(ctx, claim.id);
    assert.equal(before.status, "disputed");
    const r = await postJson(ctx.app, `/api/claims/${claim.id}/review`, { action: "reject", reason: "not-a-claim" });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(await propositionOf(ctx, claim.id), undefined);
    const after = (await getJson(ctx.app, `/api/propositions/${before.id}`)).body;
    assert.notEqual(after.proposition?.status ?? after.status, "disputed");
    assert.ok(!(await getJson(ctx.app, "/api/claims?q=Pokrovsk")).body.items.some((c: any) => c.id === claim.id));
    const all = (await getJson(ctx.app, "/api/claims?q=Pokrovsk&with_rejected=1")).body.items.find((c: any) => c.id === claim.id);
    assert.equal(all.review.status, "rejected");
    assert.equal(all.review.reason, "not-a-claim");
    const history = await getJson(ctx.app, `/api/propositions/${before.id}/history`);
    assert.deepEqual(history.body.events.map((e: any) => e.action), ["reject"]);
    const undo = await postJson(ctx.app, `/api/reviews/${r.body.events[0].id}/undo`, {});
    assert.equal(undo.status, 200, JSON.stringify(undo.body));
    assert.equal((await propositionOf(ctx, claim.id)).status, "disputed");
    assert.deepEqual((await getJson(ctx.app, `/api/propositions/${before.id}/history`)).body.events.map((e: any) => e.action), ["reject", "undo"]);
  });

  it("adds a missed claim from a verbatim span, and refuses one that is not in the article", async () => {
    const ctx = await fakeApp();
    const text = "fighting continues in the city";
    const r = await postJson(ctx.app, "/api/documents/mt-2025-12-02/claims", { text, fields: { kind: "control/contested", place: "Pokrovsk", speaker: "Ukraine's General Staff" } });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const doc = (await getJson(ctx.app, "/api/documents/mt-2025-12-02")).body;
    assert.equal(doc.document.text.slice(r.body.claim.evidence.start, r.body.claim.evidence.end), text);
    assert.equal(r.body.claim.review.status, "added");
    assert.equal(r.body.claim.place.name, "Pokrovsk");
    assert.ok((await propositionOf(ctx, r.body.claim.id)), "the added claim is reconciled");
    const count = (await getJson(ctx.app, "/api/claims")).body.total;
    const bad = await postJson(ctx.app, "/api/documents/mt-2025-12-02/claims", { text: "fighting stopped in the city", fields: { kind: "control/contested" } });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, "bad-span");
    const again = await postJson(ctx.app, "/api/documents/mt-2025-12-02/claims", { text, fields: { kind: "control/contested", place: "Pokrovsk", speaker: "Ukraine's General Staff" } });
    assert.equal(again.status, 409);
    assert.equal((await postJson(ctx.app, "/api/documents/nowhere/claims", { text, fields: { kind: "control/contested" } })).status, 404);
    assert.equal((await getJson(ctx.app, "/api/claims")).body.total, count);
  });

  it("answers bad input with 4xx JSON and writes nothing", async () => {
    const ctx = await fakeApp();
    const claim = await claimWith(ctx, "170,000 troops");
    const cases: [unknown, number, string][] = [
      [{ action: "correct", field: "figure", value: "lots" }, 400, "bad-review-value"],
      [{ action: "correct", field: "colour", value: "red" }, 400, "bad-review-field"],
      [{ action: "correct", field: "side", value: 3 }, 400, "bad-review-value"],
      [{ action: "correct", field: "place", value: "Atlantis" }, 400, "unknown-place"],
      [{ action: "reject", reason: "boring" }, 400, "bad-reject-reason"],
      [{ action: "move" }, 400, "bad-review-action"],
      ['{"action": ', 400, "bad-json"],
    ];
    for (const [body, status, code] of cases) {
      const r = await postJson(ctx.app, `/api/claims/${claim.id}/review`, body);
      assert.equal(r.status, status, JSON.stringify(body));
      assert.equal(r.body.error.code, code, JSON.stringify(body));
    }
    const unknown = await postJson(ctx.app, "/api/claims/c-nope/review", { action: "accept" });
    assert.equal(unknown.status, 404);
    assert.equal((await postJson(ctx.app, "/api/reviews/rev_nope/undo", {})).status, 404);
    assert.equal((await getJson(ctx.app, "/api/claims/c-nope/reviews")).status, 404);
    assert.equal((await getJson(ctx.app, "/api/propositions/p-nope/history")).status, 404);
    assert.deepEqual(await ctx.store.reviewEvents(), []);
  });

  it("goes through the write guard: refused from another site, and without the token", async () => {
    const ctx = await fakeApp({ token: "s3cret" });
    const claim = await claimWith(ctx, "170,000 troops");
    assert.equal((await postJson(ctx.app, `/api/claims/${claim.id}/review`, { action: "accept" })).status, 401);
    assert.equal((await postJson(ctx.app, `/api/claims/${claim.id}/review`, { action: "accept" }, { authorization: "Bearer s3cret", origin: "https://evil.example" })).status, 403);
    assert.deepEqual(await ctx.store.reviewEvents(), []);
    const ok = await postJson(ctx.app, `/api/claims/${claim.id}/review`, { action: "accept" }, { authorization: "Bearer s3cret", "x-fogline-reviewer": "desk" });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.events[0].reviewer, "desk");
    const spec = (await getJson(ctx.app, "/api/openapi.json")).body;
    for (const path of ["/api/claims/{id}/review", "/api/documents/{id}/claims", "/api/reviews/{id}/undo", "/api/claims/{id}/reviews", "/api/propositions/{id}/history"]) assert.ok(spec.paths[path], path);
  });
});
