import { afterAll, beforeAll, expect, it } from "vitest";
import { openTestGraph, run, type TestGraph } from "../helpers/graph.js";

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

// Three list levels deep, each with evidence: a per-item query would make the count grow with `first`.
const NESTED = `query($first: Int!) {
  drugs(first: $first) {
    edges { node {
      name
      variantActivity { variant { name compounds { name } } evidence { publications { title } trials { nctId } } }
      trials { nctId drugs { name } }
    } }
  }
}`;

// One round trip per list field at most: the page, variantActivity, variant.compounds, evidence publications,
// evidence trials, drug.trials, trial.drugs. Evidence levels with no id of a kind cost nothing.
const LIST_FIELDS = 7;

it("costs a number of Cypher round trips bounded by the query's shape, not by list sizes", async () => {
  const ten = await run(graph, NESTED, { first: 10 });
  const thirty = await run(graph, NESTED, { first: 30 });
  expect(ten.errors).toBeUndefined();
  expect(thirty.errors).toBeUndefined();
  expect((thirty.data as { drugs: { edges: unknown[] } }).drugs.edges.length).toBeGreaterThan(20);
  expect(thirty.roundTrips).toBe(ten.roundTrips);
  expect(thirty.roundTrips).toBeLessThanOrEqual(LIST_FIELDS);
  const one = await run(graph, NESTED, { first: 1 });
  expect(one.roundTrips).toBeLessThanOrEqual(thirty.roundTrips);
});

it("reports the count to clients in extensions.cypher.roundTrips", async () => {
  const response = await graph.apollo.executeOperation(
    { query: "{ about { dataVersion } }" },
    { contextValue: (await import("../../src/context.js")).createContext(graph.executor) },
  );
  if (response.body.kind !== "single") throw new Error("unexpected");
  expect(response.body.singleResult.extensions).toEqual({ cypher: { roundTrips: 1 } });
});
