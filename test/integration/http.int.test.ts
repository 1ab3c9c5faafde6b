import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server.js";
import { openTestGraph, type TestGraph } from "../helpers/graph.js";

let graph: TestGraph;
let server: Server;
let base: string;
let stopApollo: () => Promise<void>;

beforeAll(async () => {
  graph = await openTestGraph();
  const { listener, apollo } = await createApp({ executor: graph.executor, ready: async () => true });
  stopApollo = () => apollo.stop();
  server = createServer(listener).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await stopApollo();
  await graph.close();
});

describe("HTTP", () => {
  it("answers GraphQL over POST", async () => {
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ drug(name: "lorlatinib") { name } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { drug: { name: "Lorlatinib" } },
      extensions: { cypher: { roundTrips: 1 } },
    });
  });

  it("serves GraphiQL and every asset it loads from this server, so it works offline", async () => {
    const page = await fetch(`${base}/graphiql`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets).toEqual([
      "graphiql/assets/graphiql.css",
      "graphiql/assets/react.js",
      "graphiql/assets/react-dom.js",
      "graphiql/assets/graphiql.js",
    ]);
    for (const asset of assets) {
      const response = await fetch(`${base}/${asset}`);
      expect(response.status, asset).toBe(200);
      expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(1000);
    }
    expect((await fetch(`${base}/graphiql/assets/../../package.json`)).status).toBe(404);
  });

  it("redirects / to GraphiQL and answers health probes", async () => {
    const root = await fetch(`${base}/`, { redirect: "manual" });
    expect([root.status, root.headers.get("location")]).toEqual([302, "/graphiql"]);
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${base}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: "ready" }]);
  });

  it("refuses a GET that a browser could send cross-site without preflight (CSRF prevention)", async () => {
    const response = await fetch(`${base}/graphql?query=${encodeURIComponent("{ about { dataVersion } }")}`);
    expect(response.status).toBe(400);
  });
});
