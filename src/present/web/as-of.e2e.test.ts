// The "as of" control in a real browser (Debian Chromium via playwright-core), on the seed articles: the
// ledger, a place page and the map as they stood on 30 November 2025 and on 2 December 2025, the day kept
// across links, back to today; and the Atom feed parsed by the browser's strict XML parser.
// Screenshots go to test/e2e/screenshots/ (git-ignored).
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

describe("the ledger as of a day, in Chromium", { skip, timeout: 90_000 }, () => {
  let dir = "";
  let backend: Backend;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const offsite: string[] = [];
  let problems: string[] = [];
  const shot = async (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: !/map/.test(name) });
  const api = async (path: string) => (await page.request.get(`${server.url}/api${path}`)).json();
  const rows = () => page.locator("table.ledger tbody tr:not(:has(td.empty))");

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "fogline-as-of-e2e-"));
    backend = openBackend(join(dir, "ledger.db"));
    await backend.pipeline.ingest(backend.store, [seedsFolder()!]);
    server = await startServer({ app: createApp(backend), port: 0, host: "127.0.0.1" });
    ({ browser, page, problems } = await launchPage());
    page.on("request", (r) => { if (!r.url().startsWith(`${server.url}/`) && !/^(data|blob):/.test(r.url())) offsite.push(r.url()); });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await backend?.store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("shows the ledger of 30 November: fewer propositions, none of the 1 December capture", async () => {
    await page.goto(`${server.url}/#/?as_of=2025-11-30`);
    await page.locator(".as-of.is-past").waitFor();
    await rows().first().waitFor();
    assert.match(await page.locator(".as-of-note").textContent() ?? "", /30 November 2025/);
    assert.equal(await page.locator("#as-of-day").inputValue(), "2025-11-30");
    const then = await api("/propositions?as_of=2025-11-30&limit=1000");
    const now = await api("/propositions?limit=1000");
    assert.ok(then.total < now.total);
    await page.waitForFunction((n) => document.querySelectorAll("table.ledger tbody tr:not(:has(td.empty))").length === n, then.total);
    const periods = await page.locator("table.ledger tbody td[data-label=Period]").allTextContents();
    assert.ok(periods.length > 0 && !periods.some((p) => /2025-12/.test(p)), periods.join(" | "));
    await shot("as-of-ledger-november");
  });

  it("keeps the day on the links it follows, and moves to 2 December with the slider", async () => {
    assert.match((await page.locator("table.ledger tbody a").first().getAttribute("href")) ?? "", /as_of=2025-11-30/);
    assert.match((await page.getByRole("link", { name: "Map" }).getAttribute("href")) ?? "", /as_of=2025-11-30/);
    const slider = page.locator("#as-of-slider");
    await slider.focus();
    await page.keyboard.press("End");
    await page.waitForFunction(() => location.hash.includes("as_of=2025-12-02"));
    await page.locator(".as-of.is-past").waitFor();
    const capture = rows().filter({ hasText: /Russian control of Pokrovsk/ }).filter({ hasText: /2025-12-01/ });
    await capture.first().waitFor();
    assert.ok((await capture.first().locator(".status-disputed").count()) > 0, "the capture is disputed on 2 December");
    await shot("as-of-ledger-december");
    await page.getByRole("button", { name: "Today" }).click();
    await page.waitForFunction(() => !location.hash.includes("as_of"));
    await page.locator(".as-of:not(.is-past)").waitFor();
  });

  it("shows a place page as of a day: its claims of that day only", async () => {
    await page.goto(`${server.url}/#/places/Pokrovsk?as_of=2025-11-30`);
    await page.locator(".as-of.is-past").waitFor();
    const then = await api("/places/Pokrovsk?as_of=2025-11-30");
    const now = await api("/places/Pokrovsk");
    assert.ok(then.claims < now.claims);
    await page.locator("p.muted", { hasText: new RegExp(`^${then.claims} claims`) }).waitFor();
    const timeline = await api("/places/Pokrovsk/timeline?as_of=2025-11-30");
    assert.ok(timeline.entries.length > 0 && timeline.entries.length < (await api("/places/Pokrovsk/timeline")).entries.length);
    assert.equal(await page.locator("ol.timeline > li").count(), timeline.entries.length);
    await page.locator("#as-of-day").fill("2025-12-02");
    await page.locator("#as-of-day").dispatchEvent("change");
    await page.waitForFunction(() => location.hash.includes("as_of=2025-12-02"));
    await page.locator("p.muted", { hasText: new RegExp(`^${now.claims} claims`) }).waitFor();
    await shot("as-of-place");
  });

  it("colours the map as of a day: Pokrovsk single source on 30 November, disputed on 2 December", async () => {
    await page.goto(`${server.url}/#/map?as_of=2025-11-30`);
    const pokrovsk = page.locator(".place-marker.place-pokrovsk");
    await pokrovsk.waitFor();
    const status = (await api("/map?as_of=2025-11-30")).items.find((p: { name: string }) => p.name === "Pokrovsk").status;
    assert.equal(status, "single_source");
    assert.match((await pokrovsk.getAttribute("class")) ?? "", /\bstatus-single_source\b/);
    await shot("as-of-map-november");
    await page.goto(`${server.url}/#/map?as_of=2025-12-02`);
    await page.locator(".place-marker.place-pokrovsk.status-disputed").waitFor();
  });

  it("serves a changes feed the browser's strict XML parser reads as Atom", async () => {
    await page.goto(`${server.url}/#/`);
    const feed = await page.evaluate(async () => {
      const text = await (await fetch("/api/changes.atom?since=2025-11-30&place=Pokrovsk")).text();
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const ns = "http://www.w3.org/2005/Atom";
      return {
        errors: doc.getElementsByTagName("parsererror").length,
        root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
        entries: doc.getElementsByTagNameNS(ns, "entry").length,
        titles: Array.from(doc.getElementsByTagNameNS(ns, "entry")).map((e) => e.getElementsByTagNameNS(ns, "title")[0]?.textContent ?? ""),
      };
    });
    assert.equal(feed.errors, 0);
    assert.equal(feed.root, "http://www.w3.org/2005/Atom feed");
    assert.equal(feed.entries, (await api("/changes?since=2025-11-30&place=Pokrovsk")).total);
    assert.ok(feed.titles.some((t) => /Russian control of Pokrovsk/.test(t)), feed.titles.join(" | "));
  });

  it("sent no request beyond 127.0.0.1 and logged no error", () => {
    assert.deepEqual(offsite, []);
    assert.deepEqual(problems, []);
  });
});
