/** This server, exactly as `npm start` builds it (createApp), on PORT, over the bench Neo4j. */
import "reflect-metadata";
import { createDriver } from "../../src/db/driver.js";
import { Executor } from "../../src/db/executor.js";
import { createApp } from "../../src/server.js";
import { announce, benchConfig } from "./common.js";

const config = benchConfig();
const driver = createDriver(config.neo4j);
const executor = new Executor(driver, config.neo4j.database, config.neo4j.queryTimeoutMs);
const { app } = await createApp({ executor, ready: async () => true });
announce(app.listen(config.port, config.host), "ours", config.port);
