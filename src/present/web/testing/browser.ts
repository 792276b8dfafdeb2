// The browser the web tests drive: Debian Chromium through playwright-core, headless, one page whose
// console errors and page errors are collected; screenshots go to test/e2e/screenshots/.
import { existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { seedsFolder } from "./e2e-backend.js";

export const CHROMIUM = "/usr/bin/chromium";
export const SHOTS = fileURLToPath(new URL("../../../../test/e2e/screenshots/", import.meta.url));

/** Why the browser tests cannot run here, or false. */
export const browserSkip = (): string | false =>
  !existsSync(CHROMIUM) ? `no ${CHROMIUM}: install it (apt-get install chromium) to run the browser tests` : seedsFolder() === null ? "seed articles not found" : false;

export interface BrowserPage { browser: Browser; page: Page; problems: string[] }

/** A headless Chromium with one 1280×900 page; `problems` gathers its console and page errors. */
export async function launchPage(): Promise<BrowserPage> {
  mkdirSync(SHOTS, { recursive: true });
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  return { browser, page, problems };
}
