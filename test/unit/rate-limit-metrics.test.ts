import type { NextFunction, Request, Response } from "express";
import { describe, expect, it } from "vitest";
import { Metrics } from "../../src/http/metrics.js";
import { rateLimit } from "../../src/http/rate-limit.js";

function fakeRes() {
  const res = {
    statusCode: 200,
    headers: {} as Record<string, string>,
    status(code: number) {
      this.statusCode = code;
      return this;
    },
    setHeader(name: string, value: string) {
      this.headers[name] = value;
    },
    json() {
      return this;
    },
  };
  return res;
}

describe("rate limit", () => {
  it("lets a burst of N through per client, then refills at N per minute", () => {
    let now = 0;
    const limit = rateLimit(2, new Metrics(), () => now);
    const hit = (ip: string) => {
      const res = fakeRes();
      let passed = false;
      limit({ ip } as Request, res as unknown as Response, (() => (passed = true)) as NextFunction);
      return passed ? 200 : res.statusCode;
    };
    expect([hit("a"), hit("a"), hit("a"), hit("b")]).toEqual([200, 200, 429, 200]);
    now = 30_000;
    expect([hit("a"), hit("a")]).toEqual([200, 429]);
  });
});

describe("metrics", () => {
  it("renders histograms and counters, and caps client-chosen operation names", () => {
    const metrics = new Metrics();
    metrics.observeRequest(metrics.operation("Drug"), "ok", 0.02);
    metrics.increment("cypher_round_trips_total", { operation: "Drug" }, 2);
    expect(metrics.operation('bad"name')).toBe("other");
    expect(metrics.operation(undefined)).toBe("anonymous");
    const text = metrics.text();
    expect(text).toContain('graphql_request_duration_seconds_bucket{operation="Drug",outcome="ok",le="0.01"} 0');
    expect(text).toContain('graphql_request_duration_seconds_bucket{operation="Drug",outcome="ok",le="0.025"} 1');
    expect(text).toContain('graphql_request_duration_seconds_count{operation="Drug",outcome="ok"} 1');
    expect(text).toContain('cypher_round_trips_total{operation="Drug"} 2');
  });
});
