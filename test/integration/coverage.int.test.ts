import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coverageCounts, MATRIX_DRUGS, MATRIX_VARIANTS } from "../../src/seed/coverage.js";
import { loadDataset } from "../../src/seed/validate.js";
import { countIn, data, openTestGraph, run, type TestGraph } from "../helpers/graph.js";

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

const count = (text: string): Promise<number> => countIn(graph, text);

interface Cell {
  drug: { id: string };
  variant: { id: string; name: string };
  activity: string;
  ic50nM: number | null;
  assay: string | null;
  sources: string[];
  evidence: { about: string; activity: string; evidence: { level: string; sourceKind: string | null } }[];
}

const MATRIX = `query($drugs: [String!], $variants: [String!], $level: EvidenceLevel) {
  activityMatrix(drugs: $drugs, variants: $variants, level: $level) {
    drug { id } variant { id name } activity ic50nM assay sources
    evidence { about activity evidence { level sourceKind } }
  }
}`;

describe("activityMatrix", () => {
  it("returns the standard 6 × 20 matrix, drug-major in the order asked, in ONE Cypher round trip", async () => {
    const result = await run(graph, MATRIX, { drugs: MATRIX_DRUGS, variants: MATRIX_VARIANTS });
    expect(result.errors).toBeUndefined();
    expect(result.roundTrips).toBe(1);
    const cells = (result.data as { activityMatrix: Cell[] }).activityMatrix;
    expect(cells).toHaveLength(120);
    expect(cells.slice(0, 2).map((c) => [c.drug.id, c.variant.id])).toEqual([
      ["crizotinib", "ALK-C1156Y"],
      ["crizotinib", "ALK-I1171N"],
    ]);
    expect(cells.find((c) => c.variant.name === "T1151ins")).toBeDefined();
    for (const cell of cells) {
      expect(cell.activity === "UNKNOWN").toBe(cell.evidence.length === 0);
      expect(cell.sources.length === 0).toBe(cell.evidence.length === 0);
    }
  });

  it("keeps the round trip count when the nested evidence asks for its papers (one more level)", async () => {
    const query = `{ activityMatrix(drugs: ["lorlatinib", "crizotinib"]) {
      activity evidence { evidence { publications { id } } } } }`;
    const result = await run(graph, query);
    expect(result.errors).toBeUndefined();
    expect(result.roundTrips).toBeLessThanOrEqual(2);
  });

  it("rejects unknown names with close matches, and bad lists before any database call", async () => {
    const unknown = await run(graph, MATRIX, { drugs: ["lorlatinib"], variants: ["G1202X"] });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(unknown.errors?.[0]?.message).toMatch(/^variants: not in the graph's variants: "G1202X"/);
    const empty = await run(graph, MATRIX, { drugs: [] });
    expect(empty.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(empty.roundTrips).toBe(0);
  });

  it("keeps one level's claims with level:", async () => {
    const both = await data<{ activityMatrix: Cell[] }>(graph, MATRIX, {});
    for (const level of ["CLINICAL", "PRECLINICAL"]) {
      const one = await data<{ activityMatrix: Cell[] }>(graph, MATRIX, { level });
      expect(one.activityMatrix).toHaveLength(both.activityMatrix.length);
      for (const cell of one.activityMatrix) for (const e of cell.evidence) expect(e.evidence.level).toBe(level);
    }
  });
});

describe("coverage counts on the live graph (the same as npm run coverage computes from data/)", () => {
  it("agrees with coverageCounts(data/)", async () => {
    const expected = coverageCounts(loadDataset());
    const matrix = await data<{ activityMatrix: Cell[] }>(graph, MATRIX, {
      drugs: MATRIX_DRUGS,
      variants: MATRIX_VARIANTS,
    });
    const cells = matrix.activityMatrix;
    const alkIndependent = "NOT m.category IN ['ON_TARGET_ALK_MUTATION', 'ALK_AMPLIFICATION']";
    const live = {
      cells: cells.length,
      cellsCovered: cells.filter((c) => c.activity !== "UNKNOWN").length,
      cellsPrimaryCellular: cells.filter((c) =>
        c.evidence.some((e) => e.evidence.level === "PRECLINICAL" && e.evidence.sourceKind === "PRIMARY"),
      ).length,
      cellsReviewOnly: cells.filter(
        (c) =>
          c.evidence.length > 0 &&
          c.evidence.every((e) => e.evidence.sourceKind === "REVIEW" || e.evidence.sourceKind === "KNOWLEDGEBASE"),
      ).length,
      ic50Numbers: await count(
        "MATCH (:Variant)-[r:SENSITIVE_TO|CONFERS_RESISTANCE_TO]->(:Drug) WHERE r.ic50nM IS NOT NULL RETURN count(r) AS n",
      ),
      compounds: await count("MATCH (c:CompoundMutation) RETURN count(c) AS n"),
      compoundsLorlatinibPlusOther: await count(
        "MATCH (c:CompoundMutation) WHERE EXISTS { (c)-[:SENSITIVE_TO|CONFERS_RESISTANCE_TO]->(:Drug {id: 'lorlatinib'}) } " +
          "AND COUNT { MATCH (c)-[:SENSITIVE_TO|CONFERS_RESISTANCE_TO]->(d:Drug) RETURN DISTINCT d } >= 2 RETURN count(c) AS n",
      ),
      mechanisms: await count(`MATCH (m:ResistanceMechanism) WHERE ${alkIndependent} RETURN count(m) AS n`),
      mechanismsWithTherapy: await count(
        `MATCH (m:ResistanceMechanism) WHERE ${alkIndependent} AND EXISTS { (m)<-[:OVERCOMES]-() } RETURN count(m) AS n`,
      ),
      mechanismsWithNamedTherapy: await count(
        `MATCH (m:ResistanceMechanism) WHERE ${alkIndependent} AND EXISTS { (m)<-[:OVERCOMES]-(t) ` +
          "WHERE t:Drug OR size(coalesce(t.drugClasses, [])) = 0 } RETURN count(m) AS n",
      ),
      mechanismsWithTrial: await count(
        `MATCH (m:ResistanceMechanism) WHERE ${alkIndependent} AND EXISTS { (m)<-[:ADDRESSES]-(:ClinicalTrial) } ` +
          "RETURN count(m) AS n",
      ),
    };
    expect(live).toEqual(expected);
  });
});
