import { buildSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { createSchema } from "../../src/schema.js";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../../src/config.js";
import { RELATIONSHIP_MAP, relationshipRows } from "../../src/translate/relationship-map.js";
import { checkTranslatable } from "../../src/translate/schema-check.js";
import { EDGES } from "../../src/modules/claims/claim-edges.js";

// The translator's relationship map is checked when the schema is built: a field of a node type that is neither a
// stored property nor mapped fails at start-up, not at request time.

describe("checkTranslatable", () => {
  it("accepts the server's schema (every node-type field has a translation)", async () => {
    await expect(createSchema()).resolves.toBeDefined();
  });

  it("refuses a node-type field with no relationship mapping and no stored property", () => {
    const sdl = `type Query { x: Int }
      type Gene { id: ID! symbol: String! }
      type Drug { id: ID! name: String! sideEffects: [Gene!]! }`;
    const extended = buildSchema(sdl);
    expect(() => checkTranslatable(extended, new Set())).toThrow(/Drug\.sideEffects/);
  });

  it("refuses a leaf computed by a field resolver that the translator does not know", () => {
    const schema = buildSchema(`type Query { x: Int } type Pathway { id: ID! name: String! score: Float }`);
    expect(() => checkTranslatable(schema, new Set(["Pathway.score"]))).toThrow(/Pathway\.score/);
  });

  it("builds the relationship map from EDGES, not a copy", () => {
    const used = new Set(Object.values(RELATIONSHIP_MAP).flatMap((field) => field.edges));
    for (const spec of used) expect(Object.values(EDGES)).toContain(spec);
  });

  it("is the table of relationship fields in schema/graph-model.md", () => {
    const doc = fs.readFileSync(path.join(ROOT, "schema", "graph-model.md"), "utf8");
    const section = doc.split("## GraphQL relationship fields")[1]!.split("\n## ")[0]!;
    const lines = section.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| ---"));
    expect(lines.slice(1)).toEqual(relationshipRows().map((row) => `| ${row.join(" | ")} |`));
  });
});
