import { RateLimiterMemory } from "rate-limiter-flexible";
import { describe, expect, it } from "vitest";
import { Metrics } from "../../src/http/metrics.js";
import { rateLimit } from "../../src/http/rate-limit.js";
import { clientAddress, type HttpRequest, type HttpResponse } from "../../src/http/route.js";

// What the limiter reads of a request (its socket address and headers) and writes to a response.
const fakeReq = (address: string, headers: Record<string, string> = {}) =>
  ({ headers, socket: { remoteAddress: address } }) as unknown as HttpRequest;

function fakeRes() {
  const res = {
    statusCode: 200,
    headers: {} as Record<string, string | number>,
    body: undefined as unknown,
    setHeader(name: string, value: string | number) {
      this.headers[name] = value;
    },
    end(body: string) {
      this.body = JSON.parse(body);
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
      await limit(fakeReq(ip), res as unknown as HttpResponse, () => (passed = true));
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
      fakeReq("a"),
      fakeRes() as unknown as HttpResponse,
      () => (passed = true),
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

describe("the client a request counts against", () => {
  const forwarded = fakeReq("10.0.0.2", { "x-forwarded-for": "203.0.113.7, 10.0.0.9" });

  it("is the socket address unless proxies are trusted", () => {
    expect(clientAddress(false)(forwarded)).toBe("10.0.0.2");
  });

  it("is the address a trusted proxy forwarded: by hop count, or by the proxies' addresses", () => {
    expect(clientAddress(1)(forwarded)).toBe("10.0.0.9");
    expect(clientAddress(2)(forwarded)).toBe("203.0.113.7");
    expect(clientAddress("10.0.0.0/8")(forwarded)).toBe("203.0.113.7");
    expect(clientAddress("loopback")(forwarded)).toBe("10.0.0.2");
  });
});
