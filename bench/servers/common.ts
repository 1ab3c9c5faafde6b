import type { Server } from "node:http";
import { loadConfig, type Config } from "../../src/config.js";

/**
 * What every benchmark server shares: the same config (run.ts passes NEO4J_URI of the bench Neo4j and PORT), so
 * the same `createDriver` settings; and the same way of saying it is ready (a line on stdout).
 */
export function benchConfig(): Config {
  const config = loadConfig();
  if (!config.neo4j.uri) throw new Error("benchmark servers need NEO4J_URI (run.ts sets it)");
  return config;
}

export function announce(server: Server, name: string, port: number): void {
  server.on("listening", () => console.log(`ready ${name} ${port}`));
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

/** Cypher transactions (round trips) a server ran, read by run.ts around one request. */
export const counter = { roundTrips: 0 };
