import { describe, expect, it } from "vitest";
import { cypherTemplate, statements } from "../../src/db/cypher.js";
import type { Label } from "../../src/graph/model.js";

describe("cypherTemplate", () => {
  it("fills label and type slots from the allow-list", () => {
    const query = cypherTemplate("seed/relationships", { fromLabel: "Variant", toLabel: "Drug", type: "SENSITIVE_TO" });
    expect(query.text).toContain("MATCH (a:Variant {id: row.from})");
    expect(query.text).toContain("MATCH (b:Drug {id: row.to})");
    expect(query.text).toContain("MERGE (a)-[r:SENSITIVE_TO {key: row.key}]->(b)");
  });

  it("joins several relationship types with |", () => {
    const query = cypherTemplate("queries/related/edges-out", {
      fromLabel: "Variant",
      toLabel: "Drug",
      type: ["CONFERS_RESISTANCE_TO", "SENSITIVE_TO"],
    });
    expect(query.text).toContain("MATCH (s)-[r:CONFERS_RESISTANCE_TO|SENSITIVE_TO]->(t:Drug)");
  });

  it("refuses anything outside the graph model, so no text can be injected as a label", () => {
    expect(() => cypherTemplate("seed/nodes", { label: "Drug) DETACH DELETE (n" as Label })).toThrow(
      "label not in the graph model",
    );
    expect(() =>
      cypherTemplate("seed/relationships", { fromLabel: "Drug", toLabel: "Gene", type: "KNOWS" as never }),
    ).toThrow("relationship type not in the graph model");
  });

  it("fails loudly on a slot without a value", () => {
    expect(() => cypherTemplate("seed/nodes", {})).toThrow("no value for {{label}}");
  });
});

describe("statements", () => {
  it("splits a script on ; at line ends and drops comment lines", () => {
    expect(statements("// header\nCREATE A;\n\n// note\nCREATE B\n  X;\n")).toEqual(["CREATE A", "CREATE B\n  X"]);
  });
});
