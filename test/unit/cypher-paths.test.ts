import { describe, expect, it } from "vitest";
import { cypherFile } from "../../src/db/cypher.js";

/** The lines of a paths file from `UNWIND $refs` to the `WITH` that names the two ends `a` and `b`. */
function endpointBlock(name: string): string {
  const lines = cypherFile(name).split("\n");
  const start = lines.findIndex((line) => line.startsWith("UNWIND $refs AS r"));
  const end = lines.findIndex((line) => line.includes(" AS b"));
  return lines.slice(start, end + 1).join("\n");
}

/** A paths file from the call that finds the paths between `a` and `b` to its end. */
function pathsBlock(name: string): string {
  const text = cypherFile(name);
  return text.slice(text.indexOf("OPTIONAL CALL (a, b) {"));
}

/** The lines of a `-by-id` file that name its two ends: from its first non-comment line to the `WITH` naming `b`. */
function idBlock(name: string): string {
  const lines = cypherFile(name).split("\n");
  const start = lines.findIndex((line) => !line.startsWith("//"));
  const end = lines.findIndex((line) => line.includes(" AS found, a, b"));
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

  // The `-by-id` forms differ from their file only in how the ends are found (two id seeks): the rest is the same.
  it.each(["shortest", "all"])("paths/%s-by-id finds its paths as its resolving form does", (name) => {
    const body = pathsBlock(`queries/paths/${name}`);
    expect(body.split("\n").length).toBeGreaterThan(10);
    expect(pathsBlock(`queries/paths/${name}-by-id`)).toBe(body);
  });

  it("the two -by-id forms find their ends with the same block", () => {
    const block = idBlock("queries/paths/shortest-by-id");
    expect(block).toMatch(/^OPTIONAL MATCH \(a:Entity \{id: \$fromId\}\)\n/);
    expect(idBlock("queries/paths/all-by-id")).toBe(block);
  });
});
