import { Neo4jGraphQL } from "@neo4j/graphql";
import { graphql, type GraphQLSchema } from "graphql";
import { afterAll, beforeAll, expect, it } from "vitest";
import { OPERATIONS } from "../../bench/operations.js";
import { rawAnswer } from "../../bench/servers/raw-answer.js";
import { typeDefs } from "../../bench/servers/neo4j-graphql.typedefs.js";
import { data, openTestGraph, type TestGraph } from "../helpers/graph.js";

/**
 * The benchmark compares like with like: on the curated graph each operation's answer from this server equals the
 * raw Cypher's (unless that baseline is declared a lower bound) and @neo4j/graphql's, reduced to the canonical
 * form the bench compares (bench/operations.ts). `npm run bench` repeats the check at every scale.
 */
let graph: TestGraph;
let neo4jGraphql: GraphQLSchema;
beforeAll(async () => {
  graph = await openTestGraph();
  neo4jGraphql = await new Neo4jGraphQL({ typeDefs, driver: graph.driver }).getSchema();
});
afterAll(() => graph.close());

it.each(OPERATIONS.map((op) => [op.name, op] as const))("%s: the servers' answers agree", async (_name, op) => {
  const ours = op.canonical.ours(await data(graph, op.ours.query));
  expect(ours).toBeTruthy();
  if (!op.rawLowerBound) {
    expect(op.canonical.ours(await rawAnswer(op, graph.executor))).toEqual(ours);
  }
  if (op.neo4jGraphql && op.canonical.neo4jGraphql) {
    const result = await graphql({ schema: neo4jGraphql, source: op.neo4jGraphql.query, contextValue: {} });
    expect(result.errors).toBeUndefined();
    expect(op.canonical.neo4jGraphql(result.data as Record<string, unknown>)).toEqual(ours);
  }
});
