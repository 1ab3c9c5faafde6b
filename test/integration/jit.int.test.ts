import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../src/context.js";
import { COMPILE_AFTER, jitStats } from "../../src/execution/jit-gateway.js";
import { openTestGraph, type TestGraph } from "../helpers/graph.js";
import { CASES } from "../helpers/operations.js";

// Differential: every operation below runs interpreted (graphql-js) on its first sightings and compiled
// (graphql-jit) after, through Apollo's whole pipeline; the formatted answers — data, errors with their codes,
// paths and locations, extensions — must be the same whole objects.
let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

async function answer(query: string, variables: Record<string, unknown> = {}, maxRows?: number) {
  const contextValue = createContext(graph.executor, { maxRows, hints: graph.hints });
  const response = await graph.apollo.executeOperation({ query, variables }, { contextValue });
  return { status: response.http.status, body: response.body };
}

describe("compiled execution (graphql-jit) answers as graphql-js does", () => {
  const cases = CASES;

  it(`for ${cases.length} operations: the examples, the README's clinical questions, the benchmark, edge cases`, async () => {
    const before = { ...jitStats };
    for (const [query, variables] of cases) {
      const runs = [];
      for (let i = 0; i <= COMPILE_AFTER; i += 1) runs.push(await answer(query, variables));
      for (const later of runs.slice(1)) expect(later, query).toEqual(runs[0]);
    }
    // Each distinct document was compiled once (Apollo hands the same parsed document for the same text), and
    // every case but the two whose variables do not coerce ran compiled.
    const documents = new Set(cases.map(([query]) => query)).size;
    expect(jitStats.compiled - before.compiled).toBe(documents);
    expect(jitStats.jit - before.jit).toBeGreaterThanOrEqual((cases.length - 2) * COMPILE_AFTER);
  });

  it("for an operation name the document lacks: 400 OPERATION_RESOLUTION_FAILURE, every time", async () => {
    const contextValue = () => createContext(graph.executor);
    for (let i = 0; i <= COMPILE_AFTER; i += 1) {
      const response = await graph.apollo.executeOperation(
        { query: "query A { __typename }", operationName: "B" },
        { contextValue: contextValue() },
      );
      expect(response.http.status).toBe(400);
      expect(response.body).toMatchObject({
        singleResult: { errors: [{ extensions: { code: "OPERATION_RESOLUTION_FAILURE" } }] },
      });
    }
  });

  it("for errors a resolver rejects with: the row limit's, with its code, answered alone", async () => {
    const query = "{ drugs(first: 50) { edges { node { name trials { nctId } } } } }";
    const runs = [];
    for (let i = 0; i <= COMPILE_AFTER; i += 1) runs.push(await answer(query, {}, 3));
    expect(runs[0]!.body).toMatchObject({
      kind: "single",
      singleResult: { errors: [{ extensions: { code: "BAD_USER_INPUT" } }] },
    });
    for (const later of runs.slice(1)) expect(later).toEqual(runs[0]);
  });
});
