import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cypher } from "../../src/db/cypher.js";
import { onePerPair, RELATIONSHIPS } from "../../src/graph/model.js";
import { graphCounts, seed } from "../../src/seed/load.js";
import { loadDataset } from "../../src/seed/validate.js";
import { data, openTestGraph, type TestGraph } from "../helpers/graph.js";

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

describe("seed", () => {
  it("is idempotent: seeding the curated data again changes no node or relationship count", async () => {
    const before = await graphCounts(graph.executor);
    const report = await seed(graph.executor, loadDataset());
    expect(report.before.nodes).toEqual(before.nodes);
    expect(report.after.nodes).toEqual(before.nodes);
    expect(report.after.relationships).toEqual(before.relationships);
    expect(report.pruned).toBe(0);
    expect(report.prunedNodes).toBe(0);
  });

  it("prunes a node that data/ no longer holds (a record merged away), and nothing written through the API", async () => {
    const gone = `DOI:10.0000/test-${randomUUID()}`;
    const api = `DOI:10.0000/test-${randomUUID()}`;
    await graph.executor.write(
      {
        name: "stale nodes",
        text: "CREATE (:Publication:Entity {id: $gone, origin: 'data'}), (:Publication:Entity {id: $api, origin: 'api'})",
      },
      { gone, api },
    );
    const report = await seed(graph.executor, loadDataset());
    expect(report.prunedNodes).toBe(1);
    const left = await graph.executor.read(
      { name: "probe", text: "MATCH (p:Publication) WHERE p.id IN [$gone, $api] RETURN p.id AS id" },
      { gone, api },
    );
    expect(left).toEqual([{ id: api }]);
    await graph.executor.write({ name: "cleanup", text: "MATCH (p:Publication {id: $api}) DETACH DELETE p" }, { api });
  });

  it("loads exactly what the data files hold", async () => {
    const d = loadDataset();
    const { nodes } = await graphCounts(graph.executor);
    expect(nodes.Drug).toBe(d.drugs.length);
    expect(nodes.Variant).toBe(d.variants.length + d.compoundMutations.length);
    expect(nodes.CompoundMutation).toBe(d.compoundMutations.length);
    expect(nodes.ClinicalTrial).toBe(d.trials.length);
    expect(nodes.Publication).toBe(d.publications.length);
  });

  it("writes a multi-statement load in one transaction: a failure leaves nothing behind", async () => {
    const id = `test-${randomUUID()}`;
    const write = cypher("seed/dataset");
    await expect(
      graph.executor.writeAll([
        { query: { name: "own-node", text: "CREATE (:Dataset {id: $id})" }, params: { id } },
        { query: write, params: { version: null, loadedAt: null } },
        { query: { name: "fails", text: "RETURN 1 / $zero AS boom" }, params: { zero: 0 } },
      ]),
    ).rejects.toThrow();
    const rows = await graph.executor.read({ name: "probe", text: "MATCH (d:Dataset {id: $id}) RETURN d" }, { id });
    expect(rows).toEqual([]);
    const about = await data<{ about: { dataVersion: string } }>(graph, "{ about { dataVersion } }");
    expect(about.about.dataVersion).toBe(loadDataset().version);
  });
});

describe("structural relationships", () => {
  // The translator orders their pages by the other end's id alone (onePerPair in src/graph/model.ts).
  it("join a pair of nodes at most once in the loaded graph", async () => {
    const types = RELATIONSHIPS.filter((r) => onePerPair([r.type])).map((r) => r.type);
    expect(types.length).toBeGreaterThan(5);
    const rows = await graph.executor.read(
      {
        name: "test/structural-pairs",
        text: `MATCH (a)-[r]->(b) WHERE type(r) IN $types
               WITH type(r) AS type, a, b, count(r) AS edges WHERE edges > 1
               RETURN type, a.id AS from, b.id AS to, edges`,
      },
      { types },
    );
    expect(rows).toEqual([]);
  });
});

describe("about", () => {
  it("reports the dataset version and live counts", async () => {
    const result = await data<{ about: { dataVersion: string; nodes: { name: string; count: number }[] } }>(
      graph,
      "{ about { dataVersion nodes { name count } } }",
    );
    const d = loadDataset();
    expect(result.about.dataVersion).toBe(d.version);
    expect(result.about.nodes.find((n) => n.name === "Drug")).toEqual({ name: "Drug", count: d.drugs.length });
  });
});
