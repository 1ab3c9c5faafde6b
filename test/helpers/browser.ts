import puppeteer, { type Browser, type Page } from "puppeteer-core";

/** Debian's Chromium (`apt-get install chromium`); puppeteer's own browser download cannot work offline. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
}

/** What a page did that an offline, error-free page must not: requests off loopback, console errors, exceptions. */
export interface PageWatch {
  offLoopback: string[];
  consoleErrors: string[];
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * A page whose every request is checked: anything not on loopback is recorded and aborted (so a CDN reference
 * fails the test instead of hanging); console errors and uncaught exceptions are recorded.
 */
export async function watchedPage(browser: Browser, watch: PageWatch, width = 1280, height = 800): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const url = new URL(request.url());
    const local = url.protocol === "data:" || url.protocol === "blob:" || LOOPBACK.has(url.hostname);
    if (local) return void request.continue();
    watch.offLoopback.push(request.url());
    return void request.abort();
  });
  page.on("console", (message) => {
    if (message.type() === "error") watch.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => watch.consoleErrors.push(String(error)));
  return page;
}
