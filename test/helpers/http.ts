import { createHash } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createHttpServer } from "../../src/http/http-server.js";
import { createApp } from "../../src/server.js";
import { loadServerConfig } from "../../src/server-config.js";
import { openTestGraph, type TestGraph } from "./graph.js";

export const CURATOR_KEY = "curator-test-key-0123456789abcdef";
export const READER_KEY = "reader-test-key-0123456789abcdef";
const hex = (key: string) => createHash("sha256").update(key).digest("hex");

/** Environment of a test server: a curator key (alice) and a reader key (bob), plus any overrides. */
export function testEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: "test",
    CURATOR_API_KEYS: `alice:${hex(CURATOR_KEY)}`,
    READER_API_KEYS: `bob:${hex(READER_KEY)}`,
    ...overrides,
  };
}

export interface TestServer {
  graph: TestGraph;
  base: string;
  /** POSTs a GraphQL operation; returns the status and parsed body. */
  gql(query: string, variables?: Record<string, unknown>, key?: string): Promise<{ status: number; body: GraphQLBody }>;
  close(): Promise<void>;
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

/** The whole HTTP app over the test database, on an ephemeral loopback port. */
export async function startTestServer(env: NodeJS.ProcessEnv = testEnv()): Promise<TestServer> {
  const graph = await openTestGraph();
  const config = loadServerConfig(env);
  const { listener, apollo } = await createApp({ executor: graph.executor, ready: async () => true, config });
  const server: Server = createHttpServer(listener, config.limits.http).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    graph,
    base,
    async gql(query, variables = {}, key) {
      const response = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLBody };
    },
    async close() {
      // Browsers keep connections open (keep-alive, speculative preconnects) that close() alone waits on forever.
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await closed;
      await apollo.stop();
      await graph.close();
    },
  };
}
