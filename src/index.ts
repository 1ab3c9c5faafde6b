/**
 * npm start: the local Neo4j (unless NEO4J_URI is set), the graph schema, the curated data when the database is
 * empty, then GraphQL at http://localhost:4000/graphql and GraphiQL at /graphiql.
 */
import "reflect-metadata";
import type { Server } from "node:http";
import { loadConfig } from "./config.js";
import { openDatabase } from "./db/database.js";
import { LocalNeo4jError } from "./local-neo4j/install.js";
import { describeSeed, graphCounts, seed } from "./seed/load.js";
import { DataError } from "./seed/read.js";
import { loadDataset } from "./seed/validate.js";
import { createApp } from "./server.js";

async function main(): Promise<void> {
  const began = Date.now();
  const config = loadConfig();
  const db = await openDatabase(config.neo4j, (m) => console.error(`neo4j: ${m}`));
  const counts = await graphCounts(db.executor);
  const total = Object.values(counts.nodes).reduce((a, b) => a + b, 0);
  if (total === 0) {
    console.error("database is empty: seeding the curated data…");
    console.error(describeSeed(await seed(db.executor, loadDataset())));
  }
  const { app, apollo } = await createApp({
    executor: db.executor,
    ready: () =>
      db.driver
        .verifyConnectivity({ database: config.neo4j.database })
        .then(() => true)
        .catch(() => false),
  });
  const server: Server = app.listen(config.port, config.host, () => {
    const seconds = ((Date.now() - began) / 1000).toFixed(1);
    console.error(
      `GraphQL at http://localhost:${config.port}/graphql, GraphiQL at http://localhost:${config.port}/graphiql (ready in ${seconds} s)`,
    );
  });
  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.error(`${signal}: finishing in-flight requests…`);
    server.close();
    await apollo.stop();
    await db.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  const known = error instanceof LocalNeo4jError || error instanceof DataError;
  console.error(known ? (error as Error).message : error);
  process.exit(1);
});
