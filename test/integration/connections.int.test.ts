import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/seed/validate.js";
import { data, openTestGraph, run, type TestGraph } from "../helpers/graph.js";

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

const dataset = loadDataset();

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function allPages(field: string, first: number): Promise<{ ids: string[]; totals: Set<number> }> {
  const ids: string[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (;;) {
    const result: Record<string, Page> = await data(
      graph,
      `query($first: Int!, $after: String) { ${field}(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
      { first, after },
    );
    const page = result[field]!;
    totals.add(page.totalCount);
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) return { ids, totals };
    after = page.pageInfo.endCursor;
  }
}

describe("connections", () => {
  it("pages through every drug exactly once, in id order, with a stable totalCount", async () => {
    const { ids, totals } = await allPages("drugs", 7);
    const expected = dataset.drugs.map((d) => d.id).sort();
    expect(ids).toEqual(expected);
    expect([...totals]).toEqual([expected.length]);
  });

  it("counts single and compound variants together", async () => {
    const { ids } = await allPages("variants", 100);
    expect(ids.length).toBe(dataset.variants.length + dataset.compoundMutations.length);
  });

  it("filters, and counts the filtered total", async () => {
    const result = await data<{ drugs: Page }>(
      graph,
      "{ drugs(generation: 2, first: 100) { totalCount edges { node { id } } } }",
    );
    const expected = dataset.drugs
      .filter((d) => d.generation === 2)
      .map((d) => d.id)
      .sort();
    expect(result.drugs.edges.map((e) => e.node.id)).toEqual(expected);
    expect(result.drugs.totalCount).toBe(expected.length);
    const trials = await data<{ trials: Page }>(graph, "{ trials(phase: PHASE3, first: 100) { totalCount } }");
    expect(trials.trials.totalCount).toBe(dataset.trials.filter((t) => t.phase === "PHASE3").length);
  });

  it("enforces the page cap and rejects foreign cursors with BAD_USER_INPUT, without a database call", async () => {
    const tooMany = await run(graph, "{ drugs(first: 101) { totalCount } }");
    expect(tooMany.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ["first must be between 0 and 100, got 101", "BAD_USER_INPUT"],
    ]);
    expect(tooMany.roundTrips).toBe(0);
    const badCursor = await run(graph, '{ drugs(after: "xyz") { totalCount } }');
    expect(badCursor.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const bigEdges = await run(graph, '{ drug(name: "lorlatinib") { trials(first: 501) { id } } }');
    expect(bigEdges.errors?.[0]?.message).toBe("first must be between 0 and 500, got 501");
  });
});
