import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createContext } from "../../src/context.js";
import { Executor } from "../../src/db/executor.js";
import { EDGES } from "../../src/modules/claims/claim-edges.js";
import type { EdgeSpec } from "../../src/modules/shared/loaders.js";
import { HUB_MIN_DEGREE, HubHints, NO_HINTS } from "../../src/translate/hub-hints.js";
import { openTestGraph, type TestGraph } from "../helpers/graph.js";
import { CASES } from "../helpers/operations.js";

// Hub hints read from the real graph (stats/degree-in|out.cypher) choose, per relationship kind, between a plain
// sorted page and the hub machinery. Both must answer the same; the hints must say what the graph holds.
let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

/** The most edges of `spec`'s kind one node has, counted the plain way. */
async function maxDegree(spec: EdgeSpec): Promise<number> {
  const types = spec.types.join("|");
  const pattern = spec.direction === "out" ? `(n)-[:${types}]->()` : `(n)<-[:${types}]-()`;
  const [row] = await graph.executor.read(
    { name: "test/max-degree", text: `MATCH (n:${spec.from}) RETURN coalesce(max(COUNT { ${pattern} }), 0) AS d` },
    {},
  );
  return Number(row!.d);
}

describe("hub hints", () => {
  it("say a kind may have hubs exactly where one node has more than HUB_MIN_DEGREE of its edges", async () => {
    const hints = new HubHints();
    await hints.refresh(graph.executor);
    const seen = new Set<string>();
    for (const spec of Object.values(EDGES)) {
      const key = `${spec.from} ${spec.direction} ${spec.types.join("|")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      expect(hints.mayHaveHub(spec), key).toBe((await maxDegree(spec)) > HUB_MIN_DEGREE);
    }
  });

  it("scan a kind's nodes again only when its total changed: an unchanged graph costs one count read per kind", async () => {
    const hints = new HubHints();
    await hints.refresh(graph.executor);
    const read = vi.spyOn(Executor.prototype, "read");
    try {
      await hints.refresh(graph.executor);
      for (const [, params] of read.mock.calls) expect(params).toMatchObject({ known: expect.any(Number) });
      expect(read.mock.calls.every(([, params]) => (params as { known: number }).known >= 0)).toBe(true);
    } finally {
      read.mockRestore();
    }
  });

  it(`answer ${CASES.length} operations (examples, clinical questions, benchmark, edge cases) as no hints do`, async () => {
    const answer = async (query: string, variables: Record<string, unknown>, hints: HubHints) => {
      const contextValue = createContext(graph.executor, { hints });
      const response = await graph.apollo.executeOperation({ query, variables }, { contextValue });
      return { status: response.http.status, body: response.body };
    };
    const read = vi.spyOn(Executor.prototype, "read");
    try {
      for (const [query, variables] of CASES) {
        const withHints = await answer(query, variables, graph.hints);
        const without = await answer(query, variables, NO_HINTS);
        expect(withHints, query).toEqual(without);
      }
      // Both forms ran: statements with the hub test (no hints) and without it (the curated graph's hints).
      const texts = read.mock.calls.map(([query]) => query.text).filter((t) => t.includes("COLLECT {"));
      expect(texts.some((t) => t.includes("USING INDEX"))).toBe(true);
      expect(texts.some((t) => !t.includes("USING INDEX"))).toBe(true);
    } finally {
      read.mockRestore();
    }
  });
});
