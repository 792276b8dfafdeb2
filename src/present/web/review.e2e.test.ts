// Reviewing in a real browser (Debian Chromium via playwright-core), keyboard only: on the disputed share
// of Donetsk Oblast, j/a accepts one claim and j/r rejects the other; the status follows, each card says
// who decided it, the page lists its review history, and its Undo brings the rejected claim back.
// A missed claim is added by selecting its words in the article. Screenshots: test/e2e/screenshots/review*.png.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { createApp, startServer, type RunningServer } from "../http/index.js";
import { browserSkip, launchPage, SHOTS } from "./testing/browser.js";
import { openBackend, seedsFolder, type Backend } from "./testing/e2e-backend.js";

const skip = browserSkip();

describe("reviewing in Chromium", { skip, timeout: 90_000 }, () => {
  let dir = "";
  let backend: Backend;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let problems: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "fogline-review-e2e-"));
    backend = openBackend(join(dir, "ledger.db"));
    await backend.pipeline.ingest(backend.store, [seedsFolder()!]);
    server = await startServer({ app: createApp(backend), port: 0, host: "127.0.0.1" });
    ({ browser, page, problems } = await launchPage());
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await backend?.store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("accepts and rejects with the keyboard; the status, the marks and the history follow", async () => {
    const [share] = (await backend.store.propositions({ kind: "area", status: "disputed" })).filter((p) => p.measure === "share");
    assert.ok(share, "the seeds dispute the share of Donetsk Oblast");
    await page.goto(`${server.url}/#/propositions/${share.id}`);
    await page.locator(".review-history").waitFor();
    assert.equal(await page.locator(".facts .status-disputed").count(), 1);
    assert.equal(await page.locator("article.claim .review-mark.machine").count(), 2);
    const cards = page.locator("article.claim");
    const texts = await cards.allTextContents();
    const rejectAt = texts.findIndex((t) => /14 percent/.test(t));
    const acceptAt = 1 - rejectAt;
    assert.ok(rejectAt >= 0);

    for (let i = 0; i <= acceptAt; i++) await page.keyboard.press("j");
    await page.keyboard.press("a");
    await page.locator(".review-history li").first().waitFor();
    await page.locator("article.claim .review-mark.review-accepted").waitFor();
    assert.equal(await page.locator(".facts .status-disputed").count(), 1, "accepting changes no status");

    // The page was shown again after the accept: the selection starts over.
    for (let i = 0; i <= rejectAt; i++) await page.keyboard.press("j");
    await page.locator("article.claim.selected", { hasText: /14 percent/ }).waitFor();
    await page.keyboard.press("r");
    await page.locator(".review-history li", { hasText: /rejected/ }).waitFor();
    assert.equal(await page.locator(".facts .status-disputed").count(), 0, "no longer disputed");
    assert.equal(await page.locator("article.claim").count(), 1);
    assert.match(await page.locator("article.claim .review-mark").textContent() ?? "", /Accepted by web/);
    assert.deepEqual(await page.locator(".review-history li").evaluateAll((li) => li.map((x) => /accepted/.test(x.textContent ?? "") ? "accept" : /rejected/.test(x.textContent ?? "") ? "reject" : "?")), ["accept", "reject"]);
    await page.screenshot({ path: join(SHOTS, "review.png"), fullPage: true });

    // Undo the rejection from the history: the claim is back and the proposition disputed again.
    await page.locator(".review-history li", { hasText: /rejected/ }).locator("button.undo").click();
    await page.locator(".review-history li", { hasText: /undid/ }).waitFor();
    assert.equal(await page.locator(".facts .status-disputed").count(), 1, "disputed again");
    assert.equal(await page.locator("article.claim").count(), 2);
    assert.equal(await page.locator(".review-history li.undone").count(), 1);

    const log = await backend.store.reviewEvents();
    assert.deepEqual(log.map((e) => [e.action, e.reviewer]), [["accept", "web"], ["reject", "web"], ["undo", "web"]]);
    assert.equal((await backend.store.proposition(share.id))?.status, "disputed");
  });

  it("adds a missed claim from a selection in the article", async () => {
    const doc = "002_b9ed40c8718096b7";
    const words = "fighting in Pokrovsk was still ongoing";
    await page.goto(`${server.url}/#/documents/${doc}`);
    await page.locator("form.add-claim").waitFor();
    const before = (await backend.store.claims({ doc })).length;
    // Select the words as a reader would drag over them (they may run across a claim's mark).
    await page.evaluate((wanted) => {
      const box = document.querySelector(".article-text")!;
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const all = nodes.map((n) => n.data).join("");
      const at = all.indexOf(wanted);
      const point = (offset: number): [Text, number] => {
        for (const n of nodes) { if (offset <= n.data.length) return [n, offset]; offset -= n.data.length; }
        throw new Error("past the text");
      };
      const range = document.createRange();
      range.setStart(...point(at));
      range.setEnd(...point(at + wanted.length));
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    }, words);
    await page.locator(".selection-preview", { hasText: words }).waitFor();
    await page.getByLabel("Kind").selectOption("control/contested");
    await page.getByLabel("Place").fill("Pokrovsk");
    await page.getByLabel("Speaker").fill("Ukrainian forces");
    await page.getByRole("button", { name: "Add claim" }).click();
    await page.locator(".claim-item .review-added").waitFor();
    await page.screenshot({ path: join(SHOTS, "review-add.png") });
    const added = (await backend.store.claims({ doc })).filter((c) => c.review?.status === "added");
    assert.equal((await backend.store.claims({ doc })).length, before + 1);
    assert.equal(added.length, 1);
    assert.equal(added[0].evidence.text, words);
    assert.equal((await backend.store.article(doc))!.text.slice(added[0].evidence.start, added[0].evidence.end), words);
    assert.equal(added[0].place?.name, "Pokrovsk");
  });

  it("logged no error", () => assert.deepEqual(problems, []));
});
