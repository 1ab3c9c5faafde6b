import { describe, expect, it } from "vitest";
import { aggregate, fmt, median, percentile, ratio } from "../../bench/stats.js";

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

  it("gives ratios, and n/a when a side is missing or zero", () => {
    expect(ratio(150, 100)).toBe(1.5);
    expect(ratio(undefined, 100)).toBeNull();
    expect(ratio(5, 0)).toBeNull();
    expect(fmt(ratio(2, 3))).toBe("0.67");
    expect(fmt(null)).toBe("n/a");
  });
});
