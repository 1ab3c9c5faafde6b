import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, expect, it } from "vitest";
import { guideQuestions } from "../../src/http/guide.js";
import { createApp } from "../../src/server.js";
import { openTestGraph, type TestGraph } from "../helpers/graph.js";

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

it("the guide walks through five questions, and each one's Cypher runs with answers on the curated data", async () => {
  const questions = guideQuestions();
  expect(questions).toHaveLength(5);
  for (const q of questions) {
    const rows = await graph.executor.read({ name: q.file, text: q.cypher });
    expect(rows.length, q.file).toBeGreaterThan(0);
  }
});

it("is served at /guide as a Browser guide, readable cross-origin", async () => {
  const { listener, apollo } = await createApp({ executor: graph.executor, ready: async () => true });
  const server: Server = createServer(listener).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/guide`);
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const html = await response.text();
    expect(html.startsWith('<article class="guide">')).toBe(true);
    expect(html.match(/<slide /g)).toHaveLength(6);
    expect(html.match(/<pre class="pre-scrollable code runnable">/g)).toHaveLength(6);
    expect(html).toContain("MATCH (v:Variant {id: 'ALK-G1202R'})-[r:CONFERS_RESISTANCE_TO]-&gt;(d:Drug)");
    // Neo4j Browser (origin :7474) sends a CORS preflight before fetching the guide; without this answer,
    // `:play` showed "No guide by that name" (seen in a real Browser 5.24).
    const preflight = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/guide`, {
      method: "OPTIONS",
      headers: {
        Origin: "http://127.0.0.1:7474",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "x-requested-with",
      },
    });
    expect([preflight.status, preflight.headers.get("access-control-allow-origin")]).toEqual([204, "*"]);
    expect(preflight.headers.get("access-control-allow-headers")).toBe("*");
  } finally {
    server.close();
    await apollo.stop();
  }
});
