/// <reference lib="dom" />
/**
 * npm run screenshots: PNGs of each explorer view into docs/, from a running server (`npm start`; BASE_URL or
 * http://localhost:$PORT). Drives Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH) with puppeteer-core.
 */
import path from "node:path";
import puppeteer from "puppeteer-core";
import { ROOT } from "../src/config.js";

const base = process.env.BASE_URL ?? `http://localhost:${process.env.PORT ?? 4000}`;
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const SHOTS = [
  {
    file: "explore-graph.png",
    url: "/explore?focus=ALK-G1202R",
    width: 1280,
    height: 800,
    wait: "#graph[data-nodes]:not([data-nodes='0'])",
  },
  {
    file: "explore-path.png",
    url: "/explore?view=path&from=ALK-G1202R&to=NCT01970865",
    width: 1280,
    height: 800,
    wait: "#path-list li",
  },
  {
    file: "explore-heatmap.png",
    url: "/explore?view=heatmap&level=PRECLINICAL",
    width: 1280,
    height: 800,
    wait: "table.heatmap",
  },
  {
    file: "explore-profile.png",
    url: "/explore?view=profile&findings=G1202R,L1196M&prior=alectinib",
    width: 1280,
    height: 800,
    wait: "#options-table",
  },
  {
    file: "explore-evidence.png",
    url: "/explore?focus=ALK-G1202R",
    width: 1280,
    height: 800,
    wait: "#graph[data-nodes]:not([data-nodes='0'])",
    // The evidence panel of one claim edge, opened as a user would: a click on the edge.
    edge: "ALK-G1202R|CONFERS_RESISTANCE_TO|ceritinib",
  },
  {
    file: "explore-mobile.png",
    url: "/explore?view=heatmap&level=CLINICAL",
    width: 390,
    height: 844,
    wait: "table.heatmap",
  },
];

const browser = await puppeteer.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage();
    await page.setViewport({ width: shot.width, height: shot.height });
    await page.goto(base + shot.url);
    await page.waitForSelector(shot.wait, { timeout: 60_000 });
    await page.waitForSelector('body[data-ready="true"]');
    if ("edge" in shot && shot.edge) {
      const point = await page.evaluate((id: string) => {
        const container = document.querySelector("#graph") as HTMLElement & {
          cy: { getElementById(id: string): { renderedMidpoint(): { x: number; y: number } } };
        };
        const mid = container.cy.getElementById(id).renderedMidpoint();
        const box = container.getBoundingClientRect();
        return { x: box.left + mid.x, y: box.top + mid.y };
      }, shot.edge);
      await page.mouse.click(point.x, point.y);
      await page.waitForSelector("#evidence:not([hidden])");
    }
    const file = path.join(ROOT, "docs", shot.file);
    await page.screenshot({ path: file as `${string}.png` });
    console.error(`wrote ${path.relative(ROOT, file)}`);
    await page.close();
  }
} finally {
  await browser.close();
}
