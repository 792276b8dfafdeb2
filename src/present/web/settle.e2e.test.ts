// Settling and track records in a real browser (Debian Chromium via playwright-core): on the seed capture of
// Pokrovsk, the proposition page's form settles it true from 2025-12-01; the sources page and each source's
// page then show the Russian government's claim held and Ukraine's denial did not; Undo takes it back.
// Screenshots: test/e2e/screenshots/settle-*.png.
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

describe("settling and track records in Chromium", { skip, timeout: 90_000 }, () => {
  let dir = "";
  let backend: Backend;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let problems: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "fogline-settle-e2e-"));
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

  it("settles the capture of Pokrovsk from its page; the sources' records follow, and Undo takes it back", async () => {
    const capture = (await backend.store.propositions({ kind: "control", place: "Pokrovsk", status: "disputed" }))
      .find((p) => p.measure === "controls" && p.side === "RU" && p.time?.start === "2025-12-01");
    assert.ok(capture, "the seeds dispute the capture of Pokrovsk");
    const russia = capture.primary_sources.find((s) => s.side === "RU" && s.stance === "asserted")!;
    const ukraine = capture.primary_sources.find((s) => s.side === "UA" && s.stance === "denied")!;
    assert.ok(russia && ukraine);

    await page.goto(`${server.url}/#/propositions/${capture.id}`);
    await page.locator(".settlement").waitFor();
    assert.match(await page.locator(".settlement-state").textContent() ?? "", /Not settled/);
    // A bad date is refused beside the button, and nothing is written.
    await page.locator(".settle-form [name=from]").fill("2025-12-41");
    await page.locator(".settle-form [name=basis]").fill("geolocated footage");
    await page.locator(".settle-form button[type=submit]").click();
    await page.locator(".settlement .review-status.error", { hasText: /bad date/ }).waitFor();
    assert.deepEqual(await backend.store.settlementEvents(), []);

    await page.locator(".settle-form [name=from]").fill("2025-12-01");
    await page.locator(".settle-form [name=holds]").selectOption("true");
    await page.locator(".settle-form [name=link]").fill("https://example.org/flag-over-pokrovsk");
    await page.locator(".settle-form button[type=submit]").click();
    await page.locator(".settlement-state.settled-true").waitFor();
    assert.match(await page.locator(".settlement-state").textContent() ?? "", /Settled true from 2025-12-01, on geolocated footage/);
    await page.screenshot({ path: join(SHOTS, "settle-proposition.png"), fullPage: true });

    // The sources page: the Russian government held, Ukraine's government did not.
    await page.locator("nav a[data-nav=sources]").click();
    await page.locator("table.sources-table").waitFor();
    const rowOf = (name: string) => page.locator("table.sources-table tbody tr", { has: page.locator(`td[data-label=Source] a`, { hasText: new RegExp(`^${name}$`) }) });
    assert.equal((await rowOf(russia.name).locator("td[data-label=Held]").textContent())?.trim(), "1");
    assert.equal((await rowOf(ukraine.name).locator("td[data-label='Did not hold']").textContent())?.trim(), "1");
    await page.screenshot({ path: join(SHOTS, "settle-sources.png"), fullPage: true });

    await rowOf(ukraine.name).locator("td[data-label=Source] a").click();
    await page.locator("table.record").waitFor();
    assert.match(await page.locator("h1").textContent() ?? "", new RegExp(ukraine.name));
    const entry = page.locator("table.record tbody tr", { hasText: /Pokrovsk/ });
    assert.match(await entry.locator("td[data-label=Outcome]").textContent() ?? "", /did not hold/);
    assert.match(await entry.locator("td[data-label=Stance]").textContent() ?? "", /denied/);
    assert.match(await entry.locator("td[data-label=Settled]").textContent() ?? "", /true from 2025-12-01/);
    assert.match(await page.locator(".record-summary").textContent() ?? "", /0 of 1 settled claim held, 1 did not/);
    await page.screenshot({ path: join(SHOTS, "settle-source.png"), fullPage: true });

    // From the record back to the proposition, and Undo: the record empties.
    await entry.locator("td[data-label=Proposition] a").click();
    await page.locator(".settlement-state.settled-true").waitFor();
    await page.locator(".settlement button.undo").click();
    await page.locator(".settlement-state", { hasText: /Not settled/ }).waitFor();
    await page.goto(`${server.url}/#/sources/${encodeURIComponent(russia.name)}?side=RU`);
    await page.locator(".record-summary").waitFor();
    assert.match(await page.locator(".record-summary").textContent() ?? "", /nothing settled yet/);
    assert.equal((await backend.store.settlementEvents()).length, 2, "settle and its undo, both kept");
    assert.deepEqual(problems.filter((p) => !/status of 400/.test(p)), []);
  });
});
