import type { NextFunction, Request, Response } from "express";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { describe, expect, it } from "vitest";
import { Metrics } from "../../src/http/metrics.js";
import { rateLimit } from "../../src/http/rate-limit.js";

function fakeRes() {
  const res = {
    statusCode: 200,
    headers: {} as Record<string, string>,
    body: undefined as unknown,
    status(code: number) {
      this.statusCode = code;
      return this;
    },
    setHeader(name: string, value: string) {
      this.headers[name] = value;
    },
    json(body: unknown) {
      this.body = body;
      return this;
    },
  };
  return res;
}

describe("rate limit", () => {
  it("lets N requests per client through in a window, then 429 RATE_LIMITED with Retry-After until it ends", async () => {
    const metrics = new Metrics({ processMetrics: false });
    const limit = rateLimit(2, metrics, new RateLimiterMemory({ points: 2, duration: 1 }));
    const hit = async (ip: string) => {
      const res = fakeRes();
      let passed = false;
      await limit({ ip } as Request, res as unknown as Response, (() => (passed = true)) as NextFunction);
      return { status: passed ? 200 : res.statusCode, retryAfter: res.headers["Retry-After"], body: res.body };
    };
    const statuses = [];
    for (const ip of ["a", "a", "a", "b"]) statuses.push((await hit(ip)).status);
    expect(statuses).toEqual([200, 200, 429, 200]);
    const refused = await hit("a");
    expect(refused).toEqual({
      status: 429,
      retryAfter: "1",
      body: { errors: [{ message: "Too many requests; slow down.", extensions: { code: "RATE_LIMITED" } }] },
    });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await hit("a")).status).toBe(200);
    expect(await metrics.text()).toContain('http_rejected_requests_total{code="RATE_LIMITED"} 2');
  });

  it("is off at 0", async () => {
    let passed = false;
    await rateLimit(0, new Metrics({ processMetrics: false }))(
      { ip: "a" } as Request,
      fakeRes() as unknown as Response,
      (() => (passed = true)) as NextFunction,
    );
    expect(passed).toBe(true);
  });
});

describe("metrics", () => {
  it("renders histograms and counters, and caps client-chosen operation names", async () => {
    const metrics = new Metrics({ processMetrics: false });
    metrics.observeRequest(metrics.operation("Drug"), "ok", 0.02);
    metrics.increment("cypher_round_trips_total", { operation: "Drug" }, 2);
    expect(metrics.operation('bad"name')).toBe("other");
    expect(metrics.operation(undefined)).toBe("anonymous");
    const text = await metrics.text();
    expect(text).toContain('graphql_request_duration_seconds_bucket{le="0.01",operation="Drug",outcome="ok"} 0');
    expect(text).toContain('graphql_request_duration_seconds_bucket{le="0.025",operation="Drug",outcome="ok"} 1');
    expect(text).toContain('graphql_request_duration_seconds_count{operation="Drug",outcome="ok"} 1');
    expect(text).toContain('cypher_round_trips_total{operation="Drug"} 2');
  });

  it("exports prom-client's default process metrics beside ours", async () => {
    const text = await new Metrics().text();
    for (const name of ["nodejs_eventloop_lag_seconds", "nodejs_heap_size_used_bytes", "process_cpu_seconds_total"]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    expect(text).toContain("# TYPE nodejs_gc_duration_seconds histogram");
  });
});
