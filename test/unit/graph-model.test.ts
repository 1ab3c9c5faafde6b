import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../src/config.js";
import { LABELS, RELATIONSHIPS } from "../../src/graph/model.js";

const doc = fs.readFileSync(path.join(ROOT, "schema", "graph-model.md"), "utf8");
const cypher = (file: string) => fs.readFileSync(path.join(ROOT, "cypher", file), "utf8");

/** Rows of the Markdown table under `heading`, as arrays of cell texts. */
function table(heading: string): string[][] {
  const section = doc.split(`## ${heading}`)[1]!.split("\n## ")[0]!;
  return section
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| ---"))
    .slice(1)
    .map((line) =>
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

describe("the graph model", () => {
  it("lists the same labels in schema/graph-model.md as in src/graph/model.ts", () => {
    expect(table("Node labels").map((row) => row[0])).toEqual([...LABELS]);
  });

  it("lists the same relationship types, ends, claim flag and meaning", () => {
    const rows = table("Relationship types");
    expect(rows).toEqual(
      RELATIONSHIPS.map((r) => [r.type, r.from.join(", "), r.to.join(", "), r.claim ? "yes" : "no", r.meaning]),
    );
  });

  it("gives every label a uniqueness constraint on id", () => {
    for (const label of LABELS)
      expect(cypher("schema/001-constraints.cypher")).toContain(`FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
  });

  it("counts every label but Dataset, and every relationship type, in the about query", () => {
    const counts = cypher("queries/about/counts.cypher");
    for (const label of LABELS.filter((l) => l !== "Dataset"))
      expect(counts).toContain(`${label}: COUNT { (:${label}) }`);
    for (const { type } of RELATIONSHIPS) expect(counts).toContain(`${type}: COUNT { ()-[:${type}]->() }`);
  });

  it("names labels in PascalCase and relationship types as UPPER_SNAKE verbs", () => {
    for (const label of LABELS) expect(label).toMatch(/^[A-Z][a-zA-Z]+$/);
    for (const { type } of RELATIONSHIPS) expect(type).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
  });
});
