import { describe, expect, it } from "vitest";
import { cypherFile } from "../../src/db/cypher.js";

/** The lines of a paths file from `UNWIND $refs` to the `WITH` that names the two ends `a` and `b`. */
function endpointBlock(name: string): string {
  const lines = cypherFile(name).split("\n");
  const start = lines.findIndex((line) => line.startsWith("UNWIND $refs AS r"));
  const end = lines.findIndex((line) => line.includes(" AS b"));
  return lines.slice(start, end + 1).join("\n");
}

describe("paths/shortest and paths/all", () => {
  // Each resolves its two ends in its own statement (one round trip per question), so the block is written twice;
  // this keeps the two copies one rule.
  it("resolve their ends with the same block", () => {
    const shortest = endpointBlock("queries/paths/shortest");
    expect(shortest.split("\n").length).toBeGreaterThan(10);
    expect(endpointBlock("queries/paths/all")).toBe(shortest);
  });
});
