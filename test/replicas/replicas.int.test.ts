/**
 * Two server processes (`src/index.ts`, as `npm start` runs it) sharing one real Redis and the test Neo4j:
 * the response cache, the data generation and the rate limit are shared; Redis may die and come back.
 * Each test sends from its own loopback address (127.0.0.x), so rate-limit counts do not mix between tests.
 */
import { createHash, randomUUID } from "node:crypto";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { boltUri, loadConfig } from "../../src/config.js";
import { CURATOR_KEY } from "../helpers/http.js";
import { eventually, spawnServer, type ServerProcess } from "../helpers/processes.js";
import { requireRedisServer, TestRedis } from "../helpers/redis.js";
import { openTestGraph, type TestGraph } from "../helpers/graph.js";

const RATE = 300;
const tag = randomUUID().slice(0, 8);
const PUB = `DOI:10.5555/test-replicas-${tag}`;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[]; extensions?: unknown };
}

/** POST /graphql from a chosen loopback address (the rate limit's client key). */
function gql(
  base: string,
  query: string,
  variables: object,
  from: string,
  key?: string,
  extra: Record<string, string> = {},
): Promise<Reply> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${base}/graphql`,
      {
        method: "POST",
        localAddress: from,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          ...(key ? { authorization: `Bearer ${key}` } : {}),
          ...extra,
        },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString()));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: JSON.parse(text) as Reply["body"],
          }),
        );
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

const metric = async (base: string, line: RegExp): Promise<number> => {
  const match = (await (await fetch(`${base}/metrics`)).text()).match(line);
  return match ? Number(match[1]) : 0;
};
const hits = (base: string) => metric(base, /^graphql_response_cache_total\{result="hit"\} (\d+)$/m);
const readyz = async (base: string) => (await (await fetch(`${base}/readyz`)).json()) as Record<string, string>;

const READ_PUB = `query ($id: String!) { publication(id: $id) { id title } }`;
const UPSERT_PUB = `mutation ($input: PublicationInput!) {
  upsertPublication(input: $input, sources: ["PMID:27432227"]) { id title }
}`;
const pubInput = (title: string) => ({
  input: { id: PUB, doi: `10.5555/test-replicas-${tag}`, title, firstAuthor: "Test T", journal: "Test", year: 2026 },
});

let redis: TestRedis;
let a: ServerProcess;
let b: ServerProcess;
let graph: TestGraph;

beforeAll(async () => {
  requireRedisServer();
  redis = await TestRedis.start();
  const env = { ...process.env };
  delete env.NEO4J_URI;
  const neo4j = { ...loadConfig(env).neo4j, ...inject("neo4j") };
  const hex = createHash("sha256").update(CURATOR_KEY).digest("hex");
  const serverEnv = {
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    NEO4J_URI: boltUri(neo4j),
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    REDIS_URL: redis.url,
    RESPONSE_CACHE_TTL_S: "60",
    RATE_LIMIT_PER_MINUTE: String(RATE),
    CURATOR_API_KEYS: `alice:${hex}`,
  };
  [a, b] = await Promise.all([spawnServer(serverEnv), spawnServer(serverEnv)]);
  for (const server of [a, b]) {
    await eventually(async () => (await readyz(server.base)).redis === "up", 60_000, `${server.base} ready`);
  }
  graph = await openTestGraph();
});

afterAll(async () => {
  await graph?.executor.write(
    {
      name: "test/cleanup",
      text: `MATCH (e:AuditEvent) WHERE $id IN e.subjects DETACH DELETE e
             WITH count(*) AS _ MATCH (p:Publication {id: $id}) DETACH DELETE p`,
    },
    { id: PUB },
  );
  await graph?.close();
  await Promise.all([a?.stop(), b?.stop()]);
  await redis?.kill();
});

describe("two replicas sharing Redis", () => {
  it("serve a repeated read from the shared cache, and a write on one is read at once on the other", async () => {
    const from = "127.0.0.2";
    expect((await gql(b.base, READ_PUB, { id: PUB }, from)).body.data).toEqual({ publication: null });
    const hitsBefore = await hits(a.base);
    // Cached by B, so A answers it from Redis without Neo4j (0 Cypher round trips).
    const fromCache = await gql(a.base, READ_PUB, { id: PUB }, from);
    expect(fromCache.body).toEqual({ data: { publication: null }, extensions: { cypher: { roundTrips: 0 } } });
    expect(await hits(a.base)).toBe(hitsBefore + 1);

    const written = await gql(a.base, UPSERT_PUB, pubInput("First title"), from, CURATOR_KEY);
    expect(written.body.data).toEqual({ upsertPublication: { id: PUB, title: "First title" } });
    expect((await gql(b.base, READ_PUB, { id: PUB }, from)).body.data).toEqual({
      publication: { id: PUB, title: "First title" },
    });

    // The write's bookmarks come back in a header; sent with the next read, any replica reads after that write.
    const second = await gql(b.base, UPSERT_PUB, pubInput("Second title"), from, CURATOR_KEY);
    const bookmarks = second.headers["neo4j-bookmarks"];
    expect(bookmarks).toMatch(/^FB:[A-Za-z0-9+/=_-]+$/);
    const read = await gql(a.base, READ_PUB, { id: PUB }, from, undefined, { "Neo4j-Bookmarks": String(bookmarks) });
    expect(read.body.data).toEqual({ publication: { id: PUB, title: "Second title" } });
  });

  it("enforce one rate limit across replicas", async () => {
    const from = "127.0.0.3";
    const statuses: number[] = [];
    for (let i = 0; i < RATE + 10; i++) {
      statuses.push((await gql(i % 2 ? a.base : b.base, "{ about { dataVersion } }", {}, from)).status);
    }
    expect(statuses.slice(0, RATE).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(RATE)).toEqual(Array(10).fill(429));
  });

  it("answer every request while Redis is killed mid-load, report it, and warn once", async () => {
    const from = "127.0.0.4";
    const results: Reply[] = [];
    let sent = 0;
    let outputBefore = [0, 0];
    const worker = async (server: ServerProcess) => {
      while (sent < 160) {
        const n = sent++;
        if (n === 60) {
          outputBefore = [a.output().length, b.output().length];
          await redis.kill();
        }
        results.push(
          await gql(server.base, `query ($n: Int!) { drugs(first: $n) { totalCount } }`, { n: n % 7 }, from),
        );
      }
    };
    await Promise.all([worker(a), worker(b), worker(a), worker(b)]);
    expect(results).toHaveLength(160);
    expect(results.filter((r) => r.status !== 200 || r.body.errors)).toEqual([]);
    for (const server of [a, b]) {
      expect(await readyz(server.base)).toEqual({ status: "ready", redis: "down" });
      const since = server.output().slice(outputBefore[server === a ? 0 : 1]);
      const warnings = since.match(/.*redis: unavailable.*/g);
      expect(warnings, since).toHaveLength(1);
    }
  });

  it("use the cache again once Redis is back, without a restart", async () => {
    await redis.start();
    for (const server of [a, b]) {
      await eventually(async () => (await readyz(server.base)).redis === "up", 15_000, `${server.base} reconnects`);
    }
    const from = "127.0.0.5";
    const query = `{ drugs(first: 3) { totalCount } }`;
    const before = await hits(b.base);
    await gql(a.base, query, {}, from);
    const again = await gql(b.base, query, {}, from);
    expect(again.body.extensions).toEqual({ cypher: { roundTrips: 0 } });
    expect(await hits(b.base)).toBe(before + 1);
  });
});
