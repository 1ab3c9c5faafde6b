import { loadConfig } from "../src/config.js";
import { openDatabase } from "../src/db/database.js";
import { status } from "../src/local-neo4j/process.js";

/** The bench Neo4j: never the dev database. Its own home and ports, APOC on; refuses a port held by another. */
export async function benchDatabase(log: (message: string) => void) {
  const env = process.env;
  const config = loadConfig({
    ...env,
    NEO4J_URI: "",
    NEO4J_LOCAL_HOME: env.BENCH_NEO4J_HOME ?? ".neo4j-bench",
    NEO4J_LOCAL_BOLT_PORT: env.BENCH_NEO4J_BOLT_PORT ?? "7688",
    NEO4J_LOCAL_HTTP_PORT: env.BENCH_NEO4J_HTTP_PORT ?? "7475",
    NEO4J_LOCAL_PLUGINS: "apoc",
  }).neo4j;
  const current = await status(config.local);
  if (current.boltOpen && !current.running) {
    throw new Error(`port ${config.local.boltPort} is held by another Neo4j; set BENCH_NEO4J_BOLT_PORT`);
  }
  const db = await openDatabase(config, (m) => log(`neo4j: ${m}`));
  const { pid } = await status(config.local);
  return { db, boltUri: `bolt://127.0.0.1:${config.local.boltPort}`, pid };
}
