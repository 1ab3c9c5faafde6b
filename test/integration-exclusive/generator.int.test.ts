import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { graphCounts } from "../../src/seed/load.js";
import { loadDataset } from "../../src/seed/validate.js";
import { clean, storedScale } from "../../scripts/synthetic/load.js";
import { anchorsOf, generate } from "../../scripts/synthetic/generate.js";
import { unitPlan } from "../../scripts/synthetic/plan.js";
import { data, openTestGraph, type TestGraph } from "../helpers/graph.js";

// Runs in its own vitest group, after the other integration tests: synthetic nodes carry the real labels, so
// they would change the counts those tests assert.
const prefix = `syn-test-${randomUUID()}-`;
let graph: TestGraph;

beforeAll(async () => {
  graph = await openTestGraph();
});

afterAll(async () => {
  await clean(graph.executor, prefix, () => {});
  await graph.close();
});

it("adds a tiny synthetic graph beside the curated data, queryable through the API, and removes it", async () => {
  const before = await graphCounts(graph.executor);
  const quiet = () => {};
  const report = await generate(graph.executor, loadDataset(), 2, quiet, prefix);
  expect(report).toMatchObject({ from: 1, to: 2, removed: 0 });
  expect(await storedScale(graph.executor, prefix)).toBe(2);
  const grown = await graphCounts(graph.executor);
  expect(grown.nodes.Variant - before.nodes.Variant).toBe(110);
  // A rerun at the same scale adds nothing (MERGE on ids and keys).
  expect((await generate(graph.executor, loadDataset(), 2, quiet, prefix)).nodes).toBe(0);

  const first = unitPlan(prefix, 1, anchorsOf(loadDataset())).nodes.find((g) => g.label === "Variant")!.rows[0]!;
  const found = await data<{ variant: { id: string } }>(graph, `{ variant(name: "${first.props.fullName}") { id } }`);
  expect(found.variant.id).toBe(first.id);
  const [row] = await graph.executor.read(
    { name: "test", text: "MATCH (v:Variant {id: $id})-[r]->(d:Drug) RETURN count(r) AS claims, v.origin AS origin" },
    { id: `${prefix}u0001-var-0` },
  );
  expect(row).toEqual({ claims: 9, origin: "synthetic" });

  await clean(graph.executor, prefix, quiet);
  const after = await graphCounts(graph.executor);
  expect(after.nodes).toEqual(before.nodes);
  expect(after.relationships).toEqual(before.relationships);
});
