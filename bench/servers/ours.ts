/** This server, exactly as `npm start` builds it (createApp), on PORT, over the bench Neo4j. */
import "reflect-metadata";
import { createDriver } from "../../src/db/driver.js";
import { Executor } from "../../src/db/executor.js";
import { createHttpServer } from "../../src/http/http-server.js";
import { createApp } from "../../src/server.js";
import { loadServerConfig } from "../../src/server-config.js";
import { announce, benchConfig } from "./common.js";

const config = benchConfig();
const driver = createDriver(config.neo4j);
const executor = new Executor(driver, config.neo4j.database, config.neo4j.queryTimeoutMs);
// Production settings except three that would measure something else: the per-client rate limit (every load
// request comes from one IP, so it would answer 429s), the per-request JSON log (the other servers log nothing),
// and the response cache, which is on only for the separate "ours-cached" server (run.ts sets the TTL).
const serverConfig = loadServerConfig({
  ...process.env,
  RATE_LIMIT_PER_MINUTE: "0",
  LOG_LEVEL: "silent",
  RESPONSE_CACHE_TTL_S: process.env.BENCH_RESPONSE_CACHE_TTL_S ?? "0",
});
const { listener } = await createApp({ executor, ready: async () => true, config: serverConfig });
announce(
  createHttpServer(listener, serverConfig.limits.http).listen(config.port, config.host),
  process.env.BENCH_SERVER_NAME ?? "ours",
  config.port,
);
