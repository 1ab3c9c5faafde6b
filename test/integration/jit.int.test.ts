import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS } from "../../bench/operations.js";
import { ROOT } from "../../src/config.js";
import { createContext } from "../../src/context.js";
import { COMPILE_AFTER, jitStats } from "../../src/execution/jit-gateway.js";
import { openTestGraph, type TestGraph } from "../helpers/graph.js";

// Differential: every operation below runs interpreted (graphql-js) on its first sightings and compiled
// (graphql-jit) after, through Apollo's whole pipeline; the formatted answers — data, errors with their codes,
// paths and locations, extensions — must be the same whole objects.
let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

async function answer(query: string, variables: Record<string, unknown> = {}, maxRows?: number) {
  const contextValue = createContext(graph.executor, { maxRows });
  const response = await graph.apollo.executeOperation({ query, variables }, { contextValue });
  return { status: response.http.status, body: response.body };
}

const text = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");
const examples = text("schema/examples.graphql")
  .split(/\n(?=query )/)
  .filter((op) => op.trim().startsWith("query "));
const clinical = text("README.md")
  .split("<!-- clinical:query -->")
  .slice(1)
  .map((block) => block.match(/```graphql\n([\s\S]*?)```/)![1]!);
const bench = OPERATIONS.map((op) => [op.ours.query, {}] as const);

const edgeCases: [string, Record<string, unknown>][] = [
  // Aliases, fragments, a union position, @include with a variable, __typename at every level.
  [
    `query ($withTrials: Boolean!) { a: drug(name: "lorlatinib") { ...D trials(first: 2) @include(if: $withTrials) { nctId } }
      b: search(text: "G1202R", first: 3) { __typename score kind entity { __typename ... on Variant { name } ... on Drug { name } } } }
     fragment D on Drug { __typename name variantActivity(first: 3) { __typename activity variant { name } } }`,
    { withTrials: true },
  ],
  // Errors raised by resolvers (range checks, foreign cursors) and a missing entity.
  ["{ drugs(first: 101) { totalCount } }", {}],
  ['{ drugs(after: "xyz") { totalCount } }', {}],
  ['{ drug(name: "lorlatinib") { trials(first: 501) { id } } }', {}],
  ['{ drug(name: "no-such-drug") { name } }', {}],
  // Variables that do not coerce: graphql-js answers them (400 BAD_USER_INPUT), compiled or not.
  ["query ($n: Int) { drugs(first: $n) { totalCount } }", { n: "many" }],
  ["query ($n: Int!) { drugs(first: $n) { totalCount } }", {}],
  // Introspection.
  ['{ __schema { queryType { name } } __type(name: "Drug") { fields { name } } }', {}],
];

describe("compiled execution (graphql-jit) answers as graphql-js does", () => {
  const cases: (readonly [string, Record<string, unknown>])[] = [
    ...examples.map((q) => [q, {}] as const),
    ...clinical.map((q) => [q, {}] as const),
    ...bench,
    ...edgeCases,
  ];

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
