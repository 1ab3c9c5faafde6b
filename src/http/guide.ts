import fs from "node:fs";
import path from "node:path";
import express, { type Router } from "express";
import { CYPHER_DIR } from "../db/cypher.js";

/**
 * A Neo4j Browser guide (`:play http://localhost:4000/guide`): HTML slides whose `pre.runnable` blocks Browser
 * puts into its editor on click. The five questions are the files of cypher/guide/ (a test runs each one), so
 * the guide never shows Cypher that does not run. Browser fetches guides cross-origin, hence the CORS header;
 * the local Neo4j allows the localhost host in browser.remote_content_hostname_whitelist.
 */
export const GUIDE_DIR = path.join(CYPHER_DIR, "guide");

export interface GuideQuestion {
  file: string;
  question: string;
  cypher: string;
}

export function guideQuestions(): GuideQuestion[] {
  return fs
    .readdirSync(GUIDE_DIR)
    .filter((f) => f.endsWith(".cypher"))
    .sort()
    .map((file) => {
      const lines = fs.readFileSync(path.join(GUIDE_DIR, file), "utf8").trimEnd().split("\n");
      const question = (lines[0] ?? "").replace(/^\/\/\s*guide\/\d+:\s*/, "");
      return { file, question, cypher: lines.filter((l) => !l.startsWith("//")).join("\n") };
    });
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function slide(title: string, body: string): string {
  return `<slide class="row-fluid">
  <div class="col-sm-3"><h3>${escape(title)}</h3></div>
  <div class="col-sm-9">${body}</div>
</slide>`;
}

export function guideHtml(): string {
  const intro = slide(
    "ALK Resistance Graph",
    `<p class="lead">How ALK-rearranged lung cancer escapes ALK inhibitors: drugs, variants (single and compound),
mechanisms, pathways, trials and the papers behind every claim.</p>
<p>Every claim relationship carries <code>evidenceLevel</code> (CLINICAL or PRECLINICAL) and <code>sources</code>
(PMID, DOI or NCT ids). Click a query to put it in the editor, then run it.</p>
<pre class="pre-scrollable code runnable">CALL db.schema.visualization()</pre>`,
  );
  const questions = guideQuestions().map((q, i) =>
    slide(`${i + 1}. ${q.question}`, `<pre class="pre-scrollable code runnable">${escape(q.cypher)}</pre>`),
  );
  return `<article class="guide">
<carousel class="deck container-fluid">
${[intro, ...questions].join("\n")}
</carousel>
</article>
`;
}

// Browser runs on Neo4j's origin (:7474) and fetches the guide with custom headers, so it sends a CORS preflight
// first; the guide is public, read-only HTML, so any origin may read it.
const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "*",
};

export function guideRouter(): Router {
  const router = express.Router();
  router.options("/guide", (_req, res) => {
    res.set(CORS).status(204).end();
  });
  router.get("/guide", (_req, res) => {
    res.set(CORS).type("html").send(guideHtml());
  });
  return router;
}
