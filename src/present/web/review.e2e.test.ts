// Reviewing in a real browser (Debian Chromium via playwright-core), keyboard only: on the disputed share
// of Donetsk Oblast, j/a accepts one claim and j/r rejects the other; the status follows, each card says
// who decided it, the page lists its review history, and its Undo brings the rejected claim back.
// Screenshot: test/e2e/screenshots/review.png.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { createApp, startServer, type RunningServer } from "../http/index.js";
import { openBackend, seedsFolder, type Backend } from "./testing/e2e-backend.js";

const CHROMIUM = "/usr/bin/chromium";
const SHOTS = fileURLToPath(new URL("../../../test/e2e/screenshots/", import.meta.url));
const skip = !existsSync(CHROMIUM) ? `no ${CHROMIUM}: install it (apt-get install chromium) to run the browser tests` : seedsFolder() === null ? "seed articles not found" : false;

describe("reviewing in Chromium", { skip, timeout: 90_000 }, () => {
  let dir = "";
  let backend: Backend;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "fogline-review-e2e-"));
    mkdirSync(SHOTS, { recursive: true });
    backend = openBackend(join(dir, "ledger.db"));
    await backend.pipeline.ingest(backend.store, [seedsFolder()!]);
    server = await startServer({ app: createApp(backend), port: 0, host: "127.0.0.1" });
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
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

  it("logged no error", () => assert.deepEqual(problems, []));
});
