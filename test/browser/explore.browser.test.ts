/// <reference lib="dom" />
// (page.evaluate callbacks run in the page: they use DOM types.)
/**
 * The explorer in a real browser: Debian's headless Chromium driven by puppeteer-core, against the whole HTTP app
 * on a loopback port over the shared test Neo4j. Every page is watched: no request may leave loopback and nothing
 * may be logged as a console error.
 */
import type { Browser, Page } from "puppeteer-core";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { launchChromium, watchedPage, type PageWatch } from "../helpers/browser.js";
import { data } from "../helpers/graph.js";
import { READER_KEY, startTestServer, testEnv, type TestServer } from "../helpers/http.js";

let server: TestServer;
let browser: Browser;
const watch: PageWatch = { offLoopback: [], consoleErrors: [] };
const pages: Page[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(testEnv({ RATE_LIMIT_PER_MINUTE: "0" })), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(async () => {
  await Promise.all(pages.splice(0).map((p) => p.close()));
  // Asserted after every test, so a failure names the test that caused it.
  expect(watch.offLoopback, "requests that left loopback").toEqual([]);
  expect(watch.consoleErrors, "console errors").toEqual([]);
});

async function open(path: string, width = 1280, height = 800): Promise<Page> {
  const page = await watchedPage(browser, watch, width, height);
  pages.push(page);
  await page.goto(`${server.base}${path}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
  return page;
}

const api = <T>(query: string, variables: Record<string, unknown> = {}) => data<T>(server.graph, query, variables);
const nodesDrawn = (page: Page, selector = "#graph") =>
  page.$eval(selector, (e) => Number((e as HTMLElement).dataset.nodes));
/** The part of cytoscape's API the tests use to find where an element is drawn. */
type Drawn = HTMLElement & {
  cy: { getElementById(id: string): { renderedMidpoint(): Point; renderedPosition(): Point } };
};
interface Point {
  x: number;
  y: number;
}
const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe("explorer", () => {
  it("paints in under a second on localhost, from this server alone", async () => {
    const page = await open("/explore");
    const paint = await page.evaluate(
      () =>
        performance.getEntriesByType("paint").find((e) => e.name === "first-contentful-paint")?.startTime ?? Infinity,
    );
    console.error(`explorer first contentful paint: ${Math.round(paint)} ms`);
    expect(paint).toBeLessThan(1000);
    const csp = (await fetch(`${server.base}/explore`)).headers.get("content-security-policy");
    expect(csp).toContain("default-src 'self'");
  });

  it("search G1202R with suggestions, choose it with the keyboard, and its neighbourhood is drawn", async () => {
    const page = await open("/explore");
    await page.focus("#graph-search");
    await page.keyboard.type("G1202R");
    await page.waitForSelector("#graph-search-list li", { visible: true });
    const suggestions = await page.$$eval("#graph-search-list li span", (items) => items.map((i) => i.textContent));
    expect(suggestions).toContain("ALK G1202R");
    const index = suggestions.indexOf("ALK G1202R");
    for (let i = 0; i <= index; i += 1) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>("#graph")!.dataset.nodes) > 0);
    const { neighborhood } = await api<{ neighborhood: { nodes: unknown[] } }>(
      '{ neighborhood(id: "ALK-G1202R", depth: 1, first: 60) { nodes { id } } }',
    );
    expect(await nodesDrawn(page)).toBe(neighborhood.nodes.length);
    expect(new URL(page.url()).search).toBe("?focus=ALK-G1202R");
  });

  it("clicking an edge on the canvas opens its evidence, with sources linked to PubMed", async () => {
    const page = await open("/explore?focus=ALK-G1202R");
    const point = await page.evaluate(() => {
      const container = document.querySelector("#graph") as Drawn;
      const edge = container.cy.getElementById("ALK-G1202R|CONFERS_RESISTANCE_TO|alectinib");
      const mid = edge.renderedMidpoint();
      const box = container.getBoundingClientRect();
      return { x: box.left + mid.x, y: box.top + mid.y };
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector("#evidence:not([hidden])");
    const text = await page.$eval("#evidence", (e) => e.textContent);
    expect(text).toContain("ALK G1202R → Alectinib");
    expect(text).toContain("RESISTANT");
    expect(text).toContain("CLINICAL");
    expect(text).toContain("TISSUE");
    expect(text).not.toMatch(/null|undefined/);
    const link = await page.$eval("#evidence a[href*='pubmed']", (a) => (a as HTMLAnchorElement).href);
    expect(link).toBe("https://pubmed.ncbi.nlm.nih.gov/27432227/");
    await page.keyboard.press("Escape");
    expect(await page.$eval("#evidence", (e) => (e as HTMLElement).hidden)).toBe(true);
  });

  it("clicking a node expands it, and the URL restores the expanded graph", async () => {
    const page = await open("/explore?focus=ALK-G1202R");
    const before = await nodesDrawn(page);
    const point = await page.evaluate(() => {
      const container = document.querySelector("#graph") as Drawn;
      const pos = container.cy.getElementById("lorlatinib").renderedPosition();
      const box = container.getBoundingClientRect();
      return { x: box.left + pos.x, y: box.top + pos.y };
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(
      (n) => Number(document.querySelector<HTMLElement>("#graph")!.dataset.nodes) > n,
      {},
      before,
    );
    expect(new URL(page.url()).searchParams.get("expand")).toBe("lorlatinib");
    const expanded = await nodesDrawn(page);
    const again = await open(new URL(page.url()).pathname + new URL(page.url()).search);
    expect(await nodesDrawn(again)).toBe(expanded);
  });

  it("path view draws the shortest path and the alternatives the API returns", async () => {
    const page = await open("/explore?view=path&from=ALK-G1202R&to=NCT01970865");
    await page.waitForSelector("#path-list li");
    type Path = { nodes: { id: string }[]; relationships: { type: string }[] };
    const answer = await api<{ shortestPath: Path | null; paths: Path[] }>(
      `{ shortestPath(from: { id: "ALK-G1202R" }, to: { id: "NCT01970865" }, maxHops: 8) { ...p }
         paths(from: { id: "ALK-G1202R" }, to: { id: "NCT01970865" }, maxHops: 4, first: 6) { ...p } }
       fragment p on GraphPath { nodes { id } relationships { type } }`,
    );
    // Listed once per sequence of nodes and relationship types (paths returns one per claim edge).
    const signature = (p: Path) => p.nodes.map((n) => n.id).join(">") + p.relationships.map((r) => r.type).join(">");
    const all = [answer.shortestPath!, ...answer.paths].filter(
      (p, i, list) => list.findIndex((q) => signature(q) === signature(p)) === i,
    );
    expect(await page.$$eval("#path-list li", (li) => li.length)).toBe(all.length);
    expect(await nodesDrawn(page, "#path-graph")).toBe(new Set(all.flatMap((p) => p.nodes.map((n) => n.id))).size);
    expect(await page.$eval("#path-list li.shortest", (li) => li.textContent)).toMatch(/^Shortest: ALK G1202R/);
  });

  it("the heatmap has one cell per drug × variant pair, matching activityMatrix at each level", async () => {
    const page = await open("/explore?view=heatmap");
    for (const level of ["PRECLINICAL", "CLINICAL"]) {
      if (level === "CLINICAL") {
        await page.click('input[value="CLINICAL"]');
        await page.waitForFunction(
          () => location.search.includes("level=CLINICAL") && document.body.dataset.ready === "true",
        );
        await page.waitForFunction(
          () =>
            document.querySelector("table.heatmap")?.getAttribute("aria-label")?.includes("clinical") &&
            !document.querySelector("table.heatmap")?.getAttribute("aria-label")?.includes("preclinical"),
        );
      }
      const answer = await api<{
        activityMatrix: { drug: { name: string }; variant: { name: string }; activity: string }[];
      }>("query($level: EvidenceLevel) { activityMatrix(level: $level) { drug { name } variant { name } activity } }", {
        level,
      });
      // The heatmap draws the pairs that have claims at this level; gaps (UNKNOWN) are its empty cells.
      const activityMatrix = answer.activityMatrix.filter((c) => c.activity !== "UNKNOWN");
      const cells = await page.$$eval("td[data-drug]", (tds) =>
        tds.map((td) => ({
          drug: (td as HTMLElement).dataset.drug,
          variant: (td as HTMLElement).dataset.variant,
          activity: (td as HTMLElement).dataset.activity,
        })),
      );
      const drugs = new Set(activityMatrix.map((c) => c.drug.name));
      const variants = new Set(activityMatrix.map((c) => c.variant.name));
      expect(cells).toHaveLength(drugs.size * variants.size);
      expect(new Set(cells.map((c) => `${c.drug}|${c.variant}`)).size).toBe(cells.length);
      const filled = cells.filter((c) => c.activity !== "NONE");
      expect(new Set(filled.map((c) => `${c.drug}|${c.variant}|${c.activity}`))).toEqual(
        new Set(activityMatrix.map((c) => `${c.drug.name}|${c.variant.name}|${c.activity}`)),
      );
    }
    // Hover shows the sources; a click opens the evidence; the letters say the class without colour.
    const cell = await page.$('td[data-drug="Alectinib"][data-variant="G1202R"] button');
    expect(await cell!.evaluate((b) => b.getAttribute("title"))).toContain("PMID:27432227");
    expect(await cell!.evaluate((b) => b.textContent)).toBe("R");
    await cell!.click();
    await page.waitForSelector("#evidence:not([hidden])");
    expect(await page.$eval("#evidence-title", (e) => e.textContent)).toBe("Alectinib × G1202R");
    expect(await page.$eval("#dl-tsv", (a) => a.getAttribute("href"))).toBe("/export/activity.tsv?level=CLINICAL");
  });

  it("the profile form answers: the profile table and the ranked next-line options", async () => {
    const page = await open("/explore?view=profile");
    await page.type("#profile-findings", "G1202R, L1196M");
    await page.type("#profile-prior", "alectinib");
    await page.click("#profile-form button[type=submit]");
    await page.waitForSelector("#options-table");
    expect(new URL(page.url()).search).toBe("?view=profile&findings=G1202R,L1196M&prior=alectinib");
    const answer = await api<{
      resistanceProfile: { drug: { name: string }; activity: string }[];
      nextLineOptions: { name: string; rank: number }[];
    }>(
      `{ resistanceProfile(findings: ["G1202R", "L1196M"]) { drug { name } activity }
         nextLineOptions(priorTherapies: ["alectinib"], findings: ["G1202R", "L1196M"]) { name rank } }`,
    );
    const rows = await page.$$eval("#profile-table tbody tr", (trs) =>
      trs.map((tr) => `${(tr as HTMLElement).dataset.drug}|${(tr as HTMLElement).dataset.activity}`),
    );
    expect(rows).toEqual(answer.resistanceProfile.map((r) => `${r.drug.name}|${r.activity}`));
    const options = await page.$$eval("#options-table tbody tr td:nth-child(2)", (tds) =>
      tds.map((td) => td.firstChild!.textContent),
    );
    expect(options).toEqual(answer.nextLineOptions.map((o) => o.name));
    // The profile downloads as TSV: one line per profile row and per option, after a header.
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "explore-download-"));
    const cdp = await page.createCDPSession();
    await cdp.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: folder });
    await page.click("#profile-tsv");
    const file = path.join(folder, "alk-profile.tsv");
    await vi.waitFor(() => expect(fs.existsSync(file)).toBe(true), { timeout: 10_000 });
    const lines = fs.readFileSync(file, "utf8").trimEnd().split("\n");
    expect(lines[0]!.split("\t")).toEqual([
      "section",
      "rank",
      "drug_or_option",
      "activity",
      "inferred",
      "rationale",
      "caution",
      "trials",
      "sources",
    ]);
    expect(lines).toHaveLength(1 + answer.resistanceProfile.length + answer.nextLineOptions.length);
    expect(lines[1]!.split("\t").slice(0, 4)).toEqual([
      "profile",
      "",
      answer.resistanceProfile[0]!.drug.name,
      answer.resistanceProfile[0]!.activity,
    ]);
  });

  it("the download links are the exports, which answer what the API answers", async () => {
    const page = await open("/explore?view=heatmap&level=PRECLINICAL");
    const href = await page.$eval("#dl-json", (a) => (a as HTMLAnchorElement).href);
    const fromPage = await page.evaluate(async (url) => (await fetch(url)).json(), href);
    const { activityMatrix } = await api<{ activityMatrix: unknown[] }>(
      "{ activityMatrix(level: PRECLINICAL) { drug { id name } variant { id name } activity ic50nM level sources } }",
    );
    // The download leaves gaps (UNKNOWN cells, no claim) out.
    expect(fromPage).toEqual({
      cells: (activityMatrix as { activity: string }[]).filter((c) => c.activity !== "UNKNOWN"),
    });
    const graphLinks = await page.$$eval("#view-graph .downloads a", (as) => as.map((a) => a.getAttribute("href")));
    expect(graphLinks).toEqual(["/export/graph.json", "/export/graph.graphml"]);
  });

  it("fits 1280×800 and a 390 px phone without sideways scrolling, in every view", async () => {
    const views = [
      "/explore?focus=ALK-G1202R",
      "/explore?view=path&from=ALK-G1202R&to=lorlatinib",
      "/explore?view=heatmap&level=CLINICAL",
      "/explore?view=profile&findings=G1202R&prior=alectinib",
    ];
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      const page = await open(views[0]!, width, height);
      for (const view of views) {
        await page.goto(`${server.base}${view}`);
        await page.waitForSelector('body[data-ready="true"]');
        expect(await noSideScroll(page), `${view} at ${width} px`).toBe(true);
      }
    }
  });

  it("is keyboard navigable: tabs with the arrow keys, heatmap cells with Tab and Enter, Escape closes", async () => {
    const page = await open("/explore?view=heatmap&level=CLINICAL");
    await page.focus("#tab-heatmap");
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => location.search.startsWith("?view=profile"));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-profile");
    await page.keyboard.press("ArrowLeft");
    await page.waitForFunction(
      () => location.search.startsWith("?view=heatmap") && document.body.dataset.ready === "true",
    );
    await page.focus('td[data-activity="RESISTANT"] button');
    await page.keyboard.press("Enter");
    await page.waitForSelector("#evidence:not([hidden])");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("evidence");
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).closest("td")?.dataset.activity)).toBe(
      "RESISTANT",
    );
  });
});

describe("explorer under READS_REQUIRE_AUTH", () => {
  it("asks for a key, then reads and downloads with it", async () => {
    const guarded = await startTestServer(testEnv({ READS_REQUIRE_AUTH: "true", RATE_LIMIT_PER_MINUTE: "0" }));
    // Its own watch: the refused requests before the key is entered are logged by Chromium as failed loads.
    const own: PageWatch = { offLoopback: [], consoleErrors: [] };
    const page = await watchedPage(browser, own);
    try {
      await page.goto(`${guarded.base}/explore?view=heatmap&level=CLINICAL`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
      expect(await page.$eval("#status", (e) => e.textContent)).toContain("Enter an API key");
      await page.click("#key-box summary");
      await page.waitForSelector("#api-key", { visible: true, timeout: 15_000 });
      await page.type("#api-key", READER_KEY);
      await page.click("#key-form button");
      await page.waitForSelector("table.heatmap", { timeout: 15_000 });
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), "explore-download-"));
      const cdp = await page.createCDPSession();
      await cdp.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: folder });
      await page.click("#dl-tsv");
      const file = path.join(folder, "alk-activity.tsv");
      await vi.waitFor(() => expect(fs.existsSync(file)).toBe(true), { timeout: 10_000 });
      const tsv = await (
        await fetch(`${guarded.base}/export/activity.tsv?level=CLINICAL`, {
          headers: { authorization: `Bearer ${READER_KEY}` },
        })
      ).text();
      expect(fs.readFileSync(file, "utf8")).toBe(tsv);
      expect(own.offLoopback).toEqual([]);
      expect(own.consoleErrors.every((e) => e.includes("401"))).toBe(true);
    } finally {
      await page.close();
      await guarded.close();
    }
  });
});
