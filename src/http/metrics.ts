import type { Request, Response } from "express";

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
// Operation names come from clients: past this many distinct ones, new names are counted as "other".
const MAX_OPERATIONS = 200;

type Labels = Record<string, string>;

const COUNTERS = {
  cypher_round_trips_total: "Cypher round trips (transactions) to Neo4j, by GraphQL operation.",
  http_rejected_requests_total: "Requests refused before GraphQL ran, by error code.",
} as const;
export type CounterName = keyof typeof COUNTERS;

interface Series {
  labels: Labels;
  buckets: number[];
  sum: number;
  count: number;
}

const key = (labels: Labels): string => JSON.stringify(labels);
const escape = (value: string): string => value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
const render = (labels: Labels): string =>
  Object.entries(labels)
    .map(([k, v]) => `${k}="${escape(v)}"`)
    .join(",");

/** The few Prometheus series this server exports, in the text exposition format (no client library needed). */
export class Metrics {
  private readonly durations = new Map<string, Series>();
  private readonly counters = new Map<string, Map<string, { labels: Labels; value: number }>>();
  private readonly operations = new Set<string>();

  /** A client-chosen operation name made safe as a label value. */
  operation(name: string | null | undefined): string {
    if (!name) return "anonymous";
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return "other";
    if (!this.operations.has(name) && this.operations.size >= MAX_OPERATIONS) return "other";
    this.operations.add(name);
    return name;
  }

  observeRequest(operation: string, outcome: string, seconds: number): void {
    const labels = { operation, outcome };
    let series = this.durations.get(key(labels));
    if (!series) {
      series = { labels, buckets: BUCKETS.map(() => 0), sum: 0, count: 0 };
      this.durations.set(key(labels), series);
    }
    BUCKETS.forEach((bound, i) => {
      if (seconds <= bound) series.buckets[i]! += 1;
    });
    series.sum += seconds;
    series.count += 1;
  }

  increment(name: CounterName, labels: Labels, by = 1): void {
    let series = this.counters.get(name);
    if (!series) this.counters.set(name, (series = new Map()));
    const entry = series.get(key(labels)) ?? { labels, value: 0 };
    entry.value += by;
    series.set(key(labels), entry);
  }

  text(): string {
    const lines = [
      "# HELP graphql_request_duration_seconds GraphQL request duration, by operation and outcome (ok or error code).",
      "# TYPE graphql_request_duration_seconds histogram",
    ];
    for (const s of this.durations.values()) {
      const base = render(s.labels);
      BUCKETS.forEach((bound, i) =>
        lines.push(`graphql_request_duration_seconds_bucket{${base},le="${bound}"} ${s.buckets[i]}`),
      );
      lines.push(`graphql_request_duration_seconds_bucket{${base},le="+Inf"} ${s.count}`);
      lines.push(`graphql_request_duration_seconds_sum{${base}} ${s.sum}`);
      lines.push(`graphql_request_duration_seconds_count{${base}} ${s.count}`);
    }
    for (const [name, help] of Object.entries(COUNTERS)) {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} counter`);
      for (const { labels, value } of this.counters.get(name as CounterName)?.values() ?? []) {
        lines.push(`${name}{${render(labels)}} ${value}`);
      }
    }
    return `${lines.join("\n")}\n`;
  }
}

export function metricsRoute(metrics: Metrics) {
  return (_req: Request, res: Response): void => {
    res.type("text/plain; version=0.0.4; charset=utf-8").send(metrics.text());
  };
}
