/**
 * npm start: the local Neo4j (unless NEO4J_URI is set), the graph schema, the curated data when the database is
 * empty, then GraphQL at http://localhost:4000/graphql, GraphiQL at /graphiql and the explorer at /explore.
 */
import "reflect-metadata";
import type { Server } from "node:http";
import { loadConfig } from "./config.js";
import { applySchema } from "./db/apply-schema.js";
import { openDatabase, type Database } from "./db/database.js";
import { reachable, untilDone } from "./db/readiness.js";
import { createHttpServer } from "./http/http-server.js";
import { Drain } from "./http/shutdown.js";
import { LocalNeo4jError } from "./local-neo4j/install.js";
import { browserUrl } from "./local-neo4j/neo4j-conf.js";
import { describeSeed, graphCounts, seed } from "./seed/load.js";
import { DataError } from "./seed/read.js";
import { loadDataset } from "./seed/validate.js";
import { createApp } from "./server.js";
import { loadServerConfig } from "./server-config.js";

const log = (m: string): void => console.error(`neo4j: ${m}`);

async function seedIfEmpty(db: Database): Promise<void> {
  const counts = await graphCounts(db.executor);
  const total = Object.values(counts.nodes).reduce((a, b) => a + b, 0);
  if (total === 0) {
    console.error("database is empty: seeding the curated data…");
    console.error(describeSeed(await seed(db.executor, loadDataset())));
  }
}

async function main(): Promise<void> {
  const began = Date.now();
  const config = loadConfig();
  const serverConfig = loadServerConfig();
  // A database of the user's may be down at start: serve anyway (/healthz 200, /readyz 503) and prepare it later.
  const db = await openDatabase(config.neo4j, log, { allowUnavailable: Boolean(config.neo4j.uri) });
  const preparation = db.prepared
    ? (await seedIfEmpty(db), { done: () => true, stop: () => {} })
    : untilDone(async () => {
        await applySchema(db.executor);
        await seedIfEmpty(db);
      }, log);
  const drain = new Drain();
  const { listener, apollo } = await createApp({
    executor: db.executor,
    config: serverConfig,
    drain,
    ready: async () => preparation.done() && (await reachable(db.driver, config.neo4j.database)),
  });
  const server: Server = createHttpServer(listener, serverConfig.limits.http).listen(config.port, config.host, () => {
    const seconds = ((Date.now() - began) / 1000).toFixed(1);
    const base = `http://localhost:${config.port}`;
    console.error(`GraphQL at ${base}/graphql, GraphiQL at ${base}/graphiql (ready in ${seconds} s)`);
    console.error(`Explorer at ${base}/explore (graph, paths, activity heatmap, resistance profile; downloads)`);
    if (!config.neo4j.uri)
      console.error(`Neo4j Browser (no login; the guide opens) at ${browserUrl(config.neo4j.local)}`);
  });
  let stopping = false;
  // In-flight requests finish (up to SHUTDOWN_TIMEOUT_MS), new ones get 503, then the driver closes: exit 0.
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.error(`${signal}: finishing in-flight requests…`);
    preparation.stop();
    const { unfinished } = await drain.drain(server, serverConfig.shutdownTimeoutMs);
    if (unfinished > 0) console.error(`${unfinished} requests did not finish in time; their connections were closed`);
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
