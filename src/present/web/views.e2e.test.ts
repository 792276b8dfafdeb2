// What an analyst sees on a ledger longer than one page, in a real browser (Debian Chromium via
// playwright-core): lists that page with their totals, a long place timeline paged, an ambiguous place
// answered with its candidates, the free text through the place lookup, a bad date said, charts that
// join no figures, print ISO dates and show the figure as said on hover. Screenshots go to
// test/e2e/screenshots/ (git-ignored), at laptop and phone widths.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { createApp, startServer, type RunningServer } from "../http/index.js";
import { browserSkip, launchPage, SHOTS } from "./testing/browser.js";
import { openBackend, seedsFolder, type Backend } from "./testing/e2e-backend.js";

const skip = browserSkip();

/** More articles than a page of documents (100), and more Pokrovsk control claims than a page of its timeline (100). */
const BULK = 130;
const bulkArticle = (i: number) => {
  const tag = String.fromCharCode(97 + (i % 26)) + String.fromCharCode(97 + Math.floor(i / 26));
  return [`Front report ${tag}`, "", "Russia's Defense Ministry said on Tuesday that its forces had captured Pokrovsk."].join("\n");
};

describe("long lists, places and charts in Chromium", { skip, timeout: 240_000 }, () => {
  let dir = "";
  let backend: Backend;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let problems: string[] = [];
  const shot = async (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "fogline-views-"));
    backend = openBackend(join(dir, "ledger.db"));
    await backend.pipeline.ingest(backend.store, [seedsFolder()!]);
    const bulk = join(dir, "bulk");
    mkdirSync(bulk);
    const manifest: Record<string, { outlet: string; published: string }> = {};
    for (let i = 0; i < BULK; i++) {
      writeFileSync(join(bulk, `front-${i}.txt`), bulkArticle(i));
      manifest[`front-${i}`] = { outlet: "Bulk Wire", published: new Date(Date.UTC(2025, 0, 1) + i * 86400_000).toISOString().slice(0, 10) };
    }
    writeFileSync(join(bulk, "manifest.json"), JSON.stringify(manifest));
    await backend.pipeline.ingest(backend.store, [bulk]);
    server = await startServer({ app: createApp(backend), port: 0, host: "127.0.0.1" });
    ({ browser, page, problems } = await launchPage());
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await backend?.store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("pages through the documents, never claiming fewer than are stored", async () => {
    const stored = (await backend.store.articles({ limit: 10_000 })).length;
    assert.ok(stored > 100, `${stored} articles, more than one page`);
    await page.goto(`${server.url}/#/documents`);
    await page.locator("table.documents tbody tr").first().waitFor();
    assert.equal(await page.locator("table.documents tbody tr").count(), 100);
    assert.equal(await page.locator(".lede").innerText().then((t) => t.startsWith("More than 100 articles")), true, "the first page does not pass for the whole");
    assert.equal(await page.locator(".pager-text").first().innerText(), "Showing 1–100 of more than 100 articles.");
    await shot("documents-page-1");
    await page.locator(".pager-next").first().click();
    await page.waitForFunction(() => location.hash.includes("offset=100"));
    await page.locator(".pager-text", { hasText: `Showing 101–${stored} of ${stored} articles.` }).first().waitFor();
    assert.equal(await page.locator("table.documents tbody tr").count(), stored - 100);
    assert.match(await page.locator(".lede").innerText(), new RegExp(`^${stored} articles in the ledger`));
    assert.equal(await page.locator(".pager-next").count(), 0, "no next page after the last");
    await page.locator(".pager-prev").first().click();
    await page.locator(".pager-text", { hasText: "Showing 1–100" }).first().waitFor();
  });

  it("pages a long place timeline instead of one endless page", async () => {
    await page.goto(`${server.url}/#/places/Pokrovsk`);
    await page.locator("ol.timeline li").first().waitFor();
    const total = Number((await page.locator(".place-timeline h2").innerText()).match(/\(([\d,]+)\)/)![1]!.replace(/,/g, ""));
    assert.ok(total > 100, `Pokrovsk has ${total} timeline entries`);
    assert.equal(await page.locator("ol.timeline > li").count(), 100);
    assert.equal(await page.locator(".place-timeline .pager-text").first().innerText(), `Showing 1–100 of ${total} claims.`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await shot("place-paged");
    await page.screenshot({ path: join(SHOTS, "place-timeline-head.png") });
    await page.locator(".place-timeline .pager-next").first().click();
    await page.waitForFunction(() => location.hash.includes("offset=100"));
    await page.locator(".place-timeline .pager-text", { hasText: `Showing 101–${Math.min(200, total)} of ${total} claims.` }).first().waitFor();
    assert.equal(await page.locator("ol.timeline > li").count(), Math.min(100, total - 100));
    assert.equal(await page.locator("ol.timeline").getAttribute("start"), "101", "numbering goes on from the first page");
    assert.ok(height < 100 * 400, `page 1 is ${height}px tall`);
  });

  it("answers an ambiguous place with its candidates, and an unknown one with close names", async () => {
    await page.goto(`${server.url}/#/places/Donetsk`);
    const list = page.locator(".place-chooser-list");
    await list.waitFor();
    assert.match(await page.locator(".place-note").innerText(), /^“Donetsk” names 3 places\. Which one\?$/);
    const labels = (await list.locator("li").allInnerTexts()).map((t) => t.trim());
    assert.ok(labels.some((t) => /^Donetsk Oblast · \d+ claims?$/.test(t)), labels.join(" | "));
    assert.ok(labels.some((t) => /Rostov Oblast/.test(t)), "the Russian town too");
    await shot("place-ambiguous");
    await list.getByRole("link", { name: "Donetsk Oblast", exact: true }).click();
    await page.locator("h1", { hasText: "Donetsk Oblast" }).waitFor();
    await page.locator("ol.timeline, .figures").first().waitFor();
    await page.goto(`${server.url}/#/places/Pokrovskx`);
    await page.locator(".place-note", { hasText: "No place called “Pokrovskx”" }).waitFor();
    await page.getByRole("link", { name: "Pokrovsk" }).first().click();
    await page.locator("h1", { hasText: /^Pokrovsk$/ }).waitFor();
  });

  it("draws each figure as points with low–high bars, ISO dates, and the figure as said on hover", async () => {
    await page.goto(`${server.url}/#/places/Pokrovsk`);
    const charts = page.locator(".figure-series svg.figure-svg");
    await charts.first().waitFor();
    const series = (await (await page.request.get(`${server.url}/api/places/Pokrovsk/timeline?limit=1`)).json()).figures as { points: { text: string; claim: string }[]; scope: unknown }[];
    assert.equal(await charts.count(), series.length, "one chart per series");
    assert.equal(await page.locator(".figure-series svg path, .figure-series svg polyline").count(), 0, "no line joins two figures");
    assert.equal(await page.locator(".figure-series svg .point").count(), series.reduce((n, s) => n + s.points.length, 0));
    const ticks = await page.locator(".figure-series svg .tick.x").allTextContents();
    assert.ok(ticks.length > 0);
    for (const t of ticks) assert.match(t, /^\d{4}(-\d{2}(-\d{2})?)?$/, `axis date ${t}`);
    const over = series.flatMap((s) => s.points).find((p) => p.text === "over 6,500 people");
    assert.ok(over, "the seed's 'over 6,500' figure is a point");
    const point = page.locator(`.figure-series svg .point[data-claim="${over.claim}"]`).first();
    await point.scrollIntoViewIfNeeded();
    await point.hover();
    const tip = page.locator(".chart-tip:not([hidden])");
    await tip.waitFor();
    assert.match(await tip.innerText(), /^over 6,500 people · 2025-11\n/);
    assert.match(await tip.innerText(), /“.*6,500.*”/s, "the evidence");
    await tip.screenshot({ path: join(SHOTS, "chart-tooltip.png") });
    await page.mouse.move(0, 0);
    await page.locator(".figures").screenshot({ path: join(SHOTS, "place-charts.png") });
  });

  it("finds Pokrovsk's propositions from its former name in the free-text box", async () => {
    await page.goto(`${server.url}/#/`);
    await page.locator("table.ledger tbody tr").first().waitFor();
    await page.getByLabel("Text").fill("Krasnoarmeysk");
    await page.locator(".place-note.text-place", { hasText: "“Krasnoarmeysk” is Pokrovsk (Donetsk Oblast): the propositions about it are shown too." }).waitFor();
    await page.waitForFunction(() => Array.from(document.querySelectorAll("table.ledger tbody td[data-label=Place]")).some((td) => td.textContent === "Pokrovsk"));
    await shot("ledger-text-place");
  });

  it("says when a From or To box holds no date, and does not filter by it", async () => {
    await page.goto(`${server.url}/#/`);
    await page.locator("table.ledger tbody tr").first().waitFor();
    const rows = await page.locator("table.ledger tbody tr").count();
    await page.getByLabel("From").fill("2025-13");
    const note = page.locator(".date-problem:not([hidden])");
    await note.waitFor();
    assert.equal(await note.innerText(), "From “2025-13” is not a date: type YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-11. It is not applied.");
    assert.equal(await page.getByLabel("From").getAttribute("aria-invalid"), "true");
    await page.waitForTimeout(400);
    assert.equal(await page.locator("table.ledger tbody tr").count(), rows, "the rows stay, unfiltered");
    await shot("ledger-bad-date");
    await page.getByLabel("From").fill("2025-11");
    await page.waitForFunction(() => document.querySelector(".date-problem")?.hasAttribute("hidden"));
    assert.ok((await page.locator("table.ledger tbody tr").count()) < rows, "a good date filters");
  });

  it("holds the paged views at phone width", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [path, name] of [["#/documents", "phone-documents"], ["#/places/Pokrovsk", "phone-place-paged"], ["#/places/Donetsk", "phone-place-ambiguous"]] as const) {
      await page.goto(`${server.url}/${path}`);
      await page.locator(".pager, .place-chooser-list").first().waitFor();
      await page.waitForTimeout(150);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, `${path} wider than the screen by ${overflow}px`);
      await shot(name);
    }
    assert.deepEqual(problems, []);
  });
});
