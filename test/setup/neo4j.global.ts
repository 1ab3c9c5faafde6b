/**
 * Global setup of the integration tests: a real Neo4j with the graph schema and the curated data.
 * TEST_NEO4J_URI (with TEST_NEO4J_USER / TEST_NEO4J_PASSWORD) points at a database of your own; otherwise the
 * project's local Neo4j is used, started here when it is not running and stopped at the end only if started here.
 * NEO4J_URI is deliberately ignored: tests write to the database and must never touch a production graph.
 */
import type { TestProject } from "vitest/node";
import { loadConfig } from "../../src/config.js";
import { openDatabase } from "../../src/db/database.js";
import { describeSeed, seed } from "../../src/seed/load.js";
import { loadDataset } from "../../src/seed/validate.js";

export interface TestNeo4j {
  uri: string | undefined;
  user: string;
  password: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env = { ...process.env };
  delete env.NEO4J_URI;
  const base = loadConfig(env).neo4j;
  const neo4j: TestNeo4j = {
    uri: process.env.TEST_NEO4J_URI || undefined,
    user: process.env.TEST_NEO4J_USER ?? "neo4j",
    password: process.env.TEST_NEO4J_PASSWORD ?? "",
  };
  const log = (m: string): void => console.error(`neo4j: ${m}`);
  const began = Date.now();
  const db = await openDatabase({ ...base, ...neo4j }, log);
  const report = await seed(db.executor, loadDataset());
  console.error(`${describeSeed(report).split("\n")[0]} (setup ${((Date.now() - began) / 1000).toFixed(1)} s)`);
  project.provide("neo4j", neo4j);
  // close() stops the local server only when openDatabase started it.
  return () => db.close();
}
