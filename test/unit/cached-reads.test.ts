import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import type { NextFunction, Request, Response } from "express";
import { describe, expect, it } from "vitest";
import { ANONYMOUS } from "../../src/auth/api-keys.js";
import { cachedReads, cacheKey } from "../../src/http/cached-reads.js";
import { Metrics } from "../../src/http/metrics.js";
import { DataGeneration } from "../../src/shared/generation.js";
import { SharedRedis } from "../../src/shared/redis.js";

const QUERY = '{ drug(name: "lorlatinib") { name } }';

async function setup() {
  const cache = new InMemoryLRUCache<string>();
  const generation = new DataGeneration(new SharedRedis(undefined, () => {}));
  const metrics = new Metrics({ processMetrics: false });
  // What Apollo's response-cache plugin writes for an anonymous query (prefix "fqc:", sessionMode 0).
  const key = cacheKey({
    source: QUERY,
    operationName: null,
    variables: {},
    extra: await generation.current(),
    sessionMode: 0,
  });
  await cache.set(`fqc:${key}`, JSON.stringify({ data: { drug: { name: "Lorlatinib" } }, cacheTime: Date.now() }));
  return { cache, generation, metrics, middleware: cachedReads({ cache, generation, metrics, logger: null }) };
}

async function send(middleware: ReturnType<typeof cachedReads>, body: unknown, actor = ANONYMOUS) {
  let sent: unknown = undefined;
  let headers: Record<string, unknown> = {};
  let passed = false;
  const res = {
    locals: { actor, requestId: "r1" },
    writeHead: (status: number, h: Record<string, unknown>) => (headers = { status, ...h }),
    end: (b: string) => (sent = JSON.parse(b)),
  };
  await middleware(
    { method: "POST", body } as Request,
    res as unknown as Response,
    (() => (passed = true)) as NextFunction,
  );
  return { sent, headers, passed };
}

describe("cached reads before Apollo", () => {
  it("answers an anonymous repeated query from the plugin's entry, with 0 round trips, and counts the hit", async () => {
    const { middleware, metrics } = await setup();
    const body = '{"data":{"drug":{"name":"Lorlatinib"}},"extensions":{"cypher":{"roundTrips":0}}}';
    const expected = {
      sent: JSON.parse(body),
      headers: {
        status: 200,
        "content-type": "application/json; charset=utf-8",
        "content-length": Buffer.byteLength(body),
        age: "0",
      },
      passed: false,
    };
    expect(await send(middleware, { query: QUERY })).toEqual(expected);
    // The second hit reuses the body built for the first (same stored entry), and answers the same.
    expect(await send(middleware, { query: QUERY })).toEqual(expected);
    expect(await metrics.text()).toContain('graphql_response_cache_total{result="hit"} 2');
  });

  it("leaves everything else to Apollo: other variables, keyed callers, and any entry from before a write", async () => {
    const { middleware, generation } = await setup();
    expect((await send(middleware, { query: QUERY, variables: { n: 1 } })).passed).toBe(true);
    expect((await send(middleware, { query: QUERY }, { name: "alice", role: "CURATOR" })).passed).toBe(true);
    await generation.bump();
    expect((await send(middleware, { query: QUERY })).passed).toBe(true);
  });
});
