/** Pure aggregation of benchmark samples: medians over interleaved rounds, percentiles, ratios, goal checks. */

export interface Sample {
  /** Requests per second over the run. */
  rps: number;
  /** Latency percentiles in milliseconds. */
  p50: number;
  p99: number;
  /** Failed requests: connection errors, timeouts and non-2xx answers. */
  errors: number;
  /** CPU ms per request of the server's process and of Neo4j during the run (Linux; bench/cpu.ts). */
  cpu?: { server: number; neo4j: number };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile (p in 0..100) of raw latencies; used where autocannon's histogram is not at hand. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

/** One cell of the table from its rounds: the median of each measure, and every error counted. */
export function aggregate(rounds: readonly Sample[]): Sample {
  return {
    rps: median(rounds.map((s) => s.rps)),
    p50: median(rounds.map((s) => s.p50)),
    p99: median(rounds.map((s) => s.p99)),
    errors: rounds.reduce((n, s) => n + s.errors, 0),
    ...(rounds.every((s) => s.cpu)
      ? {
          cpu: {
            server: median(rounds.map((s) => s.cpu!.server)),
            neo4j: median(rounds.map((s) => s.cpu!.neo4j)),
          },
        }
      : {}),
  };
}

/** a / b, or null when either side is missing or b is zero (printed "n/a"). */
export function ratio(a: number | undefined, b: number | undefined): number | null {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return a / b;
}

/**
 * Two servers' requests/s compared round by round, then the median of those ratios. Each round measures the servers
 * one after the other for the same operation and concurrency, seconds apart, so what the machine does between
 * minutes (its throughput drifts by a third and more over a run) cancels within a pair. Null when either side lacks
 * a round.
 */
export function pairedRatio(a: readonly Sample[] | undefined, b: readonly Sample[] | undefined): number | null {
  if (!a || !b || a.length === 0 || a.length !== b.length) return null;
  const ratios = a.map((sample, i) => ratio(sample.rps, b[i]!.rps));
  return ratios.every((x) => x !== null) ? median(ratios as number[]) : null;
}

export function fmt(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "n/a" : value.toFixed(digits);
}

/** One --trace-gc line: the heap (MB) before and after a collection. */
export interface GcEvent {
  before: number;
  after: number;
}

export function gcEvents(text: string): GcEvent[] {
  const events: GcEvent[] = [];
  for (const m of text.matchAll(/ms: [A-Za-z-]+[^\n]*? ([\d.]+) \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/g)) {
    events.push({ before: Number(m[1]), after: Number(m[2]) });
  }
  return events;
}

/** MB allocated between the first and the last collection of `events`. */
export function allocatedMB(events: GcEvent[]): number {
  let total = 0;
  for (let i = 1; i < events.length; i++) total += Math.max(0, events[i]!.before - events[i - 1]!.after);
  return total;
}
