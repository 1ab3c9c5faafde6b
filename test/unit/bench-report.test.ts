import { describe, expect, it } from "vitest";
import { markdown, ratiosSummary, type Cell, type Results } from "../../bench/report.js";
import { aggregate } from "../../bench/stats.js";
import type { ServerName } from "../../bench/operations.js";

function cell(server: ServerName, rps: number[]): Cell {
  const rounds = rps.map((x) => ({ rps: x, p50: 1, p99: 2, errors: 0 }));
  return { scale: 1, op: "lookup", server, concurrency: 8, rounds, result: aggregate(rounds) };
}

const results = (cells: Cell[]): Results => ({
  machine: { cpus: 2, cpuModel: "test", memoryGiB: 24, node: "20", platform: "linux" },
  settings: { scales: [1], concurrency: [8], scaleConcurrency: 1, rounds: 3, seconds: 3, ops: ["lookup"] },
  graph: { 1: { nodes: 1, relationships: 0 } },
  checks: [],
  cells,
});

describe("the benchmark report", () => {
  // Round 2 ran on a slower machine for ours and raw alike, round 3 on a faster one for @neo4j/graphql and raw.
  const run = results([
    cell("ours", [700, 500, 800]),
    cell("raw", [1000, 700, 1100]),
    cell("neo4j-graphql", [300, 200, 320]),
  ]);

  it("states ratios paired round by round (the median of each round's ratio), and checks the goals on them", () => {
    // Ours / raw per round: 0.70, 0.71, 0.73 → 0.71 (the ratio of medians, 700 / 1000, would say 0.70).
    // Ours / @neo4j/graphql: 2.33, 2.50, 2.50 → 2.50.
    expect(ratiosSummary(run)).toBe(
      [
        "Ratios of requests/s (this server / other; > 1 means this server is faster):",
        "  lookup             this/raw Cypher 0.71 (c8);  this/@neo4j/graphql 2.50 (c8)",
        "Goals: all met.",
      ].join("\n"),
    );
    expect(markdown(run)).toContain(
      "| lookup | 8 | 700 · 1.0 · 2.0 · 0 | 300 · 1.0 · 2.0 · 0 | 1000 · 1.0 · 2.0 · 0 | 0.71 | 2.50 |",
    );
  });

  it("names a goal missed on the paired ratio", () => {
    const slow = results([cell("ours", [600, 500, 640]), cell("raw", [1000, 700, 1000])]);
    expect(ratiosSummary(slow)).toContain("Goals not met: lookup: below 0.67× raw Cypher.");
  });
});
