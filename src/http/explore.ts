import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import express, { type Router } from "express";

const require = createRequire(import.meta.url);

/** The page's own files: plain ES modules and a stylesheet, served as they are (no build step). */
export const EXPLORE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "explore");

// Third-party code comes from node_modules through this server, so the page works without internet.
const VENDOR: Record<string, string> = {
  // cytoscape's exports map hides package.json; its CommonJS entry sits beside the ES module build in dist/.
  "cytoscape.esm.js": path.join(path.dirname(require.resolve("cytoscape")), "cytoscape.esm.min.mjs"),
};

const TYPES: Record<string, string> = { ".js": "text/javascript", ".css": "text/css", ".html": "text/html" };

// Only this server's own origin: a script, style or font from anywhere else would be refused by the browser.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

function assets(): Record<string, string> {
  const own = fs
    .readdirSync(EXPLORE_DIR)
    .filter((f) => f !== "index.html" && (f.endsWith(".js") || f.endsWith(".css")))
    .map((f) => [f, path.join(EXPLORE_DIR, f)]);
  return { ...Object.fromEntries(own), ...VENDOR };
}

/** GET /explore (the page; its state is in the query string) and /explore/assets/<file>. */
export function exploreRouter(): Router {
  const router = express.Router();
  const files = assets();
  const html = fs.readFileSync(path.join(EXPLORE_DIR, "index.html"));
  router.get("/explore", (_req, res) => {
    res.set({ "Content-Security-Policy": CSP, "Cache-Control": "no-cache" }).type("html").send(html);
  });
  router.get("/explore/assets/:file", (req, res) => {
    const file = files[req.params.file];
    if (!file) {
      res.status(404).end();
      return;
    }
    res.sendFile(file, {
      maxAge: "1h",
      headers: { "Content-Type": TYPES[path.extname(req.params.file)] ?? "text/plain" },
    });
  });
  return router;
}
