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
    expect(query.text).toContain("MATCH (x)-[r:CONFERS_RESISTANCE_TO|SENSITIVE_TO]->(t:Drug)");
    expect(query.text).toContain("MATCH (x)-[r:CONFERS_RESISTANCE_TO|SENSITIVE_TO]->(t)");
  });

  it("refuses anything outside the graph model, so no text can be injected as a label", () => {
    expect(() => cypherTemplate("seed/nodes", { label: "Drug) DETACH DELETE (n" as Label })).toThrow(
      "label not in the graph model",
    );
    expect(() =>
      cypherTemplate("seed/relationships", { fromLabel: "Drug", toLabel: "Gene", type: "KNOWS" as never }),
    ).toThrow("relationship type not in the graph model");
  });

  it("writes exact-match filters out property by property, only for allow-listed properties", () => {
    const filtered = cypherTemplate("queries/nodes/page", {
      label: "ClinicalTrial",
      filters: { filterOn: "ClinicalTrial", properties: ["phase", "status"] },
      sortBy: { sortBy: "name" },
    });
    expect(filtered.text).toContain("WHERE n.phase = $where.phase AND n.status = $where.status\n");
    expect(filtered.text).toContain("ORDER BY n.name, n.id");
    const none = cypherTemplate("queries/nodes/page", {
      label: "Drug",
      filters: { filterOn: "Drug", properties: [] },
      sortBy: { sortBy: "id" },
    });
    expect(none.text).toContain("WHERE true\n");
    const related = cypherTemplate("queries/nodes/page", {
      label: "ClinicalTrial",
      filters: { filterOn: "ClinicalTrial", properties: ["drug"] },
      sortBy: { sortBy: "id" },
    });
    expect(related.text).toContain("WHERE EXISTS { (n)-[:TESTS]->(d:Drug) WHERE d.keysText CONTAINS $where.drug }\n");
    expect(() =>
      cypherTemplate("queries/nodes/page", {
        label: "Drug",
        filters: { filterOn: "Drug", properties: [] },
        sortBy: { sortBy: "name DESC, n.secret" },
      }),
    ).toThrow("cannot sort by");
    expect(() =>
      cypherTemplate("queries/nodes/page", {
        label: "Drug",
        filters: { filterOn: "Drug", properties: ["name} DETACH DELETE n //"] },
        sortBy: { sortBy: "id" },
      }),
    ).toThrow("is not a filterable property");
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

describe("cypherTemplate integer slots", () => {
  it("fills a variable-length bound with a small whole number", () => {
    const query = cypherTemplate("queries/paths/shortest", { maxHops: 4, types: ["TARGETS", "VARIANT_OF"] });
    expect(query.text).toContain("[:TARGETS|VARIANT_OF*..4]");
  });

  it("refuses fractions, negatives, large numbers and numeric text", () => {
    for (const bad of [2.5, -1, 11, Number.NaN]) {
      expect(() => cypherTemplate("queries/paths/shortest", { maxHops: bad, types: ["TARGETS"] })).toThrow(
        "must be an integer 0..10",
      );
    }
    expect(() => cypherTemplate("queries/paths/shortest", { maxHops: "3]-()" as never, types: ["TARGETS"] })).toThrow(
      "label not in the graph model",
    );
  });
});
