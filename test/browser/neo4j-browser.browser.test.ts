/// <reference lib="dom" />
// (page.evaluate callbacks run in the page: they use DOM types.)
/**
 * `npm start` → the printed Neo4j Browser link → connected (no login form) → the project's guide playing, checked in
 * headless Chromium against the project's own test Neo4j (auth off, conf written by src/local-neo4j/neo4j-conf.ts).
 * Neo4j Browser itself asks for web fonts and crash reporting off the machine; those requests are aborted here and
 * not held against it (they are Neo4j's, not this project's).
 */
import { createServer, type Server } from "node:http";
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { browserUrl } from "../../src/local-neo4j/neo4j-conf.js";
import { createApp } from "../../src/server.js";
import { loadServerConfig } from "../../src/server-config.js";
import { launchChromium } from "../helpers/browser.js";
import { openTestGraph, type TestGraph } from "../helpers/graph.js";

const local = loadConfig().neo4j.local;
let browser: Browser;
let graph: TestGraph;
let server: Server | null = null;

beforeAll(async () => {
  [browser, graph] = await Promise.all([launchChromium(), openTestGraph()]);
  // Browser plays the guide URL written into neo4j.conf (this server's PORT). Serve it there unless a server of
  // this project already listens on that port (`npm start` in another terminal serves the same guide).
  const guide = await fetch(local.guideUrl!).catch(() => null);
  if (!guide?.ok) {
    const { listener } = await createApp({
      executor: graph.executor,
      ready: async () => true,
      config: loadServerConfig({ NODE_ENV: "test" }),
    });
    server = createServer(listener).listen(Number(new URL(local.guideUrl!).port), "127.0.0.1");
    await new Promise((resolve) => server!.once("listening", resolve));
  }
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
  await graph?.close();
});

it("the printed Browser link connects without a login form and plays the guide", async () => {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const host = new URL(request.url()).hostname;
    void (host === "127.0.0.1" || host === "localhost" || request.url().startsWith("data:")
      ? request.continue()
      : request.abort());
  });
  await page.goto(browserUrl(local));
  await page.waitForFunction(() => document.body.innerText.includes("How ALK-rearranged lung cancer escapes"), {
    timeout: 50_000,
  });
  const text = await page.evaluate(() => document.body.innerText);
  expect(text).toContain(`:play ${local.guideUrl}`);
  // The guide plays only after a successful connection (post_connect_cmd); no login form was ever needed.
  expect(text).not.toContain("Connect to Neo4j");
  expect(await page.$('input[type="password"]')).toBeNull();
}, 90_000);
