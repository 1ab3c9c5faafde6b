import { inject } from "vitest";
import type { Driver } from "neo4j-driver";
import type { ApolloServer } from "@apollo/server";
import { loadConfig } from "../../src/config.js";
import { createContext, type Context } from "../../src/context.js";
import { createDriver } from "../../src/db/driver.js";
import { Executor } from "../../src/db/executor.js";
import { createApollo } from "../../src/server.js";
import { HubHints } from "../../src/translate/hub-hints.js";

export interface TestGraph {
  driver: Driver;
  executor: Executor;
  apollo: ApolloServer<Context>;
  /** Read from the test database when opened, as the server reads them; a test that adds a hub refreshes them. */
  hints: HubHints;
  close(): Promise<void>;
}

/** A driver and an Apollo server over the test database (see test/setup/neo4j.global.ts). */
export async function openTestGraph(): Promise<TestGraph> {
  const env = { ...process.env };
  delete env.NEO4J_URI;
  const config = { ...loadConfig(env).neo4j, ...inject("neo4j") };
  const driver = createDriver(config);
  const executor = new Executor(driver, config.database, config.queryTimeoutMs);
  const apollo = await createApollo();
  await apollo.start();
  const hints = new HubHints();
  await hints.refresh(executor);
  return {
    driver,
    executor,
    apollo,
    hints,
    async close() {
      await apollo.stop();
      await driver.close();
    },
  };
}

export interface GraphQLResult {
  data: Record<string, unknown> | null | undefined;
  errors: { message: string; extensions?: Record<string, unknown>; path?: readonly (string | number)[] }[] | undefined;
  roundTrips: number;
}

/** Runs an operation through the whole Apollo pipeline (parse, validate, resolvers, formatError, plugins). */
export async function run(
  graph: TestGraph,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResult> {
  const contextValue = createContext(graph.executor, { hints: graph.hints });
  const response = await graph.apollo.executeOperation({ query, variables }, { contextValue });
  if (response.body.kind !== "single") throw new Error("unexpected incremental response");
  const { data, errors } = response.body.singleResult;
  return {
    data: data as Record<string, unknown> | null | undefined,
    errors: errors as GraphQLResult["errors"],
    roundTrips: contextValue.stats.roundTrips,
  };
}

/** The data of an operation that must succeed; fails the test with the errors otherwise. */
export async function data<T = Record<string, unknown>>(
  graph: TestGraph,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result = await run(graph, query, variables);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

/** One number from the live graph: `text` returns a single row with a column `n`. */
export async function countIn(graph: TestGraph, text: string): Promise<number> {
  const rows = await graph.executor.read({ name: "test/coverage-count", text });
  return Number(rows[0]!.n);
}
