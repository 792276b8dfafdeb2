// The web interface in a real browser (Debian Chromium via playwright-core), as a user would use it:
// seed articles in, ledger, filter, a disputed proposition, the map, an upload, hostile markup kept inert.
// No request may leave 127.0.0.1. Screenshots go to test/e2e/screenshots/ (git-ignored).
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { createApp, startServer, type RunningServer } from "../http/index.js";
import { HOSTILE_TEXT } from "../http/testing/fixtures.js";
import { openBackend, seedsFolder, type Backend } from "./testing/e2e-backend.js";

const CHROMIUM = "/usr/bin/chromium";
const SHOTS = fileURLToPath(new URL("../../../test/e2e/screenshots/", import.meta.url));
const skip = !existsSync(CHROMIUM) ? `no ${CHROMIUM}: install it (apt-get install chromium) to run the browser tests` : seedsFolder() === null ? "seed articles not found" : false;

const NEW_ARTICLE = [
  "Kostiantynivka under pressure",
  "",
  "Russia's Defense Ministry said on Tuesday that its forces had captured Kostiantynivka.",
  "",
  "Ukraine's General Staff denied that Kostiantynivka had been captured, saying fighting continues in the city.",
].join("\n");

const SINGLE_SOURCE_ARTICLE = [
  "Pokrovsk holds",
  "",
  "Ukraine's General Staff said on Wednesday that Ukrainian forces fully control Pokrovsk.",
  "",
  "Fighting continues in Myrnohrad, the General Staff said.",
].join("\n");

interface Box { name: string; x: number; y: number; width: number; height: number }
const overlapping = (boxes: Box[]) => boxes.flatMap((a, i) => boxes.slice(i + 1)
  .filter((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
  .map((b) => `${a.name} / ${b.name}`));

describe("web interface in Chromium", { skip, timeout: 90_000 }, () => {
  let dir = "";
  let backend: Backend;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const offsite: string[] = [];
  const problems: string[] = [];

  const shot = async (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: !/map/.test(name) });

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "fogline-e2e-"));
    mkdirSync(SHOTS, { recursive: true });
    backend = openBackend(join(dir, "ledger.db"));
    await backend.pipeline.ingest(backend.store, [seedsFolder()!]);
    // One later single-source sentence: it must not recolour the disputed Russian control of Pokrovsk.
    // Myrnohrad, 7 km from Pokrovsk, is put on the map beside it.
    const late = join(dir, "late");
    mkdirSync(late);
    writeFileSync(join(late, "pokrovsk-holds.txt"), SINGLE_SOURCE_ARTICLE);
    writeFileSync(join(late, "manifest.json"), JSON.stringify({ "pokrovsk-holds": { outlet: "E2E Late Wire", published: "2025-12-10" } }));
    await backend.pipeline.ingest(backend.store, [late]);
    server = await startServer({ app: createApp(backend), port: 0, host: "127.0.0.1" });
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("request", (r) => { if (!r.url().startsWith(`${server.url}/`) && !/^(data|blob):/.test(r.url())) offsite.push(r.url()); });
    page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await backend?.store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("shows the ledger and filters it to Pokrovsk", async () => {
    await page.goto(`${server.url}/#/`);
    await page.locator("table.ledger tbody tr").first().waitFor();
    await shot("ledger");
    await page.getByLabel("Place").fill("Pokrovsk");
    await page.waitForFunction(() => location.hash.includes("place=Pokrovsk"));
    await page.waitForFunction(() => Array.from(document.querySelectorAll("table.ledger tbody td[data-label=Place]")).every((td) => td.textContent === "Pokrovsk"));
    assert.ok((await page.locator("table.ledger tbody tr").count()) > 0);
    await shot("ledger-pokrovsk");
  });

  it("opens the disputed control of Pokrovsk and shows both positions", async () => {
    const row = page.locator("table.ledger tbody tr").filter({ hasText: /Russian control of Pokrovsk/ }).filter({ has: page.locator(".status-disputed") }).first();
    await row.locator("a").first().click();
    await page.locator("h1", { hasText: /Russian control of Pokrovsk/ }).waitFor();
    await page.locator("section.source.stance-asserted").first().waitFor();
    assert.ok((await page.locator("section.source.stance-denied, section.source.stance-unconfirmed").count()) > 0, "a denying source");
    assert.ok((await page.locator(".article-text.evidence mark.claim-mark").count()) > 0, "evidence highlighted in the article");
    await shot("proposition");
  });

  it("shows disputes side by side", async () => {
    await page.getByRole("link", { name: "Disputes" }).click();
    const pokrovsk = page.locator("article.dispute").filter({ hasText: /Russian control of Pokrovsk/ }).first();
    await pokrovsk.locator(".position.stance-asserted").first().waitFor();
    assert.ok((await pokrovsk.locator(".position.stance-denied, .position.stance-unconfirmed").count()) > 0, "a denying position beside the asserting one");
    await shot("disputes");
  });

  /** The visible labels' boxes, and the marker symbols', in page pixels. */
  const mapBoxes = () => page.evaluate(() => {
    const box = (el: Element, name: string) => { const r = el.getBoundingClientRect(); return { name, x: r.x, y: r.y, width: r.width, height: r.height }; };
    return {
      labels: Array.from(document.querySelectorAll(".place-label:not(.is-hidden)")).map((el) => box(el, el.textContent ?? "")),
      markers: Array.from(document.querySelectorAll(".place-marker svg")).map((el) => box(el, (el.parentElement as HTMLElement | null)?.dataset.place ?? "")),
    };
  });

  for (const [width, height, name] of [[1280, 900, "map"], [390, 844, "phone-map"]] as const) {
    it(`shows the map at ${width}px: status, not the latest claim; labels apart; a side panel`, async () => {
      await page.setViewportSize({ width, height });
      await page.goto(`${server.url}/#/map`);
      const pokrovsk = page.locator(".place-marker.place-pokrovsk");
      await pokrovsk.waitFor();
      await page.locator(".place-label").first().waitFor({ state: "attached" });
      assert.ok((await page.locator(".leaflet-overlay-pane path").count()) > 10, "country borders drawn");
      assert.equal(await page.locator(".leaflet-tile").count(), 0, "no tiles");
      // The later single-source Ukrainian claim is in the ledger, yet Pokrovsk is drawn as disputed.
      const panelData = await (await page.request.get(`${server.url}/api/map/places/Pokrovsk`)).json();
      assert.ok(panelData.propositions.some((p: { side: string; status: string }) => p.side === "UA" && p.status === "single_source"), "the single-source claim made a proposition");
      assert.match((await pokrovsk.getAttribute("class")) ?? "", /\bstatus-disputed\b/);
      assert.doesNotMatch((await pokrovsk.getAttribute("class")) ?? "", /\bcontrol-UA\b/);
      assert.equal(await pokrovsk.locator("polygon").count(), 1, "disputed is drawn as a diamond");
      assert.ok((await page.locator(".map-legend li").count()) >= 9, "a legend of shapes and colours");
      // Labels never overlap one another nor any symbol; Pokrovsk, the most-claimed, is named.
      const { labels, markers } = await mapBoxes();
      assert.ok(labels.some((l) => l.name === "Pokrovsk"), `Pokrovsk labelled (${labels.map((l) => l.name).join(", ")})`);
      assert.deepEqual(overlapping(labels), [], "labels overlap");
      const onSymbols = labels.flatMap((l) => markers.filter((m) => overlapping([l, m]).length).map((m) => `${l.name} on ${m.name}`));
      assert.deepEqual(onSymbols, [], "labels over symbols");
      await shot(name);
      // Myrnohrad, 7 km from Pokrovsk, is not hidden under it: its symbol is the topmost element at its centre.
      const myrnohrad = page.locator(".place-marker.place-myrnohrad");
      const m = (await myrnohrad.boundingBox())!;
      const top = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest<HTMLElement>(".place-marker")?.dataset.place ?? null, [m.x + m.width / 2, m.y + m.height / 2]);
      assert.equal(top, "Myrnohrad");
      // Zoomed in on both, both are named, still apart.
      for (let i = 0; i < 2; i++) {
        const [b, c] = [(await myrnohrad.boundingBox())!, (await pokrovsk.boundingBox())!];
        await page.mouse.dblclick((b.x + c.x + c.width) / 2, (b.y + c.y + c.height) / 2);
        await page.waitForTimeout(700);
      }
      const zoomed = await mapBoxes();
      assert.ok(["Pokrovsk", "Myrnohrad"].every((n) => zoomed.labels.some((l) => l.name === n)), `both named when zoomed (${zoomed.labels.map((l) => l.name).join(", ")})`);
      assert.deepEqual(overlapping(zoomed.labels), []);
      await shot(`${name}-zoomed`);
      // The side panel lists Pokrovsk's control propositions, the disputed one first, with sources and links.
      await pokrovsk.click();
      const panel = page.locator(".map-panel");
      await panel.locator(".control-proposition").first().waitFor();
      assert.match(await panel.locator("h2").innerText(), /Pokrovsk/);
      assert.equal(await panel.locator(".control-proposition").count(), panelData.propositions.length);
      assert.equal(await panel.locator(".control-proposition").first().getAttribute("data-status"), "disputed");
      assert.match(await panel.locator(".control-proposition").first().innerText(), /Russian control of Pokrovsk/);
      assert.ok((await panel.locator(".control-proposition").first().locator(".sources li").count()) >= 2, "its primary sources");
      assert.ok((await panel.locator(".control-proposition").first().locator(".stance-denied, .stance-unconfirmed").count()) > 0, "a denying source");
      assert.ok(await panel.locator(".control-proposition[data-status=single_source]").count() > 0, "the single-source one is listed too");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, `page wider than the screen by ${overflow}px`);
      await panel.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `${name}-panel.png`), fullPage: true });
      await panel.locator(".control-proposition").first().locator("a").first().click();
      await page.locator("h1", { hasText: /Russian control of Pokrovsk/ }).waitFor();
    });
  }

  it("opens a place page from the side panel", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/#/map`);
    await page.locator(".place-marker.place-pokrovsk").click();
    await page.locator(".map-panel a", { hasText: /Place page/ }).click();
    await page.locator("h1", { hasText: "Pokrovsk" }).waitFor();
    await page.locator("ol.timeline li").first().waitFor();
    await page.waitForTimeout(200);
    await shot("place-pokrovsk");
  });

  it("uploads a new article and shows its claims", async () => {
    const file = join(dir, "kostiantynivka-report.txt");
    writeFileSync(file, NEW_ARTICLE);
    await page.getByRole("link", { name: "Add articles" }).click();
    await page.locator("#upload-files").setInputFiles(file);
    await page.locator("#upload-outlet").fill("E2E Wire");
    await page.locator("#upload-published").fill("2025-12-09");
    await page.locator("#upload-form button[type=submit]").click();
    const result = page.locator(".results li.ok a").first();
    await result.waitFor();
    await shot("add-articles");
    await result.click();
    await page.locator("h1", { hasText: /kostiantynivka/i }).waitFor();
    assert.ok((await page.locator(".article-text mark.claim-mark").count()) > 0, "claims marked in the text");
    await shot("document-new");
    await page.goto(`${server.url}/#/?place=Kostiantynivka`);
    await page.locator("table.ledger tbody td[data-label=Place]", { hasText: "Kostiantynivka" }).first().waitFor();
  });

  it("shows hostile markup as inert text", async () => {
    await page.getByRole("link", { name: "Add articles" }).click();
    await page.locator("#paste-text").fill(HOSTILE_TEXT);
    await page.locator("#paste-title").fill('<img src=x onerror="window.__pwned=4">');
    await page.locator("#paste-form button[type=submit]").click();
    await page.locator(".results li.ok a").first().click();
    const text = page.locator(".article-text");
    await text.waitFor();
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.match(await text.innerText(), /<script>window\.__pwned = 1<\/script>/);
    assert.equal(await page.locator("main img, main script, main a[href^='javascript']").count(), 0);
    assert.match(await page.locator("h1").innerText(), /<img src=x/);
    assert.ok((await page.locator(".article-text .lookalike").count()) > 0, "look-alike words flagged");
    assert.ok((await page.locator(".article-text .control-char").count()) > 0, "bidi controls shown");
    await shot("document-hostile");
  });

  it("finds a place under its former name, offers a chooser for an ambiguous one, says when a place has no claims", async () => {
    const places = () => page.locator("table.ledger tbody td[data-label=Place]").allTextContents();
    const note = page.locator(".place-answer");
    await page.goto(`${server.url}/#/`);
    await page.locator("table.ledger tbody tr").first().waitFor();
    await page.getByLabel("Place").fill("Krasnoarmeysk");
    await note.filter({ hasText: "“Krasnoarmeysk” is Pokrovsk (Donetsk Oblast)." }).waitFor();
    await page.waitForFunction(() => Array.from(document.querySelectorAll("table.ledger tbody td[data-label=Place]")).every((td) => td.textContent === "Pokrovsk"));
    const formerName = (await places()).length;
    await page.getByLabel("Place").fill("Pokrovsk");
    await note.filter({ hasText: /^Pokrovsk \(Donetsk Oblast\)\.$/ }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll("table.ledger tbody td[data-label=Place]").length > 0);
    assert.equal(formerName, (await places()).length, "Krasnoarmeysk gives the rows of Pokrovsk");
    assert.ok(formerName > 0);

    await page.getByLabel("Place").fill("Donetsk");
    const chooser = page.locator("fieldset.place-chooser");
    await chooser.waitFor();
    assert.equal(await chooser.locator("legend").textContent(), "“Donetsk” names 3 places: which one?");
    assert.deepEqual((await chooser.locator("button").allTextContents()).map((t) => t.trim()),
      ["Donetsk (Donetsk Oblast) · no claims yet", "Donetsk Oblast · 6 claims", "Donetsk (Rostov Oblast, RU) · no claims yet"]);
    assert.equal(await page.locator("table.ledger tbody td.empty").count(), 1, "nothing is guessed while the name is ambiguous");
    await shot("ledger-place-chooser");
    await chooser.getByRole("button", { name: /^Donetsk Oblast/ }).click();
    await page.waitForFunction(() => location.hash.includes("place_id=ADM1%3AUA.05"));
    await page.waitForFunction(() => {
      const cells = Array.from(document.querySelectorAll("table.ledger tbody td[data-label=Place]"));
      return cells.length > 0 && cells.every((td) => td.textContent === "Donetsk Oblast");
    });
    await note.filter({ hasText: "“Donetsk” is Donetsk Oblast." }).waitFor();
    await shot("ledger-place-picked");

    // (Myrnohrad has a claim of the later article: Vuhledar has none.)
    await page.getByLabel("Place").fill("Vuhledar");
    await note.filter({ hasText: "Vuhledar (Donetsk Oblast): no claims about it yet." }).waitFor();
    await page.getByLabel("Place").fill("Pokrovskx");
    await note.filter({ hasText: "No place called “Pokrovskx”. Did you mean Pokrovsk?" }).waitFor();
    await note.getByRole("button", { name: "Pokrovsk" }).click();
    await page.waitForFunction(() => location.hash.includes("place=Pokrovsk&") || location.hash.endsWith("place=Pokrovsk"));
    await page.waitForFunction(() => document.querySelectorAll("table.ledger tbody td[data-label=Place]").length > 0);
  });

  it("is keyboard reachable: skip link, filters, sortable headers, links", async () => {
    await page.goto(`${server.url}/#/`);
    await page.reload();
    await page.locator("table.ledger tbody tr").first().waitFor();
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.className), "skip-link");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name), "place");
    await page.keyboard.type("Pokrovsk");
    await page.waitForFunction(() => location.hash.includes("place=Pokrovsk"));
    await page.locator("th button.sort", { hasText: "Status" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => location.hash.includes("sort=status"));
    await page.locator("table.ledger tbody a").first().focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => location.hash.startsWith("#/propositions/"));
    // The new view renders after its data arrives; the old view's heading may still be there until then.
    const focused = await page.waitForFunction(() => document.activeElement?.tagName === "H1", null, { timeout: 10_000 })
      .then(() => true, () => false);
    assert.ok(focused, `focus moves to the new view's heading (focus is on ${await page.evaluate(() => document.activeElement?.tagName)})`);
  });

  it("fits a phone screen", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/#/?place=Pokrovsk`);
    await page.locator("table.ledger tbody tr").first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `page wider than the phone by ${overflow}px`);
    await shot("phone-ledger");
  });

  it("sent no request beyond 127.0.0.1 and logged no error", () => {
    assert.deepEqual(offsite, []);
    assert.deepEqual(problems, []);
  });
});
