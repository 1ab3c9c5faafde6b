import type { Request, Response } from "express";
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
// Operation names come from clients: past this many distinct ones, new names are counted as "other".
const MAX_OPERATIONS = 200;

const COUNTERS = {
  cypher_round_trips_total: {
    help: "Cypher round trips (transactions) to Neo4j, by GraphQL operation.",
    labels: ["operation"],
  },
  http_rejected_requests_total: { help: "Requests refused before GraphQL ran, by error code.", labels: ["code"] },
  graphql_response_cache_total: {
    help: "Cacheable GraphQL queries answered from the response cache (hit) or from Neo4j (miss).",
    labels: ["result"],
  },
} as const;
export type CounterName = keyof typeof COUNTERS;

/**
 * The server's Prometheus metrics on prom-client: request durations by operation and outcome, our counters, and
 * prom-client's default process metrics (event-loop lag, heap, GC, CPU) — what an operator of replicas watches.
 * Each instance has its own registry, so tests and several apps in one process do not share series.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly durations: Histogram<"operation" | "outcome">;
  private readonly counters: Record<CounterName, Counter<string>>;

  constructor({ processMetrics = true }: { processMetrics?: boolean } = {}) {
    this.durations = new Histogram({
      name: "graphql_request_duration_seconds",
      help: "GraphQL request duration, by operation and outcome (ok or error code).",
      labelNames: ["operation", "outcome"],
      buckets: BUCKETS,
      registers: [this.registry],
    });
    this.counters = Object.fromEntries(
      Object.entries(COUNTERS).map(([name, { help, labels }]) => [
        name,
        new Counter({ name, help, labelNames: [...labels], registers: [this.registry] }),
      ]),
    ) as Record<CounterName, Counter<string>>;
    if (processMetrics) collectDefaultMetrics({ register: this.registry });
  }

  /** A client-chosen operation name made safe as a label value. */
  operation(name: string | null | undefined): string {
    if (!name) return "anonymous";
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return "other";
    if (!this.operations.has(name) && this.operations.size >= MAX_OPERATIONS) return "other";
    this.operations.add(name);
    return name;
  }

  observeRequest(operation: string, outcome: string, seconds: number): void {
    this.durations.observe({ operation, outcome }, seconds);
  }

  increment(name: CounterName, labels: Record<string, string>, by = 1): void {
    this.counters[name].inc(labels, by);
  }

  /** The exposition text (Prometheus text format 0.0.4). */
  text(): Promise<string> {
    return this.registry.metrics();
  }
}

export function metricsRoute(metrics: Metrics) {
  return async (_req: Request, res: Response): Promise<void> => {
    res.type(metrics.registry.contentType).send(await metrics.text());
  };
}
