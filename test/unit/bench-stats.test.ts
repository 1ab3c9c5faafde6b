import { describe, expect, it } from "vitest";
import { cpuMs } from "../../bench/cpu.js";
import { aggregate, allocatedMB, fmt, gcEvents, median, pairedRatio, percentile, ratio } from "../../bench/stats.js";

describe("benchmark aggregation", () => {
  it("takes the median of odd and even counts, without reordering the input", () => {
    const values = [9, 1, 5];
    expect(median(values)).toBe(5);
    expect(values).toEqual([9, 1, 5]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it("computes nearest-rank percentiles", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
  });

  it("aggregates rounds into medians and sums their errors", () => {
    const rounds = [
      { rps: 100, p50: 2, p99: 9, errors: 0 },
      { rps: 300, p50: 4, p99: 30, errors: 2 },
      { rps: 200, p50: 3, p99: 10, errors: 1 },
    ];
    expect(aggregate(rounds)).toEqual({ rps: 200, p50: 3, p99: 10, errors: 3 });
  });

  it("takes the median CPU per request of each process, only when every round measured it", () => {
    const cpu = (server: number, neo4j: number) => ({ rps: 1, p50: 1, p99: 1, errors: 0, cpu: { server, neo4j } });
    expect(aggregate([cpu(3, 1), cpu(5, 2), cpu(4, 9)]).cpu).toEqual({ server: 4, neo4j: 2 });
    expect(aggregate([cpu(3, 1), { rps: 1, p50: 1, p99: 1, errors: 0 }]).cpu).toBeUndefined();
  });

  it("reads a live process's CPU time from /proc, and nothing for a process that is gone", () => {
    const mine = cpuMs(process.pid);
    expect(mine).toBeGreaterThan(0);
    const start = Date.now();
    while (Date.now() - start < 60); // busy: the count must move (10 ms ticks)
    expect(cpuMs(process.pid)!).toBeGreaterThan(mine!);
    expect(cpuMs(2 ** 22 + 1)).toBeUndefined();
    expect(cpuMs(undefined)).toBeUndefined();
  });

  it("gives ratios, and n/a when a side is missing or zero", () => {
    expect(ratio(150, 100)).toBe(1.5);
    expect(ratio(undefined, 100)).toBeNull();
    expect(ratio(5, 0)).toBeNull();
    expect(fmt(ratio(2, 3))).toBe("0.67");
    expect(fmt(null)).toBe("n/a");
  });

  it("compares two servers round by round: the median of the per-round ratios, not the ratio of medians", () => {
    const at = (...rps: number[]) => rps.map((x) => ({ rps: x, p50: 1, p99: 1, errors: 0 }));
    // The machine slowed in round 2 and sped up in round 3 for both: each round's pair says 0.5.
    const ours = at(100, 40, 300);
    const raw = at(200, 80, 600);
    expect(pairedRatio(ours, raw)).toBe(0.5);
    expect(ratio(median([100, 40, 300]), median([200, 80, 600]))).toBe(0.5);
    // Unpaired, the drift decides: ours' median round (100) over raw's (300) would say 0.33.
    expect(pairedRatio(at(100, 40, 300), at(200, 300, 600))).toBe(0.5);
    expect(ratio(median([100, 40, 300]), median([200, 300, 600]))).toBeCloseTo(1 / 3);
    expect(pairedRatio(at(1, 2), at(1))).toBeNull();
    expect(pairedRatio(undefined, raw)).toBeNull();
    expect(pairedRatio(ours, at(100, 0, 300))).toBeNull();
  });

  it("reads --trace-gc lines and sums the heap allocated between collections", () => {
    const trace = [
      "[1:0x1]      104 ms: Scavenge 3.8 (4.0) -> 3.4 (5.0) MB, 3.91 / 0.00 ms  (average mu = 1.000) allocation failure;",
      "[1:0x1]      114 ms: Scavenge 4.1 (5.2) -> 3.9 (5.7) MB, 8.88 / 0.00 ms  (average mu = 1.000) allocation failure;",
      "[1:0x1]      200 ms: Mark-Compact (reduce) 9.9 (12.0) -> 5.0 (8.0) MB, 20.1 / 0.0 ms  (average mu = 0.9) finalize;",
    ].join("\n");
    const events = gcEvents(trace);
    expect(events).toEqual([
      { before: 3.8, after: 3.4 },
      { before: 4.1, after: 3.9 },
      { before: 9.9, after: 5.0 },
    ]);
    expect(allocatedMB(events)).toBeCloseTo(0.7 + 6.0);
  });
});
